/**
 * Astro writes the same policy into every page, with the hashes of every inline script and style of
 * the whole site (16 scripts): random base64 that no compression shrinks, about 0.8 kB on each page.
 * After the build, each page keeps only the hashes of the inline code it really holds. The list only
 * ever gets shorter: a hash that Astro did not allow is never added.
 */
import { createHash } from 'node:crypto';

const POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

const hashOf = (code: string) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

function hashesIn(html: string, pattern: RegExp): Set<string> {
  return new Set([...html.matchAll(pattern)].map((match) => hashOf(match[1] ?? '')));
}

/** Keeps, in one directive ("script-src 'self' 'sha256-…' …"), the hash sources in `present` and every other source. */
function narrowDirective(directive: string, present: Set<string>): string {
  const [name, ...sources] = directive.trim().split(/\s+/);
  const kept = sources.filter((source) => !source.startsWith("'sha256-") || present.has(source));
  return [name, ...kept].join(' ');
}

/** The page with its policy narrowed to its own inline scripts and styles; unchanged if it has no policy. */
export function narrowPolicy(html: string): string {
  const match = POLICY.exec(html);
  if (!match) return html;
  const scripts = hashesIn(html, INLINE_SCRIPT);
  const styles = hashesIn(html, INLINE_STYLE);
  const policy = (match[2] ?? '')
    .split(';')
    .filter((directive) => directive.trim() !== '')
    .map((directive) => {
      const name = directive.trim().split(/\s+/)[0];
      if (name === 'script-src') return narrowDirective(directive, scripts);
      if (name === 'style-src') return narrowDirective(directive, styles);
      return directive.trim();
    })
    .join(';');
  return html.replace(POLICY, (_, start: string, __: string, end: string) => `${start}${policy};${end}`);
}
