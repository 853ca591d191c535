/**
 * langes-wort: a compound word is split between its words with the middle dot (Werk·statt·rat).
 * Which words are compounds, and where they split, comes from the German lexicon (../words.ts).
 * A compound of 13 letters or more without a split is an error, a shorter one a warning. A long word
 * that is no compound (Zertifikat, Behinderung) is never split: it gets a hint to explain it or to use
 * a simpler word, once per file. A piece of a split word is checked too, from 13 letters on
 * ("Berufs·bildungsbereich"). Limits in the config.
 */
import { letterCount, normalizeWord, type Range } from '../text.ts';
import { at, coveredBy, isInside, quote, replaceWord, type RawFinding, type Rule } from './shared.ts';

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase('de') + s.slice(1);
const uncapitalizeFirst = (parts: string[]) => parts.map((p, i) => (i === 0 ? p.charAt(0).toLocaleLowerCase('de') + p.slice(1) : p));

/** Words the lexicon never splits: shorter than this. */
const SHORTEST_COMPOUND = 6;

export const langesWort: Rule = ({ extracted, sentences, config, glossary, words }) => {
  const options = config['langes-wort'];
  const allowed = [...options.erlaubt, ...config.abkuerzung['erlaubte-namen-in-grossbuchstaben'], ...config.abkuerzung['erlaubte-namen']];
  const explained = new Set(glossary.entries.flatMap((entry) => entry.forms.filter((form) => form.length === 1).map((form) => form[0])));
  const hinted = new Set<string>();
  const findings: RawFinding[] = [];
  const covered = new Map<number, Range[]>();
  for (const sentence of sentences) {
    const block = sentence.block;
    const blockIndex = extracted.blocks.indexOf(block);
    let ranges = covered.get(blockIndex);
    if (!ranges) covered.set(blockIndex, (ranges = coveredBy(block.text, allowed)));
    for (const word of sentence.words) {
      if (/[\p{N}.]/u.test(word.text)) continue;
      // Abbreviations and names in capitals are the rule "abkuerzung"'s business.
      if ((word.text.match(/\p{Lu}/gu) ?? []).length >= 2) continue;
      if (ranges.some((range) => isInside(range, word.start))) continue;
      // Each piece between dots and hyphens is a word of its own: "Berufs·bildungsbereich" checks "bildungsbereich".
      let offset = word.start;
      for (const piece of word.text.split(/([·\-‐])/)) {
        const start = offset;
        offset += piece.length;
        if (/^[·\-‐]$/.test(piece) || piece.length < SHORTEST_COMPOUND) continue;
        const inSplitWord = piece !== word.text;
        const letters = letterCount(piece);
        // A piece after a dot is written small but belongs to a noun when the word is one: split it as such.
        const asNoun = inSplitWord && /^\p{Lu}/u.test(word.text) && /^\p{Ll}/u.test(piece);
        const parts = asNoun ? uncapitalizeFirst(words.split(capitalize(piece))) : words.split(piece);
        if (parts.length > 1 && (!inSplitWord || letters >= options['fehler-ab-buchstaben'])) {
          const severity = letters >= options['fehler-ab-buchstaben'] && !inSplitWord ? 'error' : 'warning';
          const split = inSplitWord ? word.text.replace(piece, parts.join('·')) : parts.join('·');
          findings.push({
            ruleId: 'langes-wort',
            severity,
            offset: at(block, start),
            message: inSplitWord
              ? `${quote(piece)} in ${quote(word.text)} ist selbst aus ${parts.length} Wörtern zusammengesetzt.`
              : `${quote(piece)} ist aus ${parts.length} Wörtern zusammengesetzt und nicht getrennt.`,
            words: word.text,
            suggestion: `Trennen Sie zwischen den Wörtern: ${split}`,
            fix: replaceWord(block, word, split),
          });
        } else if (!inSplitWord && letters >= options['hinweis-ab-buchstaben']) {
          const key = normalizeWord(piece);
          if (hinted.has(key) || explained.has(key)) continue;
          hinted.add(key);
          findings.push({
            ruleId: 'langes-wort',
            severity: 'warning',
            offset: at(block, start),
            message: `${quote(piece)} ist ein langes Wort, aber kein zusammengesetztes: Es bekommt keinen Mediopunkt.`,
            words: word.text,
            suggestion: 'Erklären Sie das Wort im Wörter·buch, oder nehmen Sie ein einfacheres Wort.',
          });
        }
      }
    }
  }
  return findings;
};
