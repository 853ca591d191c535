/**
 * Checks the built site in dist/: every internal link, anchor and picture points at something that
 * exists, and no link text is vague ("hier", "mehr" … say nothing about where a link goes, WCAG 2.4.9).
 * The vague texts are the easy-read linter's list (`link-text.verboten` in leichte-sprache.config.yaml).
 * Pure: it gets the pages as HTML strings, the set of files and that list, so tests can feed it small sites.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { linkTextKey } from '../../src/lib/lint/rules/link-text.ts';

export interface SiteFinding {
  page: string;
  message: string;
}

interface Page {
  /** The URL path of the page, e.g. "/lernen/". */
  path: string;
  html: string;
}

/** The file a URL path is served from, as our server and nginx resolve it. */
export function fileForPath(urlPath: string, files: ReadonlySet<string>): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '');
  if (files.has(clean)) return clean;
  const index = `${clean.endsWith('/') ? clean : `${clean}/`}index.html`;
  return files.has(index) ? index : undefined;
}

/** The visible text of a link: hidden forms of split words and hidden explanations do not count. */
function visibleText(node: Element): string {
  const copy = structuredClone(node);
  visit(copy, 'element', (child, index, parent) => {
    if (child.properties['hidden'] !== undefined && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    return undefined;
  });
  return toText(copy).replace(/\s+/g, ' ').trim();
}

/** `vagueLinkTexts`: link texts that say nothing about the target, as `vagueLinkTexts()` of the linter gives them. */
export function checkSite(pages: Page[], files: ReadonlySet<string>, vagueLinkTexts: ReadonlySet<string>): SiteFinding[] {
  const findings: SiteFinding[] = [];
  const trees = new Map<string, Root>(pages.map((page) => [page.path, fromHtml(page.html)]));
  const idsOf = (file: string): Set<string> => {
    const page = pages.find((p) => fileForPath(p.path, files) === file);
    const tree = page ? trees.get(page.path) : undefined;
    const ids = new Set<string>();
    if (tree)
      visit(tree, 'element', (el) => {
        if (typeof el.properties['id'] === 'string') ids.add(el.properties['id']);
      });
    return ids;
  };

  for (const page of pages) {
    const tree = trees.get(page.path);
    if (!tree) continue;
    visit(tree, 'element', (el) => {
      const attribute =
        el.tagName === 'a' || el.tagName === 'link'
          ? 'href'
          : el.tagName === 'img' || el.tagName === 'script' || el.tagName === 'source'
            ? 'src'
            : undefined;
      const value = attribute ? el.properties[attribute] : undefined;
      if (el.tagName === 'a' && typeof value === 'string') {
        const text = linkTextKey(visibleText(el));
        const label = el.properties['ariaLabel'];
        // A hard word links to its own dictionary entry: there the text names the target ("Link" → the word Link).
        const isWordLink = Array.isArray(el.properties['className']) && el.properties['className'].includes('ll-wort');
        if (vagueLinkTexts.has(text) && typeof label !== 'string' && !isWordLink) {
          findings.push({ page: page.path, message: `Der Link-Text „${text}“ sagt nicht, wohin der Link führt (${value}).` });
        }
      }
      if (typeof value !== 'string' || /^(https?:|mailto:|tel:|data:|blob:)/.test(value)) return;
      const target = new URL(value, `http://site${page.path}`);
      const file = fileForPath(target.pathname, files);
      if (!file) {
        findings.push({ page: page.path, message: `Das Ziel ${value} gibt es nicht.` });
        return;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && file.endsWith('.html') && !idsOf(file).has(anchor)) {
        findings.push({ page: page.path, message: `Die Stelle #${anchor} gibt es auf ${target.pathname} nicht.` });
      }
    });
  }
  return findings;
}
