/**
 * What a first visit really fetches, in a real Chromium: every response of a page load in a fresh
 * browser context (empty cache), each body compressed with brotli at quality 11, sorted by kind.
 * Lazy pictures below the fold are not fetched, because nobody scrolls. Also measures search:
 * the bytes Pagefind fetches for a first and a second query on /suche/, the words indexed for a page, and
 * what the service worker downloads in the background.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium, type Browser, type Page, type Response } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from '../../tests/support/browser.ts';
import { fragmentText } from '../offline-manifest/manifest.ts';
import type { BackgroundFigures, ResourceKind, TransferFigures } from './figures.ts';

/** A mid-range phone's screen, as Lighthouse's mobile preset uses. */
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

export function brotliBytes(body: Buffer | string): number {
  return brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(body) },
  }).length;
}

export function kindOf(resourceType: string, contentType: string): ResourceKind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet' || contentType.startsWith('text/css')) return 'css';
  if (resourceType === 'script' || contentType.includes('javascript')) return 'js';
  if (resourceType === 'font' || contentType.startsWith('font/')) return 'fonts';
  if (resourceType === 'image' || contentType.startsWith('image/')) return 'images';
  return 'other';
}

export async function launchBrowser(): Promise<Browser> {
  const found = findBrowser();
  if (!found) throw new Error('Kein Chromium gefunden: npm run test:e2e installiert eines, oder CHROMIUM_PATH setzen.');
  return chromium.launch({ ...(found.executablePath ? { executablePath: found.executablePath } : {}), args: CHROMIUM_ARGS });
}

interface Fetched {
  path: string;
  kind: ResourceKind;
  bytes: number;
}

/**
 * Collects every response of `page` from now on; `quiet()` waits until nothing has arrived for
 * half a second, `done()` stops collecting and waits for the bodies.
 */
function recordResponses(page: Page): { quiet: () => Promise<void>; done: () => Promise<Fetched[]> } {
  const pending: Promise<Fetched | undefined>[] = [];
  let last = Date.now();
  const onRequest = () => {
    last = Date.now();
  };
  const onResponse = (response: Response) => {
    last = Date.now();
    pending.push(
      (async () => {
        if (response.status() >= 300 && response.status() < 400) return undefined;
        const body = await response.body().catch(() => undefined);
        if (!body) return undefined;
        const request = response.request();
        return {
          path: new URL(response.url()).pathname,
          kind: kindOf(request.resourceType(), response.headers()['content-type'] ?? ''),
          bytes: brotliBytes(body),
        };
      })(),
    );
  };
  page.on('request', onRequest);
  page.on('response', onResponse);
  return {
    quiet: async () => {
      while (Date.now() - last < 500) await page.waitForTimeout(100);
    },
    done: async () => {
      page.off('request', onRequest);
      page.off('response', onResponse);
      return (await Promise.all(pending)).filter((item): item is Fetched => item !== undefined);
    },
  };
}

const isPagefind = (path: string) => path.startsWith('/pagefind/');

export async function measureFirstVisit(browser: Browser, origin: string, path: string): Promise<TransferFigures> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const recording = recordResponses(page);
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  const inlineScripts = await page.$$eval('script:not([src])', (scripts) =>
    (scripts as HTMLScriptElement[])
      .filter((s) => !s.type || s.type === 'module' || s.type === 'text/javascript')
      .map((s) => s.textContent)
      .join('\n'),
  );
  const files = await recording.done();
  await context.close();

  const sum = (kind: ResourceKind) => files.filter((f) => f.kind === kind).reduce((total, f) => total + f.bytes, 0);
  const inlineJs = inlineScripts.trim() ? brotliBytes(inlineScripts) : 0;
  const figures = {
    html: sum('html'),
    css: sum('css'),
    js: sum('js') + inlineJs,
    inlineJs,
    fonts: sum('fonts'),
    images: sum('images'),
    other: sum('other'),
  };
  return {
    ...figures,
    withoutPictures: figures.html + figures.css + sum('js') + figures.fonts + figures.other,
    pagefindRequests: files.filter((f) => isPagefind(f.path)).length,
    files,
  };
}

/** Bytes of /pagefind/ files fetched for each term, searched one after the other on one page. */
export async function measureSearch(
  browser: Browser,
  origin: string,
  terms: readonly string[],
): Promise<{ term: string; bytes: number; requests: number }[]> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(`${origin}/suche/`, { waitUntil: 'networkidle' });
  const figures = [];
  for (const term of terms) {
    const recording = recordResponses(page);
    await page.locator('input[name="q"]').fill(term);
    // Results of the previous term stay on the page until the new ones arrive: wait for Pagefind's
    // first response (none may come when everything needed is loaded already), then for quiet.
    const answered = page
      .waitForResponse((response) => isPagefind(new URL(response.url()).pathname), { timeout: 5_000 })
      .catch(() => undefined);
    await page.locator('form[data-form] button[type="submit"]').click();
    await answered;
    await page.locator('[data-list] li').first().waitFor();
    await recording.quiet();
    const fetched = (await recording.done()).filter((f) => isPagefind(f.path));
    figures.push({ term, bytes: fetched.reduce((total, f) => total + f.bytes, 0), requests: fetched.length });
  }
  await context.close();
  return figures;
}

/**
 * What the service worker downloads in the background: in a fresh browser, the first visit to `path` and,
 * in a new tab of the same browser, a later one. Counted are the responses to the worker's requests and
 * the worker file itself; where the worker controlled the page when it loaded, a request it made for an
 * address the page asked for is the page's own load, not counted. Each visit waits for its page to load,
 * then until nothing arrives for a second.
 */
export async function measureBackground(browser: Browser, origin: string, path: string): Promise<BackgroundFigures> {
  const context = await browser.newContext(PHONE);
  const pageAsked = new Set<string>();
  let controlled = false;
  let pending: Promise<number>[] = [];
  let last = Date.now();
  context.on('request', (request) => {
    last = Date.now();
    if (!request.serviceWorker()) pageAsked.add(request.url());
  });
  context.on('response', (response) => {
    last = Date.now();
    const request = response.request();
    const url = new URL(response.url());
    if (!request.serviceWorker() && url.pathname !== '/sw.js') return;
    if (request.serviceWorker() && controlled && pageAsked.has(response.url())) return;
    pending.push(response.body().then(brotliBytes, () => 0));
  });
  const visit = async () => {
    pending = [];
    pageAsked.clear();
    controlled = true;
    const page = await context.newPage();
    await page.goto(origin + path, { waitUntil: 'load' });
    controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
    await page.waitForTimeout(1_000);
    while (Date.now() - last < 1_000) await page.waitForTimeout(200);
    const bytes = (await Promise.all(pending)).reduce((total, b) => total + b, 0);
    await page.close();
    return bytes;
  };
  try {
    const firstVisit = await visit();
    const laterVisit = await visit();
    return { path, firstVisit, laterVisit };
  } finally {
    await context.close();
  }
}

/** The number of words Pagefind indexed for the page at `path` (the word_count of its fragment in dist/pagefind). */
export async function indexedWords(dist: string, path: string): Promise<number> {
  const folder = join(dist, 'pagefind/fragment');
  for (const name of await readdir(folder)) {
    const fragment = JSON.parse(fragmentText(await readFile(join(folder, name)))) as { url?: string; word_count?: number };
    if (fragment.url === path) return fragment.word_count ?? 0;
  }
  throw new Error(`Pagefind hat ${path} nicht indiziert.`);
}
