/**
 * A cache for the easy-read linter: `npm run build` and `npm run lint:text` check again only the files that changed.
 *
 * A file's report depends on the file (its path and its text) and on what every file shares: the rules and their
 * options (leichte-sprache.config.yaml), the dictionary (content/glossary/), the lexicon and parsers (the packages in
 * package-lock.json) and the engine's own code. These shared inputs make one key, `engineKey`; a change to any of them
 * drops every stored report. No rule looks across files (einheitlich compares each word with the config's list, the
 * dictionary is a shared input), so a stored report stays true while its file and the key stay the same.
 *
 * Reports are kept in node_modules/.cache/leichte-sprache/, one JSON file per project root.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILE } from './config.ts';
import {
  collectFiles,
  createContext,
  DEFAULT_PATHS,
  displayPath,
  lintExtracted,
  lintVocab,
  VOCAB_FILE,
  type FileReport,
  type LintContext,
} from './lint.ts';
import { extract, kindOfFile } from './sources.ts';

/** Where the reports are kept: beside the other tools' caches, never committed. */
export const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/leichte-sprache/', import.meta.url));

/** The module the engine starts from: the key covers it and every module it imports, however deep. */
const ENGINE_ENTRY = fileURLToPath(new URL('./lint.ts', import.meta.url));

/** Stored shape: the key it was made with, and per file (as reports name it) the hash of its text and its report. */
interface Store {
  key: string;
  files: Record<string, { hash: string; report: FileReport }>;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** The engine's own source files: `entry` and every module it imports by a relative path. */
export async function engineFiles(entry: string = ENGINE_ENTRY): Promise<string[]> {
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const source = await readFile(file, 'utf8');
    for (const match of source.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      queue.push(path.resolve(path.dirname(file), match[1] ?? ''));
    }
  }
  return [...seen].sort();
}

/** One hash of everything a report depends on besides its own file. */
export async function engineKey(root: string): Promise<string> {
  const glossary = path.join(root, 'content', 'glossary');
  const glossaryFiles = await readdir(glossary).then(
    (names) => names.filter((name) => /\.ya?ml$/.test(name)).map((name) => path.join(glossary, name)),
    () => [],
  );
  const lockFile = fileURLToPath(new URL('../../package-lock.json', import.meta.url));
  const inputs = [path.join(root, CONFIG_FILE), ...glossaryFiles.sort(), lockFile, ...(await engineFiles())];
  const hash = createHash('sha256');
  for (const file of inputs) {
    const text = await readFile(file, 'utf8').catch(() => '');
    hash.update(`${file}\0${sha(text)}\0`);
  }
  return hash.digest('hex');
}

async function readStore(file: string, key: string): Promise<Store> {
  try {
    const store = JSON.parse(await readFile(file, 'utf8')) as Store;
    if (store.key === key && typeof store.files === 'object') return store;
  } catch {
    // No cache yet, or a damaged one: start empty.
  }
  return { key, files: {} };
}

/** Writes to a temporary file first, so a second linter running at the same time never reads half a file. */
async function writeStore(file: string, store: Store): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${String(process.pid)}.tmp`;
  await writeFile(temporary, JSON.stringify(store));
  await rename(temporary, file);
}

export interface CachedRun {
  reports: FileReport[];
  /** Files checked this time; the others came from the cache. */
  linted: string[];
}

/**
 * Lints as `lintPaths` does (lint.ts), with the same reports in the same order, but takes each unchanged file's report
 * from the cache. The lexicon is loaded only when a file has to be checked.
 */
export async function lintPathsCached(root: string, paths: readonly string[] = DEFAULT_PATHS, cacheDir = CACHE_DIR): Promise<CachedRun> {
  const storeFile = path.join(cacheDir, `${sha(path.resolve(root)).slice(0, 16)}.json`);
  const [files, key] = await Promise.all([collectFiles(root, paths), engineKey(root)]);
  const store = await readStore(storeFile, key);
  let context: Promise<LintContext> | undefined;
  const linted: string[] = [];

  /** The stored report of `file` when `source` is unchanged, else a new one from `lint`. */
  const reportOf = async (file: string, source: string, lint: (context: LintContext) => Promise<FileReport> | FileReport) => {
    const hash = sha(source);
    const stored = store.files[file];
    if (stored?.hash === hash) return stored.report;
    const report = await lint(await (context ??= createContext(root)));
    store.files[file] = { hash, report };
    linted.push(file);
    return report;
  };

  const reports = await Promise.all(
    files.map(async (full) => {
      const file = displayPath(root, full);
      const source = await readFile(full, 'utf8');
      return reportOf(file, source, (ctx) => lintExtracted(file, extract(kindOfFile(full) ? file : `${file}.txt`, source), ctx));
    }),
  );
  if (paths === DEFAULT_PATHS) {
    const vocab = await readFile(path.join(root, VOCAB_FILE), 'utf8');
    reports.push(await reportOf(VOCAB_FILE, vocab, (ctx) => lintVocab(root, ctx)));
  }
  if (linted.length > 0) await writeStore(storeFile, store);
  return { reports, linted };
}
