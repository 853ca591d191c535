/**
 * After the build, before the search index is made, each page gets two changes:
 * - its Content Security Policy narrowed to its own inline code (src/lib/security/csp-per-page.ts);
 * - a space between blocks, so search results do not glue words together (src/lib/search/block-gaps.ts).
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spaceBetweenBlocks } from '../lib/search/block-gaps.ts';
import { narrowPolicy } from '../lib/security/csp-per-page.ts';

export function cspPerPage(): AstroIntegration {
  return {
    name: 'll-csp-per-page',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const entries = await readdir(root, { recursive: true, withFileTypes: true });
        const pages = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html'));
        await Promise.all(
          pages.map(async (entry) => {
            const file = path.join(entry.parentPath, entry.name);
            const html = await readFile(file, 'utf8');
            const narrowed = narrowPolicy(spaceBetweenBlocks(html));
            if (narrowed !== html) await writeFile(file, narrowed);
          }),
        );
      },
    },
  };
}
