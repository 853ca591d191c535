/**
 * falsche-trennung: a middle dot goes between the words of a compound, and only there. A piece between
 * two dots that is no word ("Zerti·fikat", "Möglich·keiten", "Be·schäftigung") is an error: in the default
 * display the reader sees "Zerti-Fikat". The lexicon (../words.ts) decides what is a word.
 */
import { at, quote, replaceWord, type RawFinding, type Rule } from './shared.ts';

export const falscheTrennung: Rule = ({ sentences, words }) => {
  const findings: RawFinding[] = [];
  for (const sentence of sentences) {
    for (const word of sentence.words) {
      if (!word.text.includes('·')) continue;
      const { ok, badParts } = words.checkSplit(word.text);
      if (ok) continue;
      const joined = word.text.replaceAll('·', '');
      const parts = words.split(joined);
      findings.push({
        ruleId: 'falsche-trennung',
        severity: 'error',
        offset: at(sentence.block, word.start),
        message: `${quote(word.text)} ist an der falschen Stelle getrennt: ${badParts.map(quote).join(' und ')} ${badParts.length === 1 ? 'ist kein Wort' : 'sind keine Wörter'}.`,
        words: word.text,
        suggestion:
          parts.length > 1
            ? `Trennen Sie nur zwischen den Wörtern: ${parts.join('·')}`
            : `Schreiben Sie das Wort ohne Mediopunkt: ${joined}. Erklären Sie es, oder nehmen Sie ein einfacheres Wort.`,
        fix: replaceWord(sentence.block, word, parts.length > 1 ? parts.join('·') : joined),
      });
    }
  }
  return findings;
};
