/** konjunktiv: no subjunctive; the suggestion names the plain form. */
import { quote, wordList } from './shared.ts';

const INDICATIVE: Record<string, string> = {
  würde: 'wird',
  würden: 'werden',
  hätte: 'hat',
  hätten: 'haben',
  könnte: 'kann',
  könnten: 'können',
  sollte: 'soll',
  sollten: 'sollen',
  müsste: 'muss',
  müssten: 'müssen',
  wäre: 'ist',
  wären: 'sind',
};

export const konjunktiv = wordList(
  'konjunktiv',
  (config) => config.konjunktiv.woerter,
  (word) => {
    const plain = INDICATIVE[word.toLowerCase()];
    return {
      message: `${quote(word)} ist Konjunktiv.`,
      suggestion: plain ? `Schreiben Sie es direkt, zum Beispiel mit ${quote(plain)}.` : 'Schreiben Sie es direkt.',
    };
  },
);
