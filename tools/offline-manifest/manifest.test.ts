/** The offline manifest the build writes into the service worker: version, frame files, search files. */
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { buildVersion, fragmentPage, frameFiles, searchFiles } from './manifest.ts';

describe('the build manifest', () => {
  const files = [
    { path: '/index.html', digest: 'a' },
    { path: '/_astro/x.css', digest: 'b' },
  ];

  test('the version depends on every file’s content, not on the order of the list', () => {
    const version = buildVersion(files);
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(buildVersion([...files].reverse())).toBe(version);
    expect(buildVersion([files[0]!, { path: '/_astro/x.css', digest: 'c' }])).not.toBe(version);
    expect(buildVersion([...files, { path: '/neu.html', digest: 'a' }])).not.toBe(version);
  });

  const site = [
    '/index.html',
    '/offline/index.html',
    '/suche/index.html',
    '/mein-lernstand/index.html',
    '/lernen/index.html',
    '/favicon.svg',
    '/_astro/BaseLayout.abc.css',
    '/_astro/quiz.abc.js',
    '/_astro/checker.abc.js',
    '/_astro/font.abc.woff2',
    '/_astro/bild.abc.webp',
    '/bilder/books.svg',
  ];

  test('the frame is the start, offline, search and record pages with CSS and JS, without the checker or the chosen font', () => {
    expect(frameFiles(site)).toEqual([
      '/',
      '/offline/',
      '/suche/',
      '/mein-lernstand/',
      '/favicon.svg',
      '/_astro/BaseLayout.abc.css',
      '/_astro/quiz.abc.js',
    ]);
  });

  test('a missing frame page stops the build', () => {
    expect(() => frameFiles(site.filter((p) => p !== '/offline/index.html'))).toThrow('/offline/');
  });

  const pagefind = [
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-worker.js',
    '/pagefind/pagefind-entry.json',
    '/pagefind/pagefind.de_abc.pf_meta',
    '/pagefind/wasm.de.pagefind',
    '/pagefind/wasm.unknown.pagefind',
    '/pagefind/pagefind-ui.js',
    '/pagefind/pagefind-component-ui.js',
    '/pagefind/index/de_1.pf_index',
    '/pagefind/index/de_2.pf_index',
    '/pagefind/filter/de_3.pf_filter',
    '/pagefind/fragment/de_4.pf_fragment',
  ];
  const entry = { languages: { de: { hash: 'de_abc', wasm: 'de' } } };

  test('search needs Pagefind’s engine, meta, wasm and every index chunk, not fragments or ready-made interfaces', () => {
    expect(searchFiles(pagefind, entry)).toEqual([
      '/pagefind/filter/de_3.pf_filter',
      '/pagefind/index/de_1.pf_index',
      '/pagefind/index/de_2.pf_index',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind-worker.js',
      '/pagefind/pagefind.de_abc.pf_meta',
      '/pagefind/pagefind.js',
      '/pagefind/wasm.de.pagefind',
    ]);
  });

  test('a search file the entry names but the build lacks stops the build', () => {
    expect(() =>
      searchFiles(
        pagefind.filter((p) => !p.includes('wasm.de')),
        entry,
      ),
    ).toThrow('wasm.de.pagefind');
  });

  test('reads the page a fragment belongs to', () => {
    const fragment = gzipSync(Buffer.from('pagefind_dcd{"url":"/lernen/werkstatt-rat/","content":"Text"}'));
    expect(fragmentPage(fragment)).toBe('/lernen/werkstatt-rat/');
    expect(() => fragmentPage(gzipSync(Buffer.from('pagefind_dcd{"content":"Text"}')))).toThrow();
  });
});
