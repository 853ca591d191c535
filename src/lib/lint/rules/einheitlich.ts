/**
 * einheitlich: one word for one thing. The config lists each term in the one spelling the site uses
 * (Werk·statt·rat, Peer·beratung, Zertifikat …); the same word written another way (Werkstatt·rat,
 * Peer-Beratung, Werkstattrat) is flagged, with the listed spelling as the suggestion.
 */
import { normalizeWord } from '../text.ts';
import { at, quote, replaceWord, type RawFinding, type Rule } from './shared.ts';

/** The same spelling, but for a capital first letter at the start of a sentence ("Barriere·frei" for "barriere·frei"). */
const sameSpelling = (written: string, term: string) => written === term || written.slice(1) === term.slice(1);

export const einheitlich: Rule = ({ sentences, config }) => {
  const terms = new Map(config.einheitlich.begriffe.map((term) => [normalizeWord(term), term]));
  const findings: RawFinding[] = [];
  for (const sentence of sentences) {
    for (const word of sentence.words) {
      const term = terms.get(normalizeWord(word.text));
      if (term === undefined || sameSpelling(word.text, term)) continue;
      findings.push({
        ruleId: 'einheitlich',
        severity: 'warning',
        offset: at(sentence.block, word.start),
        message: `${quote(word.text)} steht auf der Seite sonst als ${quote(term)}.`,
        words: word.text,
        suggestion: `Schreiben Sie ${quote(term)}: ein Wort für eine Sache.`,
        fix: replaceWord(sentence.block, word, term),
      });
    }
  }
  return findings;
};
