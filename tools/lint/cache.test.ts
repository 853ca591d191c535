/**
 * The linter's cache: an unchanged file is not checked again, a changed one is, a change to the rules or the
 * dictionary checks every file again, and the reports from the cache are the reports of a run without it.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineFiles, lintPathsCached } from './cache.ts';
import { CONFIG_FILE } from './config.ts';
import { lintPaths } from './lint.ts';
import { formatJson } from './report.ts';

let root: string;
let cacheDir: string;
const lesson = () => path.join(root, 'content', 'lessons', 'modul', 'lektion.mdx');
const page = () => path.join(root, 'content', 'seiten', 'seite.mdx');
/** The two texts; the dictionary beside them is not checked here, only read. */
const PATHS = ['content/lessons', 'content/seiten'];

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'll-lint-cache-'));
  cacheDir = path.join(root, 'cache');
  await mkdir(path.dirname(lesson()), { recursive: true });
  await mkdir(path.dirname(page()), { recursive: true });
  await mkdir(path.join(root, 'content', 'glossary'), { recursive: true });
  await copyFile(path.join(process.cwd(), CONFIG_FILE), path.join(root, CONFIG_FILE));
  await writeFile(path.join(root, 'content', 'glossary', 'werkstatt.yaml'), 'wort: Werk·statt\n');
  await writeFile(lesson(), '## Kopf\n\nSie arbeiten in der Werk·statt.\n');
  await writeFile(page(), '## Kopf\n\nDas ist nicht schwer.\n');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const linted = async () => (await lintPathsCached(root, PATHS, cacheDir)).linted.sort();

// Each run without the cache loads the lexicon: about a second, several on a busy two-core machine.
describe('the linter cache', { timeout: 60_000 }, () => {
  it('checks every file the first time and none the second time', async () => {
    expect(await linted()).toEqual(['content/lessons/modul/lektion.mdx', 'content/seiten/seite.mdx']);
    expect(await linted()).toEqual([]);
  });

  it('checks a changed file again, and only that one', async () => {
    await writeFile(page(), '## Kopf\n\nDas ist z. B. gut.\n');
    const run = await lintPathsCached(root, PATHS, cacheDir);
    expect(run.linted).toEqual(['content/seiten/seite.mdx']);
    expect(run.reports.find((r) => r.file === 'content/seiten/seite.mdx')?.findings.map((f) => f.ruleId)).toContain('abkuerzung');
  });

  it('checks every file again when the rules change', async () => {
    const config = await readFile(path.join(root, CONFIG_FILE), 'utf8');
    await writeFile(path.join(root, CONFIG_FILE), config.replace(/(abkuerzung:\n\s+schwere:) fehler/, '$1 aus'));
    const run = await lintPathsCached(root, PATHS, cacheDir);
    expect(run.linted).toHaveLength(2);
    expect(run.reports.flatMap((r) => r.findings).map((f) => f.ruleId)).not.toContain('abkuerzung');
  });

  it('checks every file again when the dictionary changes', async () => {
    await writeFile(path.join(root, 'content', 'glossary', 'werkstatt.yaml'), 'wort: Werk·statt\nformen: [Werk·stätten]\n');
    expect(await linted()).toHaveLength(2);
  });

  it('gives the same reports as a run without the cache', async () => {
    const cached = await lintPathsCached(root, PATHS, cacheDir);
    expect(cached.linted).toEqual([]);
    expect(formatJson(cached.reports)).toBe(formatJson(await lintPaths(root, PATHS)));
  });

  it('counts every module of the engine, down to each rule and the content schemas', async () => {
    const files = (await engineFiles()).map((file) => path.relative(process.cwd(), file).split(path.sep).join('/'));
    expect(files).toContain('src/lib/lint/rules/einheitlich.ts');
    expect(files).toContain('tools/lint/splitter/lexicon-extra.ts');
    expect(files).toContain('src/lib/content/schemas.ts');
  });
});

describe('the linter cache on the whole site', () => {
  // Two runs over every text of the site: the first fills the cache, the second reads every report from it.
  it('gives the same reports from the cache as without it', { timeout: 90_000 }, async () => {
    const siteCache = path.join(root, 'site-cache');
    const first = await lintPathsCached(process.cwd(), undefined, siteCache);
    const second = await lintPathsCached(process.cwd(), undefined, siteCache);
    expect(first.linted.length).toBeGreaterThan(10);
    expect(second.linted).toEqual([]);
    const uncached = formatJson(await lintPaths(process.cwd()));
    expect(formatJson(first.reports)).toBe(uncached);
    expect(formatJson(second.reports)).toBe(uncached);
  });
});
