/**
 * Syllables from German hyphenation patterns (the `hyphen` package: Liang's algorithm with the TeX
 * patterns for German, 1996 spelling), counted for the readability scores only.
 *
 * Hyphenation points are syllable breaks, not the joints of a compound word ("Kom-pe-tenz-nach-weis"),
 * so they never decide where the middle dot goes: that is the compound splitter's job (words.ts).
 */
import german from 'hyphen/de/index.js';

const MARK = '\u2027';

export class Syllables {
  private readonly cache = new Map<string, string[]>();

  /** The syllables of one word (middle dots and hyphens are removed first). */
  syllablesOf(word: string): string[] {
    const plain = word.replace(/[·\u00AD\-‐]/g, '');
    let found = this.cache.get(plain);
    if (!found) {
      found = german.hyphenateSync(plain, { hyphenChar: MARK, minWordLength: 4 }).split(MARK);
      this.cache.set(plain, found);
    }
    return found;
  }

  /** The number of syllables of a word; a number or a short word counts as 1. */
  count(word: string): number {
    if (!/\p{L}/u.test(word)) return 1;
    return word
      .split(/[·\-‐]/)
      .filter((part) => part.length > 0)
      .reduce((sum, part) => sum + this.syllablesOf(part).length, 0);
  }
}
