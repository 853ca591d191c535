/**
 * The Content Security Policy that Astro writes into every page as a <meta> tag (astro.config.mjs,
 * `security.csp`). Astro adds the hashes of the scripts and styles it bundles; what it does not see is
 * our one `is:inline` script, the settings boot script in <head>, so its hash is computed here from the
 * same function that writes it: the two can never drift apart.
 *
 * No 'unsafe-inline' and no 'unsafe-eval' anywhere. 'wasm-unsafe-eval' lets Pagefind compile its
 * WebAssembly search engine on the page; it allows WebAssembly only, not JavaScript eval. Pagefind
 * normally compiles it in its worker (/pagefind/pagefind-worker.js, allowed by worker-src), which runs
 * under the policy of its own response headers; the page needs it where the worker cannot start and
 * Pagefind falls back to the main thread.
 *
 * Directives that browsers ignore in a <meta> tag (frame-ancestors, sandbox, report-uri) are sent as a
 * header by the server configuration instead (tools/server-config/headers.ts). A page then has two
 * policies; a browser applies both, so a resource must pass each of them.
 */
import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import { settingsBootScript } from '../settings.ts';

export type CspHashSource = `sha256-${string}`;

/** The CSP source for a script's exact text, e.g. "sha256-abc…=". */
export function sha256Source(text: string): CspHashSource {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Every inline script that Astro does not hash itself. */
export const INLINE_SCRIPT_HASHES: CspHashSource[] = [sha256Source(settingsBootScript())];

/** The directives besides script-src and style-src, which Astro fills in per page. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  // Pictures are our own SVG files; the learning record's export is a blob: download link, not an image.
  "img-src 'self'",
  "font-src 'self'",
  // Pagefind fetches its index files and starts its worker from /pagefind/.
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
] as const;

type AstroCsp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** The value for `security.csp` in astro.config.mjs. */
export const ASTRO_CSP: AstroCsp = {
  algorithm: 'SHA-256',
  directives: [...CSP_DIRECTIVES],
  scriptDirective: {
    resources: ["'self'", "'wasm-unsafe-eval'"],
    hashes: INLINE_SCRIPT_HASHES,
  },
  styleDirective: {
    resources: ["'self'"],
  },
};
