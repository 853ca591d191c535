/**
 * Long words in easy-read are split with the middle dot (Werk·statt·rat). Authors write the dot;
 * search needs a form it can split: Pagefind drops the middle dot and splits compounds only at
 * ASCII hyphens. These helpers find such words and give the hyphenated form for the index.
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
