/**
 * Long words in easy-read are split with the middle dot (Werk·statt·rat). Authors write the dot;
 * the reader chooses how the split shows: hyphen (Werk-Statt-Rat, as the Netzwerk Leichte Sprache
 * writes it, the default), middle dot, or none (Werkstattrat). Each split word is rendered once, as
 * its parts (wordParts); CSS puts the chosen sign before each later part and capitalises the parts
 * of a noun in the hyphen form, so the choice applies before the first paint and the word is in the
 * HTML once (search snippets and copied text show it whole: Werkstattrat).
 * Search needs a form it can split: Pagefind drops the middle dot and splits compounds only at
 * ASCII hyphens, so the hyphenated form goes into an attribute that Pagefind indexes.
 */

export const MIDDLE_DOT = '\u00B7';

/** A word with at least one middle dot between letters, optionally joined by hyphens: Werk·statt·rat, Talent-PASS·Netz·werk. */
const SPLIT_WORD = /[\p{L}\p{N}]+(?:[·-][\p{L}\p{N}]+)*·[\p{L}\p{N}]+(?:[·-][\p{L}\p{N}]+)*/gu;

export interface TextPiece {
  text: string;
  /** Present for split words: the form with hyphens that search indexes. */
  searchForm?: string;
}

/** "Werk·statt·rat" → "Werk-statt-rat". */
export function searchFormOf(word: string): string {
  return word.replaceAll(MIDDLE_DOT, '-');
}

/** "Werk·statt·rat" → "Werkstattrat": the whole word, as a reader may type it. */
export function joinedFormOf(word: string): string {
  return word.replaceAll(MIDDLE_DOT, '');
}

/** Cuts a text into plain pieces and split words, in order; joining all `text` gives the input back. */
export function splitText(input: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of input.matchAll(SPLIT_WORD)) {
    const start = match.index;
    if (start > last) pieces.push({ text: input.slice(last, start) });
    pieces.push({ text: match[0], searchForm: searchFormOf(match[0]) });
    last = start + match[0].length;
  }
  if (last < input.length) pieces.push({ text: input.slice(last) });
  return pieces;
}

/** The reader's choice of how split words show; the first is the default. */
export const SEPARATORS = ['bindestrich', 'punkt', 'ohne'] as const;
export type Separator = (typeof SEPARATORS)[number];

/** One part of a split word as the page renders it. */
export interface WordPart {
  text: string;
  /** A later part of a noun: the hyphen form writes it with a capital letter (Werk-Statt-Rat). */
  capital: boolean;
}

/**
 * "Werk·statt·rat" → Werk, statt (capital), rat (capital). The parts are where the author put the middle
 * dots; the easy-read linter makes sure each one is a word, so a capital never lands on a suffix.
 * Only a noun's parts get capitals; other words keep their case ("barriere-frei").
 */
export function wordParts(word: string): WordPart[] {
  const parts = word.split(MIDDLE_DOT);
  const first = parts[0] ?? '';
  const isNoun = first.charAt(0) !== first.charAt(0).toLocaleLowerCase('de');
  return parts.map((text, i) => ({ text, capital: i > 0 && isNoun }));
}
