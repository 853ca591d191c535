/**
 * German sentence splitting for real text. A sentence ends at "!", "?" or "." followed by a space,
 * a line break or the end of the block, except where the dot belongs to:
 * - an abbreviation that never ends a sentence ("z. B.", "Nr. 3", "d. h.", "ca."),
 * - an ordinal number or a date ("14. Juni 2022", "3. Stock", "am 1. Januar"),
 * - an initial or a list numbering with a letter ("Teil B.", "I. Kompetenz·nachweis").
 * For the last two, and for abbreviations that may end a sentence ("usw.", "e. V."), the word that
 * follows decides: a small letter or a month continues the sentence; a word that typically starts a
 * sentence (an article, a pronoun, "Dann", "Dort" …) starts a new one.
 * A colon at the end of a line also ends a sentence: the next line is read on its own.
 * Blocks (headings, list items, fields) always end a sentence; the middle dot never does.
 */
import { words, type Block, type Token } from './text.ts';

export interface Sentence {
  block: Block;
  /** [start, end) in the block's text, without surrounding whitespace. */
  start: number;
  end: number;
  text: string;
  /** The words of the sentence, with positions in the block's text. */
  words: Token[];
}

/** Abbreviations (lower case, without their dots) after which a sentence never ends. */
const NEVER_END = new Set([
  'nr',
  'dr',
  'prof',
  'hr',
  'fr',
  'frl',
  'st',
  'str',
  'ca',
  'bzw',
  'vgl',
  'ggf',
  'evtl',
  'inkl',
  'exkl',
  'sog',
  'bspw',
  'abs',
  'tel',
  'mio',
  'mrd',
  'max',
  'min',
  'ggü',
  'zzgl',
  'gem',
  'lt',
  'ff',
  'zb',
  'dh',
  'idr',
  'uu',
  'insb',
  'bes',
  'allg',
  'od',
]);

/** Abbreviations that may end a sentence ("… usw. Dann …"); the next word decides. */
const MAY_END = new Set(['usw', 'etc', 'ev', 'ua', 'jh', 'usf']);

const MONTHS = new Set([
  'januar',
  'jänner',
  'februar',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
  'jan',
  'feb',
  'mär',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'okt',
  'nov',
  'dez',
]);

/** Words that typically start a German sentence: after an ambiguous dot they start a new one. */
const STARTERS = new Set([
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'einen',
  'einem',
  'einer',
  'eines',
  'ich',
  'du',
  'er',
  'sie',
  'es',
  'wir',
  'ihr',
  'man',
  'mein',
  'meine',
  'dein',
  'sein',
  'seine',
  'ihre',
  'unser',
  'unsere',
  'dies',
  'diese',
  'dieser',
  'dieses',
  'jede',
  'jeder',
  'jedes',
  'alle',
  'viele',
  'manche',
  'dann',
  'danach',
  'dort',
  'da',
  'hier',
  'so',
  'auch',
  'aber',
  'und',
  'oder',
  'doch',
  'zuerst',
  'zum',
  'zur',
  'am',
  'im',
  'in',
  'an',
  'auf',
  'aus',
  'bei',
  'mit',
  'nach',
  'von',
  'vor',
  'für',
  'über',
  'unter',
  'seit',
  'bis',
  'wenn',
  'weil',
  'dass',
  'ob',
  'wie',
  'was',
  'wer',
  'wo',
  'warum',
  'wann',
  'welche',
  'welcher',
  'heute',
  'jetzt',
  'später',
  'außerdem',
  'deshalb',
  'darum',
  'dafür',
  'dabei',
  'damit',
  'trotzdem',
  'zusätzlich',
  'ziel',
  'bitte',
  'fragen',
  'mehr',
  'nur',
  'noch',
  'schon',
  'wichtig',
  'gemeinsam',
  'insgesamt',
  'zusammen',
]);

const CLOSERS = '"”“»«’‘)]*_';

/** Where sentences end in a block's text: indices just after each sentence's last character. */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const match of text.matchAll(/[.!?…:]+/g)) {
    let end = match.index + match[0].length;
    while (end < text.length && CLOSERS.includes(text[end] ?? '')) end++;
    const after = text.slice(end);
    const gap = /^[^\S\n]*(\n?)\s*/.exec(after);
    const atEnd = end >= text.length || /^\s*$/.test(after);
    // A terminator glued to the next character ("14.06.", "1.März", "Werk.statt") ends nothing.
    if (!atEnd && !/^\s/.test(after)) continue;
    const newline = gap?.[1] === '\n';
    const marks = match[0];
    if (marks.includes(':')) {
      if (newline && !/[.!?]/.test(marks)) ends.push(end);
      if (!/[.!?]/.test(marks)) continue;
    }
    if (atEnd || /[!?]/.test(marks) || newline) {
      ends.push(end);
      continue;
    }
    if (dotEndsSentence(text, match.index, end + (gap?.[0].length ?? 0))) ends.push(end);
  }
  return ends;
}

/** A "." at `dot`, with the next word starting at `next`: does it end the sentence? */
function dotEndsSentence(text: string, dot: number, next: number): boolean {
  const before = /([\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*)$/u.exec(text.slice(0, dot))?.[1] ?? '';
  if (before === '') return true;
  const nextWord = /^[\p{L}\p{N}]+/u.exec(text.slice(next))?.[0] ?? '';
  const lower = before.toLowerCase().replaceAll('.', '');
  const nextIsSmall = /^\p{Ll}/u.test(nextWord);
  const nextIsDigit = /^\p{N}/u.test(nextWord);
  const nextIsMonth = MONTHS.has(nextWord.toLowerCase());
  /** Where the dot could be either: only a typical first word of a sentence starts a new one. */
  const startsNew = () => !(nextIsSmall || nextIsDigit || nextIsMonth) && STARTERS.has(nextWord.toLowerCase());

  if (/^\p{L}$/u.test(before)) {
    // "z. B.": the "B" belongs to the abbreviation; a small single letter is part of one ("d. h.", "u. a.").
    if (lower === 'b' && /\bz\.\s?$/i.test(text.slice(0, dot - 1))) return false;
    if (/\p{Ll}/u.test(before)) return false;
    // An initial, a list letter ("I. Kompetenz·nachweis"), "e. V.".
    return startsNew();
  }
  if (NEVER_END.has(lower)) return false;
  // A date written with dots ("31.12.2020") ends a sentence like a year.
  if (/^\p{N}+(?:\.\p{N}+)+$/u.test(before)) return !(nextIsSmall || nextIsDigit);
  if (MAY_END.has(lower) || before.includes('.')) return lower === 'usw' || lower === 'etc' ? !(nextIsSmall || nextIsDigit) : startsNew();
  // "§ 192ff. SGB IX": the following paragraphs.
  if (/^\p{N}+f{1,2}$/u.test(before)) return false;
  // A Roman list number ("II. Kompetenz·bausteine") works like an ordinal number.
  if (/^[IVX]+$/.test(before)) return startsNew();
  if (/^\p{N}+$/u.test(before)) {
    // Ordinal numbers and dates: "14. Juni 2022", "3. Stock", "am 1. Januar". A year may end a sentence.
    if (before.length > 2) return !(nextIsSmall || nextIsDigit);
    return startsNew();
  }
  return true;
}

/** Splits every block into sentences. Blocks always end a sentence. */
export function splitSentences(block: Block): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = block.text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const s = start + lead;
    const e = start + raw.trimEnd().length;
    const found = words(block.text, s, e);
    if (found.length > 0) sentences.push({ block, start: s, end: e, text: block.text.slice(s, e), words: found });
    start = end;
  };
  for (const end of sentenceEnds(block.text)) push(end);
  push(block.text.length);
  return sentences;
}

/** The sentences of a plain text, as strings (for tests and tools that need no positions). */
export function sentenceTexts(text: string): string[] {
  const block: Block = { kind: 'paragraph', text, offsets: [], strong: [], words: [] };
  return splitSentences(block).map((s) => s.text);
}
