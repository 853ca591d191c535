/**
 * A page's difficulty at a glance, as a trend and not a gate (LEICHTE-SPRACHE.md):
 * - Flesch reading ease in Amstad's German form: 180 − ASL − 58.5 × ASW
 *   (ASL words per sentence, ASW syllables per word). Easy-read text scores about 70 or more.
 * - The first Wiener Sachtextformel (Bamberger & Vanecek):
 *   0.1935 × MS + 0.1672 × SL + 0.1297 × IW − 0.0327 × ES − 0.875
 *   (MS % words of 3 or more syllables, SL words per sentence, IW % words of more than 6 letters,
 *   ES % words of 1 syllable). Easy-read text scores about 6 or less.
 * - LIX: SL + IW. Easy-read text scores about 48 or less.
 * Words are counted without middle dots: a split word is still one word to read.
 */
import type { Sentence } from './sentences.ts';
import type { Syllables } from './syllables.ts';
import { letterCount } from './text.ts';

export interface TextStats {
  sentences: number;
  words: number;
  /** Words per sentence. */
  averageSentenceLength: number;
  longestSentence: number;
  /** Share (0 to 1) of words with more than 3 syllables. */
  longWordShare: number;
  fleschAmstad: number;
  wienerSachtextformel: number;
  lix: number;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

export function textStats(sentences: readonly Sentence[], syllables: Syllables): TextStats {
  let wordCount = 0;
  let syllableCount = 0;
  let longest = 0;
  let threeOrMore = 0;
  let moreThanThree = 0;
  let oneSyllable = 0;
  let sixPlusLetters = 0;
  let counted = 0;
  for (const sentence of sentences) {
    const list = sentence.words.filter((w) => /\p{L}/u.test(w.text));
    if (list.length === 0) continue;
    counted++;
    longest = Math.max(longest, list.length);
    for (const word of list) {
      const n = syllables.count(word.text);
      wordCount++;
      syllableCount += n;
      if (n >= 3) threeOrMore++;
      if (n > 3) moreThanThree++;
      if (n === 1) oneSyllable++;
      if (letterCount(word.text) > 6) sixPlusLetters++;
    }
  }
  if (wordCount === 0) {
    return {
      sentences: 0,
      words: 0,
      averageSentenceLength: 0,
      longestSentence: 0,
      longWordShare: 0,
      fleschAmstad: 0,
      wienerSachtextformel: 0,
      lix: 0,
    };
  }
  const asl = wordCount / counted;
  const asw = syllableCount / wordCount;
  const percent = (n: number) => (100 * n) / wordCount;
  return {
    sentences: counted,
    words: wordCount,
    averageSentenceLength: round(asl),
    longestSentence: longest,
    longWordShare: round(moreThanThree / wordCount, 3),
    fleschAmstad: round(180 - asl - 58.5 * asw),
    wienerSachtextformel: round(
      0.1935 * percent(threeOrMore) + 0.1672 * asl + 0.1297 * percent(sixPlusLetters) - 0.0327 * percent(oneSyllable) - 0.875,
    ),
    lix: round(asl + percent(sixPlusLetters)),
  };
}
