/**
 * Long words in easy-read are split with the middle dot (Werk·statt·rat). Authors write the dot;
 * the reader chooses how the split shows: hyphen (Werk-Statt-Rat, as the Netzwerk Leichte Sprache
 * writes it, the default), middle dot, or none (Werkstattrat). Each split word is rendered in all
 * three forms and CSS shows the chosen one, so the choice applies before the first paint.
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

/**
 * "Werk·statt·rat" → "Werk-Statt-Rat": a noun's parts start with a capital letter, as the
 * Netzwerk Leichte Sprache writes them; other words keep their case ("barriere-frei").
 */
export function hyphenFormOf(word: string): string {
  const parts = word.split(MIDDLE_DOT);
  const first = parts[0] ?? '';
  const isNoun = first.charAt(0) !== first.charAt(0).toLocaleLowerCase('de');
  return parts
    .map((part, i) => (i > 0 && isNoun ? part.charAt(0).toLocaleUpperCase('de') + part.slice(1) : part))
    .join('-');
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

export interface WordForm {
  separator: Separator;
  text: string;
}

/** The three forms of a split word, in the order of SEPARATORS. */
export function wordForms(word: string): WordForm[] {
  return [
    { separator: 'bindestrich', text: hyphenFormOf(word) },
    { separator: 'punkt', text: word },
    { separator: 'ohne', text: joinedFormOf(word) },
  ];
}
