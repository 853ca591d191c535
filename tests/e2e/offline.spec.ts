/**
 * Reading offline with the service worker. Playwright's offline switch does not reach the requests of a
 * service worker, so each test starts its own server (tools/serve/serve.ts) and stops it: that is offline.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { visibleText } from '../support/text.ts';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from '../support/site.ts';
import { freePort } from '../support/net.ts';

/** A server of the built site that a test can stop and start again on the same port. */
class SiteServer {
  private process: ChildProcess | undefined;
  readonly root: string;
  readonly port: number;

  constructor(root: string, port: number) {
    this.root = root;
    this.port = port;
  }

  get origin() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start() {
    const child = spawn(process.execPath, ['tools/serve/serve.ts', this.root], {
      env: { ...process.env, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    this.process = child;
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('läuft')) resolve();
      });
      child.once('exit', (code) => {
        reject(new Error(`serve.ts ended with ${String(code)}`));
      });
    });
  }

  async stop() {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill();
    await once(child, 'exit');
  }
}

async function startedServer(root = 'dist'): Promise<SiteServer> {
  const server = new SiteServer(root, await freePort());
  await server.start();
  return server;
}

/** Waits until the service worker controls the page: it has installed, saved the frame and this page. */
async function waitForWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}

const lessonPaths = sitemapPaths().filter((p) => /^\/lernen\/[^/]+\/[^/]+\/$/.test(p));
const firstLesson = lessonPaths[0] ?? '';
const moduleOf = (lesson: string) => lesson.replace(/[^/]+\/$/, '');

/** The heading as the reader sees it (split words show in one form only). */
const heading = (page: Page) => visibleText(page.locator('main h1'));

/** Every picture the reader sees in the main text has loaded. */
async function expectPicturesLoaded(page: Page) {
  const pictures = page.locator('main img:visible');
  const count = await pictures.count();
  expect(count, 'pictures on the page').toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    const picture = pictures.nth(i);
    await picture.scrollIntoViewIfNeeded();
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  }
}

/**
 * A reader who has been here before: the worker installs only on a later visit (src/offline/register.ts).
 * The mark is set before every page's scripts run, as a visit before this one would have left it.
 */
async function returningReader(page: Page) {
  await page.addInitScript(() => {
    localStorage.setItem('ll-besucht', '1');
  });
}

/** What the browser says about the connection (the Network Information API), as a phone with these settings does. */
async function connection(page: Page, hints: { saveData: boolean; effectiveType: string }) {
  await page.addInitScript((value) => {
    Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => value });
  }, hints);
}

/** Every request of the page's context to the worker file or, through a worker, to anything. */
function workerTraffic(page: Page): string[] {
  const seen: string[] = [];
  page.context().on('request', (request) => {
    if (request.serviceWorker() || new URL(request.url()).pathname === '/sw.js') seen.push(request.url());
  });
  return seen;
}

/** After the page has loaded: time for a registration that would follow the load event. */
async function settle(page: Page) {
  await page.waitForLoadState('load');
  await page.waitForTimeout(1_500);
}

const registered = (page: Page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistration('/')) !== undefined);

let servers: SiteServer[] = [];
test.afterEach(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  servers = [];
});

test('lessons once read stay readable offline, with their pictures, styles and the frame', async ({ page }) => {
  await returningReader(page);
  const [firstRead, laterRead] = lessonPaths;
  if (!firstRead || !laterRead) throw new Error('The site needs two lessons for this test.');
  const server = await startedServer();
  servers.push(server);
  // The first lesson is saved when the worker installs; the next one when the worker fetches it.
  await page.goto(`${server.origin}${firstRead}`);
  const titles = new Map([[firstRead, await heading(page)]]);
  await waitForWorker(page);
  await page.goto(`${server.origin}${laterRead}`);
  titles.set(laterRead, await heading(page));

  await server.stop();
  for (const lesson of [firstRead, laterRead]) {
    await page.goto(`${server.origin}${lesson}`);
    expect(await heading(page), `${lesson} offline`).toBe(titles.get(lesson));
    expect(await page.evaluate(() => getComputedStyle(document.body).display), 'the CSS is there').toBe('flex');
    await expectPicturesLoaded(page);
    // The high-contrast pictures (shown when the device asks for more contrast) were saved too,
    // though the reader did not see them online.
    await page.emulateMedia({ contrast: 'more' });
    expect(await page.locator('main img.ll-bild-kontrast:visible').count()).toBeGreaterThan(0);
    await expectPicturesLoaded(page);
    await page.emulateMedia({ contrast: 'no-preference' });
  }

  await page.goto(`${server.origin}/`);
  await expect(page.locator('main h1')).toBeVisible();
  expect(await page.title()).toBe('Lernen leicht gemacht');
});

test('a page that is not saved shows the easy-read offline page, whose links work offline', async ({ page }) => {
  await returningReader(page);
  const server = await startedServer();
  servers.push(server);
  await page.goto(`${server.origin}/`);
  await waitForWorker(page);

  await server.stop();
  await page.goto(`${server.origin}/workshops/`);
  expect(await heading(page)).toBe('Sie haben gerade kein Internet');
  await expect(page.locator('main')).toContainText('Diese Seite ist nur im Internet.', { useInnerText: true });

  await page.locator('main').getByRole('link', { name: 'Mein Lern-stand ansehen' }).click();
  await expect(page).toHaveURL(`${server.origin}/mein-lernstand/`);
  expect(await heading(page)).toMatch(/^Mein Lern-stand$/i);
});

test('a kept module opens offline with every lesson, and search finds its lessons', async ({ page }) => {
  await returningReader(page);
  const modulePath = moduleOf(firstLesson);
  const server = await startedServer();
  servers.push(server);
  await page.goto(`${server.origin}${modulePath}`);
  await waitForWorker(page);
  const lessons = await page
    .locator(`main a[href^="${modulePath}"]`)
    .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href') ?? ''))]);
  expect(lessons.length).toBeGreaterThan(1);

  const keep = page.getByRole('button', { name: 'Lern-modul speichern' });
  await keep.click();
  const status = page.locator('ll-offline-keep [role="status"]');
  await expect.poll(() => visibleText(status)).toMatch(/Das Lern-modul ist auf Ihrem Gerät gespeichert\./i);
  const forget = page.getByRole('button', { name: 'Lern-modul vom Gerät löschen' });
  await expect(forget).toBeFocused();
  await expect(keep).toBeHidden();

  // Each lesson's title in plain words, as search knows it.
  const lessonTitles = new Map<string, string>();
  await server.stop();
  for (const lesson of lessons) {
    await page.goto(`${server.origin}${lesson}`);
    const title = await heading(page);
    expect(title, `${lesson} opens offline`).not.toBe('Sie haben gerade kein Internet');
    lessonTitles.set(lesson, (await page.locator('[data-pagefind-meta="title"]').textContent()) ?? '');
  }

  const [lesson, plainTitle] = [...lessonTitles][0] ?? ['', ''];
  await page.goto(`${server.origin}/suche/?q=${encodeURIComponent(plainTitle)}`);
  await expect(page.getByRole('status').filter({ hasText: 'Treffer' })).toBeVisible();
  await page.locator(`[data-list] a[href="${lesson}"]`).click();
  expect(await heading(page)).not.toBe('Sie haben gerade kein Internet');

  // Back online, the module can be removed again.
  await server.start();
  await page.goto(`${server.origin}${modulePath}`);
  await expect(forget).toBeVisible();
  await forget.click();
  await expect.poll(() => visibleText(status)).toMatch(/Das Lern-modul ist jetzt von Ihrem Gerät gelöscht\./i);
  await expect(keep).toBeFocused();
});

test('a new build replaces the old caches on the next visit and keeps what the reader saved', async ({ page }) => {
  await returningReader(page);
  test.setTimeout(90_000);
  const copy = await mkdtemp(path.join(tmpdir(), 'll-offline-'));
  await cp('dist', copy, { recursive: true });
  const server = await startedServer(copy);
  servers.push(server);
  const cacheNames = () => page.evaluate(() => caches.keys());

  const modulePath = moduleOf(firstLesson);
  await page.goto(`${server.origin}${modulePath}`);
  await waitForWorker(page);
  await page.getByRole('button', { name: 'Lern-modul speichern' }).click();
  await expect(page.locator('ll-offline-keep [role="status"]')).toContainText('gespeichert.', { useInnerText: true });
  const oldCaches = await cacheNames();
  expect(oldCaches).toHaveLength(1);

  // The next build: a worker with another version.
  const workerFile = path.join(copy, 'sw.js');
  const worker = await readFile(workerFile, 'utf8');
  const oldVersion = /version:"([0-9a-f]+)"/.exec(worker)?.[1] ?? '';
  expect(oldCaches).toEqual([`ll-offline-${oldVersion}`]);
  await writeFile(workerFile, worker.replace(`version:"${oldVersion}"`, 'version:"0123456789ab"'));

  await page.goto(`${server.origin}/`);
  await expect.poll(cacheNames, { timeout: 60_000 }).toEqual(['ll-offline-0123456789ab']);

  await server.stop();
  await page.goto(`${server.origin}${firstLesson}`);
  expect(await heading(page), 'the kept lesson, carried over to the new cache').not.toBe('Sie haben gerade kein Internet');
  await rm(copy, { recursive: true, force: true });
});

test('offline, a search that cannot reach its index says that search needs the internet, not "nichts gefunden"', async ({ page }) => {
  await returningReader(page);
  const server = await startedServer();
  servers.push(server);
  await page.goto(`${server.origin}/suche/`);
  await waitForWorker(page);
  // The search script and its first files are saved; the part of the index for this word is not.
  await server.stop();
  await page.getByLabel('Wonach suchen Sie?').fill('Schlichtungsstelle');
  await page.getByRole('button', { name: 'Suchen' }).click();
  const status = page.locator('[data-status]');
  await expect(status).not.toHaveText('Wir suchen.');
  await expect(status).toHaveText(/Die Suche braucht gerade Internet\./);
  await expect(status).not.toContainText('nichts gefunden');
});

test('a first visit downloads nothing in the background; the next visit installs the worker', async ({ page }) => {
  const server = await startedServer();
  servers.push(server);
  const traffic = workerTraffic(page);
  await page.goto(`${server.origin}${firstLesson}`);
  await settle(page);
  expect(await registered(page), 'no worker after the first visit').toBe(false);
  expect(traffic, 'no request for or by a worker').toEqual([]);

  // A later visit: a new tab of the same browser, after the first one was closed.
  await page.close();
  const later = await page.context().newPage();
  await later.goto(`${server.origin}${firstLesson}`);
  await waitForWorker(later);
  expect(traffic.length).toBeGreaterThan(0);
});

for (const hints of [
  { saveData: true, effectiveType: '4g' },
  { saveData: false, effectiveType: '2g' },
  { saveData: false, effectiveType: 'slow-2g' },
]) {
  test(`with saveData ${String(hints.saveData)} on ${hints.effectiveType}, no visit downloads in the background`, async ({ page }) => {
    await returningReader(page);
    await connection(page, hints);
    const server = await startedServer();
    servers.push(server);
    const traffic = workerTraffic(page);
    await page.goto(`${server.origin}${firstLesson}`);
    await page.goto(`${server.origin}/`);
    await settle(page);
    expect(await registered(page)).toBe(false);
    expect(traffic).toEqual([]);
  });
}

test('keeping a module on a first visit with Save-Data is the reader’s request: the module is saved', async ({ page }) => {
  await connection(page, { saveData: true, effectiveType: '4g' });
  const modulePath = moduleOf(firstLesson);
  const server = await startedServer();
  servers.push(server);
  await page.goto(`${server.origin}${modulePath}`);
  await settle(page);
  expect(await registered(page)).toBe(false);
  await page.getByRole('button', { name: 'Lern-modul speichern' }).click();
  await expect
    .poll(() => visibleText(page.locator('ll-offline-keep [role="status"]')), { timeout: 30_000 })
    .toMatch(/Das Lern-modul ist auf Ihrem Gerät gespeichert\./i);
  await server.stop();
  await page.goto(`${server.origin}${firstLesson}`);
  expect(await heading(page)).not.toBe('Sie haben gerade kein Internet');
});
