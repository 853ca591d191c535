/**
 * What the service worker does with a request, and what it reads from a page.
 * Pure functions over URLs and HTML text, shared by the service worker and its tests.
 */

/**
 * - `page`: HTML. Network first, so a reader online always gets the newest text; the saved copy when offline.
 * - `file`: CSS, JavaScript, fonts, pictures, search files. Saved first: their names or the cache change with each build.
 * - `pass`: not ours to handle (other origins, other methods, other files); the browser does what it always does.
 */
export type RequestKind = 'page' | 'file' | 'pass';

/** Folders whose files the service worker keeps. */
const FILE_FOLDERS = ['/_astro/', '/bilder/', '/pagefind/'];
/** Single files: the favicon, and the lexicon of "Text prüfen" (saved when that page fetches it). */
const SINGLE_FILES = ['/favicon.svg', '/text-pruefen/lexikon.txt'];

export function classifyRequest(url: URL, method: string, mode: string, origin: string): RequestKind {
  if (method !== 'GET' || url.origin !== origin) return 'pass';
  if (mode === 'navigate' || url.pathname.endsWith('/') || url.pathname.endsWith('.html')) return 'page';
  if (FILE_FOLDERS.some((folder) => url.pathname.startsWith(folder)) || SINGLE_FILES.includes(url.pathname)) return 'file';
  return 'pass';
}

/**
 * The address a response is saved under: without query and fragment. Our pages and files are the same
 * whatever the query says (the search page reads its query in the browser; Pagefind adds "?ts=" to defeat caches).
 */
export function cacheKey(url: string | URL): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

/** The same-origin pictures of a page: every <img src>, and every address in a srcset. */
export function pictureUrls(html: string, pageUrl: string): string[] {
  const page = new URL(pageUrl);
  const found = new Set<string>();
  const add = (value: string) => {
    try {
      const url = new URL(value.trim(), page);
      if (url.origin === page.origin) found.add(cacheKey(url));
    } catch {
      // Not an address: nothing to keep.
    }
  };
  for (const tag of html.match(/<(?:img|source)\b[^>]*>/gi) ?? []) {
    const src = /\ssrc="([^"]+)"/i.exec(tag)?.[1];
    if (src) add(src);
    const srcset = /\ssrcset="([^"]+)"/i.exec(tag)?.[1];
    for (const candidate of srcset?.split(',') ?? []) {
      const address = candidate.trim().split(/\s+/)[0];
      if (address) add(address);
    }
  }
  return [...found];
}

/** The lesson pages a module page links to: "/lernen/<modul>/<lektion>/", each once, in page order. */
export function lessonPaths(html: string, modulePath: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/\shref="([^"#?]+)"/g)) {
    const href = match[1] ?? '';
    if (href.startsWith(modulePath) && /^[a-z0-9-]+\/$/.test(href.slice(modulePath.length))) found.add(href);
  }
  return [...found];
}
