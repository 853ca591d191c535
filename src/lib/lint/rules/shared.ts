/**
 * What every rule shares: the shape of a rule and of its findings, and the helpers several rules use.
 * A rule reads the sentences and blocks of one file and returns raw findings with a severity:
 * "error" for the rule table's error column, "warning" for its warning column. The rule's `schwere`
 * in the config then decides what is reported (see lint.ts). Messages and suggestions are German:
 * editors read them.
 */
import type { LintConfig, RuleId } from '../config.ts';
import type { Sentence } from '../sentences.ts';
import type { Extracted } from '../extracted.ts';
import type { Block, Range, Token } from '../text.ts';
import type { WordKnowledge } from '../words.ts';

export type Severity = 'error' | 'warning';

export interface RawFinding {
  ruleId: RuleId;
  severity: Severity;
  /** Offset in the source file. */
  offset: number;
  message: string;
  /** The words concerned, as written. */
  words: string;
  suggestion?: string;
  /** The suggestion as an edit of the source, where it is one ("Text prüfen" takes it with one click). */
  fix?: Fix;
}

/** Replace `length` characters of the source at `offset` with `text`. */
export interface Fix {
  offset: number;
  length: number;
  text: string;
}

/** The fix that writes `text` in place of a word of a block. */
export const replaceWord = (block: Block, word: Token, text: string): Fix => ({
  offset: at(block, word.start),
  length: at(block, word.end - 1) + 1 - at(block, word.start),
  text,
});

/** The dictionary: ids, and each entry's forms as normalized word sequences. */
export interface Glossary {
  ids: Set<string>;
  entries: { id: string; wort: string; forms: string[][] }[];
}

export interface RuleContext {
  extracted: Extracted;
  sentences: Sentence[];
  config: LintConfig['regeln'];
  glossary: Glossary;
  words: WordKnowledge;
}

export type Rule = (ctx: RuleContext) => RawFinding[];

/** The source offset of a block's character `index` (the last one for an index past the end). */
export const at = (block: Block, index: number) => block.offsets[Math.min(index, block.offsets.length - 1)] ?? 0;

/** The first words of a sentence, for messages: „Das Projekt wird vom …“. */
export function excerpt(sentence: Sentence, count = 6): string {
  const first = sentence.words.slice(0, count);
  const last = first.at(-1);
  if (!last) return sentence.text;
  const text = sentence.block.text.slice(sentence.start, last.end).replace(/\s+/g, ' ');
  return sentence.words.length > count ? `${text} …` : sentence.text.replace(/\s+/g, ' ');
}

export const quote = (text: string) => `„${text}“`;

export function isInside(range: Range, index: number): boolean {
  return index >= range[0] && index < range[1];
}

/** Ranges of a block's text covered by any of the phrases (case-sensitive, whole words, optional plural "s"). */
export function coveredBy(text: string, phrases: readonly string[]): Range[] {
  const ranges: Range[] = [];
  for (const phrase of phrases) {
    const pattern = phrase
      .split(/\s+/)
      .map((part) => RegExp.escape(part).replaceAll('·', '·?'))
      .join('\\s+');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?:s|n|en)?(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

/** The sentence's words, each split further at hyphens and middle dots, with positions. */
export function parts(token: Token): Token[] {
  const result: Token[] = [];
  let start = token.start;
  for (const piece of token.text.split(/([·\-‐])/)) {
    if (piece !== '' && !/^[·\-‐]$/.test(piece)) result.push({ text: piece, start, end: start + piece.length });
    start += piece.length;
  }
  return result;
}

export const lowerSet = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));

const ROMAN = /^(?=[IVXLC])(?:X[LC]|L?X{0,3})(?:I[XV]|V?I{0,3})$/;

export function romanValue(roman: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = values[roman[i] ?? ''] ?? 0;
    const next = values[roman[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** Whether a word at `token` in `block` is a Roman numeral ("SGB IX", "Teil II", "I. Kapitel"). */
export function isRoman(block: Block, token: Token, previous: Token | undefined): boolean {
  if (!ROMAN.test(token.text)) return false;
  if (token.text.length >= 2) return true;
  const followedByDot = block.text[token.end] === '.';
  const afterCapitals = previous !== undefined && /^\p{Lu}{2,}$/u.test(previous.text);
  return followedByDot || afterCapitals;
}

/** A rule that warns for every word of a list, except where the word is bold. */
export function wordList(
  ruleId: RuleId,
  list: (config: RuleContext['config']) => readonly string[],
  describe: (word: string, block: Block) => { message: string; suggestion: string; replacement?: string } | undefined,
): Rule {
  return ({ sentences, config }) => {
    const wanted = lowerSet(list(config));
    const findings: RawFinding[] = [];
    for (const sentence of sentences) {
      for (const word of sentence.words) {
        if (!wanted.has(word.text.toLowerCase())) continue;
        if (sentence.block.strong.some((range) => isInside(range, word.start))) continue;
        const described = describe(word.text, sentence.block);
        if (!described) continue;
        const { replacement, ...text } = described;
        const fix = replacement === undefined ? {} : { fix: replaceWord(sentence.block, word, replacement) };
        findings.push({ ruleId, severity: 'warning', offset: at(sentence.block, word.start), words: word.text, ...text, ...fix });
      }
    }
    return findings;
  };
}
