/**
 * The text model of the linter: a file becomes a list of blocks (a paragraph, a heading, a list
 * item, a front-matter field, an alt text, a UI string). Each block keeps, for every character of
 * its visible text, the offset in the source file, so a finding can name line and column.
 */

/** What a block is; blocks end sentences, and only some count for the section length. */
export type BlockKind = 'paragraph' | 'heading' | 'listItem' | 'tableCell' | 'alt' | 'field' | 'ui' | 'line';

/** A range of a block's text, as [start, end) indices. */
export type Range = readonly [number, number];

export interface Block {
  kind: BlockKind;
  /** The visible text. A "\n" is a line break the reader sees. */
  text: string;
  /** For each index of `text` (and one past the end): the offset in the source file. */
  offsets: number[];
  /** Ranges shown in bold (MDX `**…**`). */
  strong: Range[];
  /** Ranges marked as a dictionary word with <Wort id="…">, with the id. */
  words: { range: Range; id: string }[];
  /** The field or UI key the text comes from, e.g. "selbstcheck[Nr. 1].frage". */
  field?: string;
  /** Index of the heading section this block belongs to (text files with headings). */
  section?: number;
}

/** Builds block text piece by piece, keeping the source offset of every character. */
export class BlockBuilder {
  text = '';
  offsets: number[] = [];
  strong: [number, number][] = [];
  words: { range: [number, number]; id: string }[] = [];

  /** Appends `value`, whose characters come from `source` starting at `sourceStart`. */
  appendAligned(value: string, source: string, sourceStart: number, sourceEnd: number): void {
    const map = align(value, source, sourceStart, sourceEnd);
    this.text += value;
    this.offsets.push(...map);
  }

  /** Appends text whose characters all point at one source offset (e.g. a soft break). */
  appendAt(value: string, offset: number): void {
    this.text += value;
    for (let i = 0; i < value.length; i++) this.offsets.push(offset);
  }

  get length(): number {
    return this.text.length;
  }

  build(kind: BlockKind, end: number, extra: Partial<Block> = {}): Block {
    return {
      kind,
      text: this.text,
      offsets: [...this.offsets, end],
      strong: this.strong,
      words: this.words,
      ...extra,
    };
  }
}

/**
 * Maps each character of a parsed value to its place in the source, where parsing has removed
 * quotes, escapes, indentation or folded line breaks: characters are matched in order, skipping
 * what the source has in addition. Whitespace in the value that the source lacks points at the
 * next matched character.
 */
export function align(value: string, source: string, start: number, end: number): number[] {
  const map = new Array<number>(value.length);
  let at = start;
  for (let i = 0; i < value.length; i++) {
    const char = value[i] ?? '';
    if (/\s/.test(char)) {
      // A space or line break: the source has whitespace here, or an escape such as "\n".
      map[i] = Math.min(at, end);
      if (at < end && /\s/.test(source[at] ?? '')) at++;
      continue;
    }
    const found = source.indexOf(char, at);
    if (found === -1 || found >= end) {
      map[i] = Math.min(at, end);
      continue;
    }
    map[i] = found;
    at = found + 1;
  }
  return map;
}

/** Line and column (both from 1) of source offsets. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(source: string) {
    for (let i = 0; i < source.length; i++) if (source[i] === '\n') this.starts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }

  lineStart(line: number): number {
    return this.starts[line - 1] ?? 0;
  }
}

// ---------------------------------------------------------------------------
// Words

export const MIDDLE_DOT = '\u00B7';

export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * A word: letters and digits, joined by the middle dot, hyphens, apostrophes or a dot followed by
 * a letter or digit ("e.V", "14.06.2022"); a soft hyphen stays inside the word.
 */
const WORD = /[\p{L}\p{N}\u00AD]+(?:(?:[·\-‐'’]|\.(?=[\p{L}\p{N}]))[\p{L}\p{N}\u00AD]+)*/gu;

export function words(text: string, from = 0, to = text.length): Token[] {
  const slice = text.slice(from, to);
  return [...slice.matchAll(WORD)].map((m) => ({
    text: m[0],
    start: from + m.index,
    end: from + m.index + m[0].length,
  }));
}

/** The word in a form for comparing: no middle dot, no soft hyphen, no hyphen, small letters. */
export function normalizeWord(word: string): string {
  return word.replace(/[·\u00AD\-‐]/g, '').toLowerCase();
}

/** Letters only (for counting the length of a word). */
export function letterCount(word: string): number {
  return (word.match(/\p{L}/gu) ?? []).length;
}

export const isCapitalized = (word: string) => /^\p{Lu}/u.test(word);
