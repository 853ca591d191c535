/** verneinung: write positively; a word for "no" that must stay is written in bold (**nicht**). */
import { quote, wordList } from './shared.ts';

export const verneinung = wordList(
  'verneinung',
  (config) => config.verneinung.woerter,
  (word, block) => ({
    message: `${quote(word)} ist eine Verneinung.`,
    suggestion:
      block.kind === 'paragraph' || block.kind === 'listItem' || block.kind === 'tableCell'
        ? `Sagen Sie es positiv. Wenn ${quote(word)} bleiben muss: schreiben Sie es fett (**${word}**).`
        : 'Sagen Sie es positiv.',
  }),
);
