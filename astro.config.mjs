// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import path from 'node:path';
import { contentCheck } from './tools/content-check/integration.ts';
import { cspPerPage } from './src/integrations/csp-per-page.ts';
import { ASTRO_CSP } from './src/lib/security/csp.ts';
import { CONTENT_DIR_VARIABLE, contentDirFor } from './src/lib/content/dir.ts';
import { sectionsPlugin } from './src/lib/text/rehype-sections.ts';
import { wordSplitsPlugin } from './src/lib/text/rehype-word-splits.ts';
import { lightPreloadHelper } from './tools/build/light-preload-helper.ts';

export default defineConfig({
  // The address the site is served from; set SITE_URL when you publish it.
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  output: 'static',
  // Another content folder (CONTENT_DIR: the benchmark's generated copy, the test fixture) gets its own cache beside it:
  // Astro's content store keeps entries by id, and would otherwise mix the two folders.
  ...(process.env[CONTENT_DIR_VARIABLE] ? { cacheDir: path.join(contentDirFor('.'), '..', '.astro-cache') } : {}),
  trailingSlash: 'always',
  // Two files with the same id, or two routes with the same path, stop the build.
  prerenderConflictBehavior: 'error',
  // Astro's own Markdown engine (Sätteri, in Rust), which MDX inherits, with two plugins of ours: texts are cut into
  // sections (picture and read-aloud per section), and words split with the middle dot get their other forms.
  // It builds the same pages as the JavaScript pipeline (unified) did, in less time (npm run bench).
  // No code in our texts: without the syntax highlighter the build needs less time and memory (npm run bench).
  // No "smart" punctuation either: it writes English quotes (“ ”) where German uses „ “, which our texts
  // already have.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [sectionsPlugin, wordSplitsPlugin] }),
  },
  // A strict Content Security Policy in every page: see src/lib/security/csp.ts.
  security: { csp: ASTRO_CSP },
  integrations: [
    contentCheck(),
    mdx(),
    sitemap({ filter: (page) => !page.includes('/404') && !page.includes('/bilder/') && !page.endsWith('/offline/') }),
    cspPerPage(),
  ],
  vite: {
    plugins: [
      tailwindcss(),
      // Code that a page loads on use (the Lese·hilfe, read-aloud, the learning record) comes with a plain import().
      // Vite wraps each such import() in its preload helper, which fetches the module's own imports and CSS in
      // parallel: 0.8 kB on every page (npm run bench), to save one round trip on first use. Our modules loaded on
      // use import no CSS (their templates do), so a helper that only calls import() does the same here.
      lightPreloadHelper(),
    ],
    build: {
      rolldownOptions: {
        output: {
          // The learning record's code (read, check, show progress) in one file for every page that
          // uses it: each extra request before the first paint costs time on a slow connection.
          // The formatter of interface texts (src/i18n/format.ts, half a kilobyte) gets a file of its own: the
          // search and the workshop filter use it too, and should not load the learning record with it.
          // The storage convention both stores share (src/lib/local-storage.ts) gets a small file of
          // its own, loaded with the Lese·hilfe on every page, so that it does not pull the record in.
          codeSplitting: {
            groups: [
              // With it, what the record needs when saving finds no room (backup-room) and saving a file.
              {
                name: 'lernstand',
                test: /src[\\/](lib[\\/]progress[\\/](?!key\.ts)|components[\\/]backup-room[\\/])|src[\\/]components[\\/]save-file\.ts$/,
              },
              { name: 'format', test: /src[\\/](i18n[\\/]format|lib[\\/]progress[\\/]key)\.ts$/, priority: 1 },
              // The three forms of split words (word-splits.ts) go with it: the Lese·hilfe needs their names, and
              // "Text prüfen" the rest; a file of its own would be one more request on every page.
              { name: 'speicher', test: /src[\\/]lib[\\/](local-storage|text[\\/]word-splits)\.ts$/, priority: 1 },
            ],
          },
        },
        // Astro marks MDX modules with "use astro:head-inject"; the bundler warns that it may drop
        // such directives, once per file. Astro handles them itself, so the warning is only noise.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
