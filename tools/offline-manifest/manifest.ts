/**
 * What the build tells the service worker: its version and the files it saves.
 * Computed from the finished site in dist/ (after Pagefind has written its index) by
 * tools/offline-manifest/build.ts; the worker gets it baked into its own file, so a new build
 * makes a new worker file, and browsers install it on the reader's next visit.
 */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';

export interface OfflineManifest {
  /** Changes whenever any file of the site changes; names the cache. */
  version: string;
  /**
   * The frame the worker saves when it installs (on a later visit, see src/offline/register.ts): start page,
   * offline page, search, learning record, CSS and JS. Not the reading font: only readers who chose it
   * use it, and the worker saves it when the page fetches it.
   */
  frame: string[];
  /** Pagefind's engine and whole index (without the page fragments): saved when a module is kept. */
  search: string[];
  /** For each page path, Pagefind's fragment file: the text a search result shows. */
  fragments: Record<string, string>;
}

/** Pages in the frame. The offline page links to the start page and the learning record. */
export const FRAME_PAGES = ['/', '/offline/', '/suche/', '/mein-lernstand/'];

/** A short version from every file's path and content digest, independent of the order they are listed in. */
export function buildVersion(files: readonly { path: string; digest: string }[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(`${file.path}\0${file.digest}\n`);
  }
  return hash.digest('hex').slice(0, 12);
}

/** The frame among the site's files (paths like "/_astro/x.css", "/offline/index.html"). */
export function frameFiles(paths: readonly string[]): string[] {
  const files = new Set(paths);
  const pages = FRAME_PAGES.filter((page) => files.has(`${page}index.html`));
  const missing = FRAME_PAGES.filter((page) => !pages.includes(page));
  if (missing.length > 0) throw new Error(`Diese Seiten fehlen für den Offline-Rahmen: ${missing.join(', ')}`);
  // The checker's engine (src/components/text-check/checker.ts, about 400 kB) is only for "Text prüfen":
  // saved when that page loads it, never with the frame. The reading font only for readers who choose it.
  const assets = paths.filter((p) => /^\/_astro\/[^/]+\.(css|js)$/.test(p) && !p.startsWith('/_astro/checker.')).sort();
  return [...pages, ...(files.has('/favicon.svg') ? ['/favicon.svg'] : []), ...assets];
}

/** Pagefind's entry file, as far as we read it. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/**
 * Pagefind's files a search needs for the languages of the index: its script and worker, the entry,
 * the meta file and wasm per language, every index and filter chunk. Not the fragments (one per page,
 * kept with their pages) and not Pagefind's ready-made interfaces, which this site does not use.
 */
export function searchFiles(paths: readonly string[], entry: PagefindEntry): string[] {
  const languages = Object.values(entry.languages);
  const wanted = new Set([
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-worker.js',
    '/pagefind/pagefind-entry.json',
    ...languages.map((l) => `/pagefind/pagefind.${l.hash}.pf_meta`),
    ...languages.flatMap((l) => (l.wasm ? [`/pagefind/wasm.${l.wasm}.pagefind`] : [])),
  ]);
  const chunks = paths.filter((p) => /^\/pagefind\/(index|filter)\/[^/]+$/.test(p));
  const present = paths.filter((p) => wanted.has(p));
  const missing = [...wanted].filter((p) => !present.includes(p) && p !== '/pagefind/pagefind-worker.js');
  if (missing.length > 0) throw new Error(`Diese Dateien von Pagefind fehlen: ${missing.join(', ')}`);
  return [...present, ...chunks].sort();
}

/** The JSON text of a Pagefind fragment file (gzip-compressed "pagefind_dcd" + JSON). */
export function fragmentText(compressed: Uint8Array): string {
  const text = gunzipSync(compressed).toString('utf8');
  return text.startsWith('pagefind_dcd') ? text.slice('pagefind_dcd'.length) : text;
}

/** The page a Pagefind fragment file belongs to: fragments are gzip-compressed "pagefind_dcd" + JSON with the page's url. */
export function fragmentPage(compressed: Uint8Array): string {
  const { url } = JSON.parse(fragmentText(compressed)) as { url?: unknown };
  if (typeof url !== 'string') throw new Error('Ein Fragment von Pagefind hat keine Adresse.');
  return url;
}
