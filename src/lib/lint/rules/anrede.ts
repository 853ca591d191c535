/** anrede: the texts always address readers the same way, with Sie. */
import { quote, wordList } from './shared.ts';

const ADDRESS: Record<string, string> = {
  du: 'Sie',
  dich: 'Sie',
  dir: 'Ihnen',
  dein: 'Ihr',
  deine: 'Ihre',
  deinen: 'Ihren',
  deinem: 'Ihrem',
  deiner: 'Ihrer',
  deines: 'Ihres',
};

export const anrede = wordList(
  'anrede',
  (config) => config.anrede['du-formen'],
  (word) => {
    const replacement = ADDRESS[word.toLowerCase()] ?? 'Sie';
    return {
      message: `${quote(word)}: Die Texte sprechen die Leser mit Sie an.`,
      suggestion: `Schreiben Sie ${quote(replacement)}.`,
      replacement,
    };
  },
);
