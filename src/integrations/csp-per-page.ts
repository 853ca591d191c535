/** After the build, narrows each page's Content Security Policy to its own inline code (see src/lib/security/csp-per-page.ts). */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
            const narrowed = narrowPolicy(html);
            if (narrowed !== html) await writeFile(file, narrowed);
          }),
        );
      },
    },
  };
}
