import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LIGHT_HELPER, PRELOAD_HELPER_ID, lightPreloadHelper } from './light-preload-helper.ts';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return /\.(ts|astro)$/.test(entry.name) ? [full] : [];
  });
}

/** The relative imports of a file: [static ones, import() ones], resolved to absolute paths. */
function importsOf(file: string): { statics: string[]; dynamics: string[] } {
  const text = readFileSync(file, 'utf8');
  const resolve = (specifier: string) => path.resolve(path.dirname(file), specifier);
  const relative = (specifiers: string[]) => specifiers.filter((s) => s.startsWith('.')).map(resolve);
  const statics = [...text.matchAll(/^\s*(?:import|export)\s(?!type\s)[^;]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
  const dynamics = [...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)].map((m) => m[1] ?? '');
  return { statics: relative(statics), dynamics: relative(dynamics) };
}

/** Every file a module brings with it through static imports, itself included. */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  if (/\.ts$/.test(file)) for (const next of importsOf(file).statics) closure(next, seen);
  return seen;
}

describe('the light helper for import()', () => {
  const loadedOnUse = filesUnder(SRC).flatMap((file) => importsOf(file).dynamics);

  it('finds the modules the site loads on use', () => {
    const names = loadedOnUse.map((file) => path.relative(SRC, file));
    expect(names).toEqual(
      expect.arrayContaining([
        'components/reading-settings/reading-settings.ts',
        'components/quiz/quiz-record.ts',
        'components/read-aloud/read-aloud.ts',
      ]),
    );
  });

  it('is right only while no module loaded on use brings CSS: the full helper would load it with the module', () => {
    for (const module of loadedOnUse) {
      const css = [...closure(module)].filter((file) => file.endsWith('.css'));
      expect(css, `${path.relative(SRC, module)} is loaded on use and imports CSS`).toEqual([]);
    }
  });

  it('would notice a module loaded on use that brings CSS', () => {
    const withCss = path.join(SRC, 'components/read-aloud/ReadAloud.astro');
    expect(importsOf(withCss).statics.some((file) => file.endsWith('.css'))).toBe(true);
  });

  it('stands in for Vite’s helper only, and calls the import it is given', async () => {
    const plugin = lightPreloadHelper();
    const resolveId = plugin.resolveId as (id: string) => string | undefined;
    const load = plugin.load as (id: string) => string | undefined;
    expect(resolveId(PRELOAD_HELPER_ID)).toBe(PRELOAD_HELPER_ID);
    expect(resolveId('./quiz.ts')).toBeUndefined();
    expect(load('/src/components/quiz/quiz.ts')).toBeUndefined();
    const code = load(PRELOAD_HELPER_ID) ?? '';
    expect(code).toBe(LIGHT_HELPER);
    const helper = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
      __vitePreload: (load: () => Promise<string>) => Promise<string>;
    };
    await expect(helper.__vitePreload(() => Promise.resolve('geladen'))).resolves.toBe('geladen');
  });
});
