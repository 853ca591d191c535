/**
 * The easy-read linter on Node: reads the files, the config and the dictionary, and runs the engine
 * (src/lib/lint/lint.ts) over them. The command is tools/lint/cli.ts.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { glossaryOf, lintExtracted, ownWords, type FileReport, type GlossaryEntry, type LintContext } from '../../src/lib/lint/lint.ts';
import type { Glossary } from '../../src/lib/lint/rules/shared.ts';
import { Syllables } from '../../src/lib/lint/syllables.ts';
import { loadConfig } from './config.ts';
import { extract, kindOfFile } from './sources.ts';
import { loadWordKnowledge } from './words.ts';

export { lintExtracted, ownWords, type FileReport, type Finding, type LintContext } from '../../src/lib/lint/lint.ts';

/** What is checked when no path is given: every text of the site. */
export const DEFAULT_PATHS = ['content', 'src/i18n/de-ls.yaml'];

const FOLDER_EXTENSIONS = new Set(['.md', '.mdx', '.yaml', '.yml', '.txt']);

/** Reads the dictionary (content/glossary/*.yaml): ids and the forms of each word. */
export async function loadGlossary(root: string): Promise<Glossary> {
  const dir = path.join(root, 'content', 'glossary');
  let names: string[] = [];
  try {
    names = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  } catch {
    // No dictionary: every <Wort> is then unknown.
  }
  const read = await Promise.all(
    names.map(async (name): Promise<GlossaryEntry | string> => {
      const id = name.replace(/\.ya?ml$/, '');
      try {
        return { id, ...((parseYaml(await readFile(path.join(dir, name), 'utf8')) ?? {}) as object) };
      } catch {
        return id; // Unreadable (the content check says why): its id is known, its forms are not.
      }
    }),
  );
  const glossary = glossaryOf(read.filter((entry) => typeof entry !== 'string'));
  for (const entry of read) if (typeof entry === 'string') glossary.ids.add(entry);
  return glossary;
}

/** Config, dictionary, syllable counter and word knowledge for a project root. */
export async function createContext(root: string): Promise<LintContext> {
  const [config, glossary] = await Promise.all([loadConfig(root), loadGlossary(root)]);
  return { config, glossary, syllables: new Syllables(), words: await loadWordKnowledge(ownWords(config)) };
}

/** Lints one text; `file` decides how it is read (.mdx, .yaml, .txt) and its collection. */
export function lintSource(file: string, source: string, context: LintContext): FileReport {
  const extracted = extract(file, source);
  return lintExtracted(file, extracted, context);
}

/** Folders of standard-German texts (Alltags·sprache): not easy-read, so a folder walk skips them. */
export const STANDARD_GERMAN_FOLDERS = [path.join('content', 'alltag')];

/** Every file to check below the given paths (files are taken as given; folders by extension). */
export async function collectFiles(root: string, paths: readonly string[]): Promise<string[]> {
  const files = new Set<string>();
  for (const given of paths) {
    const full = path.resolve(root, given);
    const info = await stat(full);
    if (info.isDirectory()) {
      const names = await readdir(full, { recursive: true });
      for (const name of names.sort()) {
        const file = path.join(full, name);
        const inStandardGerman = STANDARD_GERMAN_FOLDERS.some((folder) => file.startsWith(path.join(root, folder) + path.sep));
        if (FOLDER_EXTENSIONS.has(path.extname(name).toLowerCase()) && !inStandardGerman) files.add(file);
      }
    } else {
      files.add(full);
    }
  }
  return [...files];
}

/** How a file is named in reports: relative to the root where it is inside, else absolute. */
export function displayPath(root: string, full: string): string {
  const relative = path.relative(root, full);
  return (relative.startsWith('..') || path.isAbsolute(relative) ? full : relative).split(path.sep).join('/');
}

/** The closed lists' labels that pages show (Praxis·feld, Niveau, Zielgruppe …): easy-read text too. */
export const VOCAB_FILE = 'src/lib/content/vocab.ts';

/** Lints every label of the closed lists in vocab.ts, each as its own paragraph, with the lines of vocab.ts. */
export async function lintVocab(root: string, context: LintContext): Promise<FileReport> {
  const full = path.join(root, VOCAB_FILE);
  const source = await readFile(full, 'utf8');
  const lists = Object.values((await import(pathToFileURL(full).href)) as Record<string, unknown>);
  // A list maps values to a label, or to an object of texts (a level's name and its explanation).
  const texts = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(texts) : [];
  const labels = [...new Set(lists.flatMap((list) => (list && typeof list === 'object' ? Object.values(list).flatMap(texts) : [])))];
  const lineOf = (label: string) => {
    const index = source.indexOf(`'${label}'`);
    return index < 0 ? 1 : source.slice(0, index).split('\n').length;
  };
  const report = lintSource(`${VOCAB_FILE}.txt`, labels.join('\n\n'), context);
  // Line 2k+1 of the joined text is label k.
  const findings = report.findings.map((f) => ({ ...f, file: VOCAB_FILE, line: lineOf(labels[(f.line - 1) / 2] ?? ''), column: 1 }));
  return { ...report, file: VOCAB_FILE, findings };
}

/** Lints files and folders; the default is every text of the site. */
export async function lintPaths(root: string, paths: readonly string[] = DEFAULT_PATHS, context?: LintContext): Promise<FileReport[]> {
  const ctx = context ?? (await createContext(root));
  const files = await collectFiles(root, paths);
  const read = await Promise.all(
    files.map(async (full) => {
      const file = displayPath(root, full);
      const extracted = extract(kindOfFile(full) ? file : `${file}.txt`, await readFile(full, 'utf8'));
      return { file, extracted };
    }),
  );
  const reports = read.map(({ file, extracted }) => lintExtracted(file, extracted, ctx));
  if (paths === DEFAULT_PATHS) reports.push(await lintVocab(root, ctx));
  return reports;
}
