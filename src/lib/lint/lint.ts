/**
 * The easy-read linter's engine: splits the visible text of one read file into sentences, runs every
 * rule, applies each rule's `schwere` from the config and the inline switch-offs, and measures the text.
 * Pure TypeScript without Node, Astro or DOM: the command (tools/lint/) and the "Text prüfen" page
 * (src/components/text-check/) run this one engine.
 */
import type { LintConfig, RuleId } from './config.ts';
import { textStats, type TextStats } from './readability.ts';
import { RULES } from './rules/index.ts';
import { inlineAbschaltung } from './rules/inline-abschaltung.ts';
import type { Fix, Glossary, RawFinding, Severity } from './rules/shared.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import type { Extracted } from './extracted.ts';
import type { Syllables } from './syllables.ts';
import type { WordKnowledge } from './words.ts';
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
  /** The suggestion as an edit of the source (offsets in the source), where it is one. */
  fix?: Fix;
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

/** A dictionary entry as written: its id, its word and the word's other forms. */
export interface GlossaryEntry {
  id: string;
  wort?: unknown;
  formen?: unknown;
}

/** The dictionary as the rules read it: ids, and each entry's forms as word sequences, longest first. */
export function glossaryOf(entries: readonly GlossaryEntry[]): Glossary {
  const glossary: Glossary = { ids: new Set(), entries: [] };
  for (const { id, wort: written, formen } of entries) {
    glossary.ids.add(id);
    const wort = typeof written === 'string' ? written : id;
    const others = Array.isArray(formen) ? formen.filter((f): f is string => typeof f === 'string') : [];
    const forms = [wort, ...others].map((form) => words(form).map((w) => normalizeWord(w.text))).filter((f) => f.length > 0);
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
    ...(finding.fix === undefined ? {} : { fix: finding.fix }),
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
