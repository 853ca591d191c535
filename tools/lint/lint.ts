/**
 * The easy-read linter: reads files, splits their visible text into sentences, runs every rule,
 * applies each rule's `schwere` from the config and the inline switch-offs, and measures the text.
 * Pure TypeScript on Node: no Astro, no DOM. The command is tools/lint/cli.ts.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { loadConfig, type LintConfig, type RuleId } from './config.ts';
import { textStats, type TextStats } from './readability.ts';
import { RULES } from './rules/index.ts';
import { inlineAbschaltung } from './rules/inline-abschaltung.ts';
import type { Glossary, RawFinding, Severity } from './rules/shared.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { extract, kindOfFile, type Extracted } from './sources.ts';
import { Syllables } from './syllables.ts';
import { loadWordKnowledge, type WordKnowledge } from './words.ts';
import { normalizeWord, words } from './text.ts';

export interface Finding {
  /** Path relative to the project root, with "/". */
  file: string;
  line: number;
  column: number;
  /** A rule id, or "datei" when the file cannot be read. */
  ruleId: RuleId | 'datei';
  severity: Severity;
  message: string;
  /** The words concerned. */
  words: string;
  suggestion?: string;
}

export interface FileReport {
  file: string;
  findings: Finding[];
  stats: TextStats & {
    /** Sentences with at least one finding. */
    flaggedSentences: number;
    /** Sentences with at least one error. */
    sentencesWithErrors: number;
  };
}

export interface LintContext {
  config: LintConfig;
  glossary: Glossary;
  syllables: Syllables;
  /** Compounds and words, from the German lexicon (words.ts). */
  words: WordKnowledge;
}

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
  const glossary: Glossary = { ids: new Set(), entries: [] };
  for (const name of names) {
    const id = name.replace(/\.ya?ml$/, '');
    glossary.ids.add(id);
    let data: unknown;
    try {
      data = parseYaml(await readFile(path.join(dir, name), 'utf8'));
    } catch {
      continue;
    }
    const entry = (data ?? {}) as { wort?: unknown; formen?: unknown };
    const wort = typeof entry.wort === 'string' ? entry.wort : id;
    const formen = Array.isArray(entry.formen) ? entry.formen.filter((f): f is string => typeof f === 'string') : [];
    const forms = [wort, ...formen].map((form) => words(form).map((w) => normalizeWord(w.text))).filter((f) => f.length > 0);
    forms.sort((a, b) => b.length - a.length);
    glossary.entries.push({ id, wort, forms });
  }
  return glossary;
}

/** Our own words the lexicon does not know (names, loan words): never split, always words. */
export function ownWords(config: LintConfig): string[] {
  const { abkuerzung } = config.regeln;
  return [...config.regeln['langes-wort'].erlaubt, ...abkuerzung['erlaubte-namen-in-grossbuchstaben'], ...abkuerzung['erlaubte-namen']];
}

/** Config, dictionary, syllable counter and word knowledge for a project root. */
export async function createContext(root: string): Promise<LintContext> {
  const [config, glossary] = await Promise.all([loadConfig(root), loadGlossary(root)]);
  return { config, glossary, syllables: new Syllables(), words: await loadWordKnowledge(ownWords(config)) };
}

/** Lints one file already read into blocks. */
export function lintExtracted(file: string, extracted: Extracted, context: LintContext): FileReport {
  const { config } = context;
  const sentences: Sentence[] = extracted.blocks.flatMap((block) => splitSentences(block));
  const raw: RawFinding[] = [];
  for (const [id, rule] of Object.entries(RULES) as [keyof typeof RULES, (typeof RULES)[keyof typeof RULES]][]) {
    if (config.regeln[id].schwere === 'aus') continue;
    raw.push(...rule({ extracted, sentences, config: config.regeln, glossary: context.glossary, words: context.words }));
  }

  const position = (offset: number) => extracted.lines.position(offset);
  const findings: Finding[] = extracted.problems.map((problem) => ({
    file,
    ...position(problem.offset),
    ruleId: 'datei',
    severity: 'error',
    message: problem.message,
    words: '',
  }));

  /** A rule set to "fehler" reports as in the rule table; one set to "warnung" reports only warnings. */
  const reportAs = (finding: RawFinding): Finding => ({
    file,
    ...position(finding.offset),
    ruleId: finding.ruleId,
    severity: config.regeln[finding.ruleId].schwere === 'fehler' && finding.severity === 'error' ? 'error' : 'warning',
    message: finding.message,
    words: finding.words,
    ...(finding.suggestion === undefined ? {} : { suggestion: finding.suggestion }),
  });

  // Inline switch-offs: a valid one hides findings of its rules on its lines.
  const used = new Set<number>();
  const reported: { offset: number; error: boolean }[] = [];
  for (const finding of raw) {
    const { line } = position(finding.offset);
    const directive = extracted.directives.findIndex(
      (d) => !d.problem && d.rules.includes(finding.ruleId) && line >= d.lines[0] && line <= d.lines[1],
    );
    if (directive !== -1) {
      used.add(directive);
      continue;
    }
    const shown = reportAs(finding);
    reported.push({ offset: finding.offset, error: shown.severity === 'error' });
    findings.push(shown);
  }
  if (config.regeln['inline-abschaltung'].schwere !== 'aus') {
    findings.push(...inlineAbschaltung(extracted.directives, used).map(reportAs));
  }

  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  return { file, findings, stats: { ...textStats(sentences, context.syllables), ...flagged(sentences, reported) } };
}

/** How many sentences have at least one finding, and at least one error (by source offset). */
function flagged(sentences: readonly Sentence[], reported: readonly { offset: number; error: boolean }[]) {
  let flaggedSentences = 0;
  let sentencesWithErrors = 0;
  for (const sentence of sentences) {
    const from = sentence.block.offsets[sentence.start] ?? 0;
    const to = sentence.block.offsets[Math.max(sentence.start, sentence.end - 1)] ?? from;
    const inside = reported.filter((r) => r.offset >= from && r.offset <= to);
    if (inside.length > 0) flaggedSentences++;
    if (inside.some((r) => r.error)) sentencesWithErrors++;
  }
  return { flaggedSentences, sentencesWithErrors };
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
