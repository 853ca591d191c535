import { describe, expect, test } from 'vitest';
import { cacheName, outdatedCaches, parseKeptList } from '../../../src/offline/cache.ts';
import { parseOfflineRequest } from '../../../src/offline/protocol.ts';
import { cacheKey, classifyRequest, lessonPaths, pictureUrls } from '../../../src/offline/requests.ts';

const ORIGIN = 'https://lernen.example';
const classify = (path: string, mode = 'no-cors', method = 'GET') => classifyRequest(new URL(path, ORIGIN), method, mode, ORIGIN);

describe('cache names', () => {
  test('each build version has its own cache', () => {
    expect(cacheName('abc123')).toBe('ll-offline-abc123');
    expect(cacheName('abc123')).not.toBe(cacheName('def456'));
  });

  test('the caches of earlier builds are outdated, the current one and other code’s caches are not', () => {
    const names = ['ll-offline-old1', 'll-offline-now', 'll-offline-old2', 'workbox-precache', 'andere'];
    expect(outdatedCaches(names, 'now')).toEqual(['ll-offline-old1', 'll-offline-old2']);
  });
});

describe('the list of kept modules', () => {
  test('reads module paths and drops anything else', () => {
    expect(parseKeptList('["/lernen/werkstatt-rat/", "/suche/", 3, "/lernen/a/b/"]')).toEqual(['/lernen/werkstatt-rat/']);
  });

  test('counts broken or missing data as empty', () => {
    expect(parseKeptList(undefined)).toEqual([]);
    expect(parseKeptList('{kaputt')).toEqual([]);
    expect(parseKeptList('{"a": 1}')).toEqual([]);
  });
});

describe('requests', () => {
  test('pages go network first: navigations, folders and HTML files', () => {
    expect(classify('/lernen/werkstatt-rat/', 'navigate')).toBe('page');
    expect(classify('/suche/?q=Rat', 'cors')).toBe('page');
    expect(classify('/404.html')).toBe('page');
  });

  test('the frame’s files, pictures and search files are kept', () => {
    expect(classify('/_astro/BaseLayout.abc.css')).toBe('file');
    expect(classify('/bilder/kontrast/books.svg')).toBe('file');
    expect(classify('/pagefind/index/de_1.pf_index')).toBe('file');
    expect(classify('/favicon.svg')).toBe('file');
    expect(classify('/text-pruefen/lexikon.txt')).toBe('file');
  });

  test('other origins, other methods and other files are left to the browser', () => {
    expect(classifyRequest(new URL('https://anders.example/x/'), 'GET', 'navigate', ORIGIN)).toBe('pass');
    expect(classify('/lernen/', 'navigate', 'POST')).toBe('pass');
    expect(classify('/sw.js')).toBe('pass');
    expect(classify('/text-pruefen/lexikon.json')).toBe('pass');
    expect(classify('/workshops/termin.ics')).toBe('pass');
  });

  test('a response is saved without query and fragment', () => {
    expect(cacheKey(`${ORIGIN}/pagefind/pagefind-entry.json?ts=123`)).toBe(`${ORIGIN}/pagefind/pagefind-entry.json`);
    expect(cacheKey(`${ORIGIN}/suche/?q=Rat#treffer`)).toBe(`${ORIGIN}/suche/`);
  });
});

describe('what a page links to', () => {
  test('finds each same-origin picture once, from src and srcset, also the hidden high-contrast twin', () => {
    const html = `
      <img class="ll-bild-farbig" src="/bilder/books.svg" alt="Bücher." loading="lazy">
      <img class="ll-bild-kontrast" src="/bilder/kontrast/books.svg" alt="Bücher.">
      <picture><source srcset="/_astro/a.avif 320w, /_astro/b.avif 640w" type="image/avif"><img src="/bilder/books.svg" alt=""></picture>
      <img src="https://anders.example/x.png" alt="">
      <img src="bild.svg" alt="">`;
    expect(pictureUrls(html, `${ORIGIN}/lernen/m/l/`)).toEqual([
      `${ORIGIN}/bilder/books.svg`,
      `${ORIGIN}/bilder/kontrast/books.svg`,
      `${ORIGIN}/_astro/a.avif`,
      `${ORIGIN}/_astro/b.avif`,
      `${ORIGIN}/lernen/m/l/bild.svg`,
    ]);
  });

  test('finds the lessons of a module, each once, and no other links', () => {
    const html = `
      <a href="/lernen/">Lernen</a>
      <a href="/lernen/werkstatt-rat/aufgaben/">1. Aufgaben</a>
      <a href="/lernen/werkstatt-rat/rechte/">2. Rechte</a>
      <a href="/lernen/werkstatt-rat/aufgaben/">Los geht’s</a>
      <a href="/lernen/werkstatt-rat/rechte/#abschnitt">Abschnitt</a>
      <a href="/lernen/anderes-modul/lektion/">Anderes</a>
      <a href="/woerterbuch/rat/">Rat</a>`;
    expect(lessonPaths(html, '/lernen/werkstatt-rat/')).toEqual(['/lernen/werkstatt-rat/aufgaben/', '/lernen/werkstatt-rat/rechte/']);
  });

  test('keeps a lesson exactly one level below its module: not the module itself, nothing deeper', () => {
    const html = `
      <a href="/lernen/m/">Modul</a>
      <a href="/lernen/m/l/">Lektion</a>
      <a href="/lernen/m/l/x/">Eine Ebene tiefer</a>
      <a href="/lernen/m/l">Ohne Schräg·strich</a>
      <a href="/lernen/m//">Leerer Name</a>
      <a href="/lernen/mm/l/">Anderes Modul mit gleichem Anfang</a>`;
    expect(lessonPaths(html, '/lernen/m/')).toEqual(['/lernen/m/l/']);
  });
});

describe('messages from pages', () => {
  test('accepts keep, forget and status for a module path', () => {
    expect(parseOfflineRequest({ type: 'keep', module: '/lernen/werkstatt-rat/' })).toEqual({
      type: 'keep',
      module: '/lernen/werkstatt-rat/',
    });
    expect(parseOfflineRequest({ type: 'status', module: '/lernen/x/', extra: 1 })).toEqual({ type: 'status', module: '/lernen/x/' });
  });

  test('ignores anything else', () => {
    expect(parseOfflineRequest(null)).toBeUndefined();
    expect(parseOfflineRequest('keep')).toBeUndefined();
    expect(parseOfflineRequest({ type: 'delete-all', module: '/lernen/x/' })).toBeUndefined();
    expect(parseOfflineRequest({ type: 'keep', module: 'https://anders.example/lernen/x/' })).toBeUndefined();
    expect(parseOfflineRequest({ type: 'keep', module: '/lernen/x/y/' })).toBeUndefined();
    expect(parseOfflineRequest({ type: 'keep', module: '/lernen/' })).toBeUndefined();
    expect(parseOfflineRequest({ type: 'keep', module: '/lernen//' })).toBeUndefined();
    expect(parseOfflineRequest({ type: 'keep', module: '/lernen/x' })).toBeUndefined();
  });
});
