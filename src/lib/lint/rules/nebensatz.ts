/** nebensatz: no subordinate clauses; a comma before a conjunction or a relative pronoun gives a warning. */
import { isCapitalized, type Token } from '../text.ts';
import { at, excerpt, lowerSet, quote, type RawFinding, type Rule } from './shared.ts';

const PREPOSITIONS = new Set([
  'mit',
  'in',
  'an',
  'auf',
  'für',
  'von',
  'bei',
  'zu',
  'aus',
  'nach',
  'über',
  'unter',
  'durch',
  'um',
  'gegen',
  'ohne',
  'vor',
]);
const POLITE = new Set(['Sie', 'Ihr', 'Ihre', 'Ihnen', 'Ihren', 'Ihrem', 'Ihrer', 'Ich', 'Er', 'Es', 'Wir']);

export const nebensatz: Rule = ({ sentences, config }) => {
  const options = config.nebensatz;
  const conjunctions = lowerSet(options.bindewoerter);
  const relatives = lowerSet(options.relativpronomen);
  const findings: RawFinding[] = [];
  for (const sentence of sentences) {
    const text = sentence.block.text;
    for (const comma of text.slice(sentence.start, sentence.end).matchAll(/,/g)) {
      const index = sentence.start + comma.index;
      const following = sentence.words.filter((w) => w.start > index).slice(0, 3);
      const [first, second, third] = following;
      if (!first) continue;
      const lower = first.text.toLowerCase();
      // A relative pronoun is followed by a verb, a pronoun or a small word; an article by a noun (", die Liga").
      const looksRelative = (next: Token | undefined) => next === undefined || !isCapitalized(next.text) || POLITE.has(next.text);
      let hit: Token[] | undefined;
      if (conjunctions.has(lower)) hit = [first];
      else if (relatives.has(lower) && (lower === 'was' || lower === 'wo' || looksRelative(second))) hit = [first];
      else if (PREPOSITIONS.has(lower) && second && relatives.has(second.text.toLowerCase()) && looksRelative(third)) {
        hit = [first, second];
      }
      if (!hit) continue;
      findings.push({
        ruleId: 'nebensatz',
        severity: 'warning',
        offset: at(sentence.block, index),
        message: `Nach dem Komma fängt mit ${quote(hit.map((w) => w.text).join(' '))} ein Neben·satz an.`,
        words: excerpt(sentence),
        suggestion: 'Machen Sie aus dem Neben·satz einen eigenen Satz. Zum Beispiel: „Das ist wichtig. Denn …“',
      });
    }
  }
  return findings;
};
