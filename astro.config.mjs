// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { contentCheck } from './src/integrations/content-check.ts';
import { ASTRO_CSP } from './src/lib/security/csp.ts';
import { rehypeSections } from './src/lib/text/rehype-sections.ts';
import { rehypeWordSplits } from './src/lib/text/rehype-word-splits.ts';

export default defineConfig({
  // The address the site is served from; set SITE_URL when you publish it.
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  output: 'static',
  // A build from the test fixture (LL_CONTENT_ROOT, see src/content.config.ts) keeps its own
  // content cache, so it never mixes with the real site's.
  cacheDir: process.env.LL_CONTENT_ROOT ? './node_modules/.astro-fixture' : './node_modules/.astro',
  trailingSlash: 'always',
  // Two files with the same id, or two routes with the same path, stop the build.
  prerenderConflictBehavior: 'error',
  // MDX inherits this processor: texts are cut into sections (picture and read-aloud per section),
  // and words split with the middle dot get their other forms.
  markdown: { processor: unified({ rehypePlugins: [rehypeSections, rehypeWordSplits] }) },
  // A strict Content Security Policy in every page: see src/lib/security/csp.ts.
  security: { csp: ASTRO_CSP },
  integrations: [
    contentCheck(),
    mdx(),
    sitemap({ filter: (page) => !page.includes('/404') && !page.includes('/bilder/') && !page.endsWith('/offline/') }),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
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
