/** genitiv: no genitive where "von" fits, and no hard prepositions that take it. */
import { quote, wordList } from './shared.ts';

const GENITIVE_ADVICE: Record<string, string> = {
  des: 'Schreiben Sie „von dem“, zum Beispiel: „der Rat von der Werk·statt“.',
  eines: 'Schreiben Sie „von einem“ oder „von einer“.',
  wegen: 'Schreiben Sie 2 Sätze mit „Deshalb“ oder „weil“.',
  trotz: 'Schreiben Sie 2 Sätze mit „Aber“.',
  während: 'Schreiben Sie „in der Zeit von“ oder „bei“.',
};

export const genitiv = wordList(
  'genitiv',
  (config) => config.genitiv.woerter,
  (word) => ({
    message: `${quote(word)} ist ein Genitiv oder ein schweres Verhältnis·wort.`,
    suggestion: GENITIVE_ADVICE[word.toLowerCase()] ?? 'Schreiben Sie es mit „von“.',
  }),
);
