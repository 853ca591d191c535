/**
 * langes-wort: long words are split with the middle dot (Werk·statt·rat). A word of 13 letters or more
 * without a split is an error, one of more than 3 syllables a warning (limits in the config).
 */
import { letterCount, type Block, type Range } from '../text.ts';
import { at, coveredBy, isInside, quote, type RawFinding, type Rule, type Severity } from './shared.ts';

export const langesWort: Rule = ({ sentences, config, syllables }) => {
  const options = config['langes-wort'];
  const allowed = [...options.erlaubt, ...config.abkuerzung['erlaubte-namen-in-grossbuchstaben'], ...config.abkuerzung['erlaubte-namen']];
  const findings: RawFinding[] = [];
  const coverCache = new Map<Block, Range[]>();
  for (const sentence of sentences) {
    const block = sentence.block;
    let covered = coverCache.get(block);
    if (!covered) coverCache.set(block, (covered = coveredBy(block.text, allowed)));
    for (const word of sentence.words) {
      if (/[\p{N}.·\-‐]/u.test(word.text)) continue;
      // Abbreviations and names in capitals are the rule "abkuerzung"'s business.
      if ((word.text.match(/\p{Lu}/gu) ?? []).length >= 2) continue;
      if (covered.some((range) => isInside(range, word.start))) continue;
      const letters = letterCount(word.text);
      const count = syllables.count(word.text);
      const severity: Severity | undefined =
        letters >= options['fehler-ab-buchstaben'] ? 'error' : count > options['warnung-bei-mehr-als-silben'] ? 'warning' : undefined;
      if (!severity) continue;
      findings.push({
        ruleId: 'langes-wort',
        severity,
        offset: at(block, word.start),
        message:
          severity === 'error'
            ? `${quote(word.text)} hat ${letters} Buchstaben und ist nicht getrennt.`
            : `${quote(word.text)} hat ${count} Silben und ist nicht getrennt.`,
        words: word.text,
        suggestion: `Trennen Sie das Wort mit dem Medio·punkt: ${syllables.suggestSplit(word.text)}`,
      });
    }
  }
  return findings;
};
