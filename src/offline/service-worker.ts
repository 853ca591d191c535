/**
 * The service worker (built to dist/sw.js by tools/offline-manifest/build.ts).
 * - Install: saves the frame of the site (start page, offline page, search, learning record, CSS, JS,
 *   fonts), the pages open right now, and what the reader had saved under the previous build.
 * - Activate: deletes the caches of earlier builds and takes over the open pages.
 * - Pages: network first and saved on the way; offline the saved copy, or the offline page.
 * - Files (CSS, JS, fonts, pictures, search): from the cache first, saved when fetched.
 * - Messages from a module page: keep the whole module (page, lessons, pictures, search), forget it, or say whether it is kept.
 * Every page works without it: it only adds saved copies.
 */
import { cacheName, KEPT_LIST_KEY, outdatedCaches, parseKeptList } from './cache.ts';
import type { OfflineManifest } from '../../tools/offline-manifest/manifest.ts';
import { parseOfflineRequest, type OfflineReply, type OfflineRequest } from './protocol.ts';
import { cacheKey, classifyRequest, lessonPaths, pictureUrls } from './requests.ts';

declare const __OFFLINE_MANIFEST__: OfflineManifest;

/*
 * The few parts of the service worker scope we use. The project's TypeScript library is the DOM's;
 * the WebWorker library cannot be added beside it, so these are declared here.
 */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
interface WorkerScope {
  readonly location: Location;
  readonly clients: {
    claim(): Promise<void>;
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<readonly { url: string }[]>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

const scope = self as unknown as WorkerScope;
const manifest = __OFFLINE_MANIFEST__;
const CACHE = cacheName(manifest.version);
const ORIGIN = scope.location.origin;
const OFFLINE_PAGE = '/offline/';

const absolute = (path: string) => new URL(path, ORIGIN).href;

/** Fetches an address from the network and saves a good answer. Returns the answer, or undefined when there is none. */
async function fetchAndSave(cache: Cache, url: string): Promise<Response | undefined> {
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) return undefined;
    await cache.put(cacheKey(url), response.clone());
    return response;
  } catch {
    return undefined;
  }
}

/** Saves pictures that are not saved yet; a picture that fails to load is left out. */
async function savePictures(cache: Cache, urls: readonly string[]): Promise<void> {
  await Promise.all(
    urls.map(async (url) => {
      if (!(await cache.match(url))) await fetchAndSave(cache, url);
    }),
  );
}

/** Saves a page and its pictures. Returns the page's HTML, or undefined when it could not be fetched. */
async function savePage(cache: Cache, path: string): Promise<string | undefined> {
  const response = await fetchAndSave(cache, absolute(path));
  if (!response) return undefined;
  const html = await response.text();
  await savePictures(cache, pictureUrls(html, response.url || absolute(path)));
  return html;
}

async function readKeptList(cache: Cache): Promise<string[]> {
  return parseKeptList(await (await cache.match(absolute(KEPT_LIST_KEY)))?.text());
}

async function writeKeptList(cache: Cache, modules: readonly string[]): Promise<void> {
  const body = JSON.stringify([...new Set(modules)].sort());
  await cache.put(absolute(KEPT_LIST_KEY), new Response(body, { headers: { 'Content-Type': 'application/json' } }));
}

/**
 * Saves a module page, all its lessons with their pictures, and everything search needs to find them.
 * Reports each saved page. Returns how many pages could not be saved.
 */
async function keepModule(cache: Cache, modulePath: string, report: (reply: OfflineReply) => void): Promise<number> {
  const moduleHtml = await savePage(cache, modulePath);
  if (moduleHtml === undefined) throw new Error(`${modulePath} is not reachable`);
  const lessons = lessonPaths(moduleHtml, modulePath);
  const total = lessons.length + 1;
  let done = 1;
  let missing = 0;
  report({ type: 'progress', done, total });
  for (const lesson of lessons) {
    if ((await savePage(cache, lesson)) === undefined) missing += 1;
    done += 1;
    report({ type: 'progress', done, total });
  }
  const fragments = [modulePath, ...lessons].flatMap((page) => manifest.fragments[page] ?? []);
  await Promise.all([...manifest.search, ...fragments].map((file) => fetchAndSave(cache, absolute(file))));
  await writeKeptList(cache, [...(await readKeptList(cache)), modulePath]);
  return missing;
}

/** Removes a module page and its lessons. Pictures and search files stay: other pages share them. */
async function forgetModule(cache: Cache, modulePath: string): Promise<void> {
  const moduleHtml = await (await cache.match(absolute(modulePath)))?.text();
  const lessons = moduleHtml ? lessonPaths(moduleHtml, modulePath) : [];
  await Promise.all([modulePath, ...lessons].map((page) => cache.delete(absolute(page))));
  await writeKeptList(
    cache,
    (await readKeptList(cache)).filter((kept) => kept !== modulePath),
  );
}

/**
 * What the reader had saved under the previous build, fetched again in this build's version:
 * the modules they kept, and every other page they read. Best effort: what fails is left out.
 */
async function carryOver(cache: Cache): Promise<void> {
  for (const name of outdatedCaches(await caches.keys(), manifest.version)) {
    const old = await caches.open(name);
    const kept = await readKeptList(old);
    for (const modulePath of kept) {
      await keepModule(cache, modulePath, () => undefined).catch(() => undefined);
    }
    const pages = (await old.keys())
      .map((request) => new URL(request.url))
      .filter((url) => classifyRequest(url, 'GET', 'same-origin', ORIGIN) === 'page')
      .map((url) => url.pathname);
    for (const page of pages) {
      if (!(await cache.match(absolute(page)))) await savePage(cache, page);
    }
  }
}

scope.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // The frame must be complete, or this version does not install and the previous one stays.
      const pages = manifest.frame.filter((path) => path.endsWith('/'));
      const files = manifest.frame.filter((path) => !path.endsWith('/'));
      await cache.addAll(files.map((path) => new Request(absolute(path), { cache: 'no-cache' })));
      const saved = await Promise.all(pages.map((path) => savePage(cache, path)));
      if (saved.includes(undefined)) throw new Error('A page of the frame could not be saved.');
      // The page that registered the worker was loaded before it: save it now, so it is there offline.
      const open = await scope.clients.matchAll({ type: 'window', includeUncontrolled: true });
      await Promise.all(open.map((client) => savePage(cache, new URL(client.url).pathname)));
      await carryOver(cache);
      await scope.skipWaiting();
    })(),
  );
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all(outdatedCaches(await caches.keys(), manifest.version).map((name) => caches.delete(name)));
      await scope.clients.claim();
    })(),
  );
});

async function pageResponse(event: FetchEvent): Promise<Response> {
  const cache = await caches.open(CACHE);
  const key = cacheKey(event.request.url);
  try {
    const response = await fetch(event.request);
    if (response.ok && response.type === 'basic') {
      await cache.put(key, response.clone());
      // The page's pictures, also the ones below the fold and the high-contrast twins, for reading offline.
      event.waitUntil(
        response
          .clone()
          .text()
          .then((html) => savePictures(cache, pictureUrls(html, key))),
      );
    }
    return response;
  } catch {
    return (await cache.match(key)) ?? (await cache.match(absolute(OFFLINE_PAGE))) ?? Response.error();
  }
}

async function fileResponse(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const key = cacheKey(request.url);
  const saved = await cache.match(key);
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(key, response.clone());
  return response;
}

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  const kind = classifyRequest(new URL(request.url), request.method, request.mode, ORIGIN);
  if (kind === 'page') event.respondWith(pageResponse(event));
  else if (kind === 'file') event.respondWith(fileResponse(request));
});

async function answer(request: OfflineRequest, reply: (message: OfflineReply) => void): Promise<void> {
  const cache = await caches.open(CACHE);
  try {
    if (request.type === 'status') {
      reply({ type: 'status', kept: (await readKeptList(cache)).includes(request.module) });
    } else if (request.type === 'keep') {
      reply({ type: 'kept', missing: await keepModule(cache, request.module, reply) });
    } else {
      await forgetModule(cache, request.module);
      reply({ type: 'forgotten' });
    }
  } catch {
    reply({ type: 'failed' });
  }
}

scope.addEventListener('message', (event) => {
  const request = parseOfflineRequest(event.data);
  const port = event.ports[0];
  if (!request || !port) return;
  event.waitUntil(
    answer(request, (message) => {
      port.postMessage(message);
    }),
  );
});
