/**
 * What the site's real content promises its readers, checked on content/ itself:
 * enough modules and lessons, a self-check in every lesson, and no dictionary word that no text marks.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter, wordRefsIn } from './check.ts';

const lessonDir = 'content/lessons';

async function lessons() {
  const modules = await readdir(lessonDir);
  const files = (
    await Promise.all(modules.map(async (m) => (await readdir(path.join(lessonDir, m))).map((f) => path.join(lessonDir, m, f))))
  ).flat();
  return Promise.all(
    files.map(async (file) => {
      const parts = splitFrontMatter(await readFile(file, 'utf8'));
      const data = parseYaml(parts?.frontMatter ?? '') as { selbstcheck?: unknown[] } | null;
      return { file, module: path.basename(path.dirname(file)), body: parts?.body ?? '', questions: data?.selbstcheck?.length ?? 0 };
    }),
  );
}

/** The MDX texts of the easy-read site (standard-German pages in content/alltag/ mark no dictionary words). */
async function texts(): Promise<string[]> {
  const names = (await readdir('content', { recursive: true })).filter((name) => name.endsWith('.mdx') && !name.startsWith('alltag'));
  return Promise.all(names.map(async (name) => splitFrontMatter(await readFile(path.join('content', name), 'utf8'))?.body ?? ''));
}

describe('the site content', () => {
  it('has at least 8 modules with at least 3 lessons each', async () => {
    const all = await lessons();
    const modules = (await readdir('content/modules')).map((f) => f.replace(/\.mdx$/, ''));
    expect(modules.length).toBeGreaterThanOrEqual(8);
    for (const modul of modules) expect(all.filter((l) => l.module === modul).length, modul).toBeGreaterThanOrEqual(3);
  });

  it('has a self-check of at least 4 questions in every lesson', async () => {
    const tooFew = (await lessons()).filter((l) => l.questions < 4).map((l) => l.file);
    expect(tooFew).toEqual([]);
  });

  it('has at least 80 dictionary words, each marked in at least one text of the site', async () => {
    const words = (await readdir('content/glossary')).map((f) => f.replace(/\.ya?ml$/, ''));
    expect(words.length).toBeGreaterThanOrEqual(80);
    const used = new Set((await texts()).flatMap((body) => wordRefsIn(body).map((ref) => ref.id)));
    const unused = words.filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });

  it('gives every section of every lesson a picture', async () => {
    const missing = (await lessons()).flatMap((l) =>
      l.body
        .split(/^## /m)
        .slice(1)
        .filter((section) => !/^[^\n]*\n\s*<Bild\b/.test(section))
        .map((section) => `${l.file}: ${section.split('\n')[0] ?? ''}`),
    );
    expect(missing).toEqual([]);
  });
});
