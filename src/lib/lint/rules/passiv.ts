/** passiv: write actively; a form of werden with a past participle gives a warning. */
import { at, excerpt, lowerSet, quote, type RawFinding, type Rule } from './shared.ts';

const SEPARABLE =
  '(?:ab|an|auf|aus|bei|ein|fest|frei|her|hin|los|mit|nach|vor|weg|zu|zurück|zusammen|weiter|dar|um|über|unter|wieder|vorbei|durch)?';
const PARTICIPLE_WEAK = new RegExp(
  `^${SEPARABLE}(?:ge\\p{Ll}{2,}(?:t|en)|(?:be|ver|er|ent|zer|emp|miss)\\p{Ll}{2,}t|\\p{Ll}{3,}iert)$`,
  'u',
);
const PARTICIPLE_STRONG = new RegExp(`^${SEPARABLE}(?:be|ver|er|ent|zer|emp)\\p{Ll}{2,}en$`, 'u');
const NOT_PARTICIPLES = new Set([
  'gesamt',
  'bereit',
  'gelten',
  'gewinnen',
  'gehören',
  'genießen',
  'gelingen',
  'gestern',
  'geraten',
  'zuerst',
  'ebenfalls',
]);
const PAST_OR_THIRD = new Set(['wird', 'wurde', 'wurden', 'worden', 'wurdest', 'wurdet']);

export const passiv: Rule = ({ sentences, config }) => {
  const forms = lowerSet(config.passiv['formen-von-werden']);
  const findings: RawFinding[] = [];
  for (const sentence of sentences) {
    const auxiliaries = sentence.words.filter((w) => forms.has(w.text.toLowerCase()));
    if (auxiliaries.length === 0) continue;
    const strongAllowed = auxiliaries.some((w) => PAST_OR_THIRD.has(w.text.toLowerCase()));
    const participle = sentence.words.find((w) => {
      const text = w.text.replace(/[·\u00AD]/g, '');
      if (forms.has(text.toLowerCase()) || NOT_PARTICIPLES.has(text) || !/^\p{Ll}/u.test(text)) return false;
      return PARTICIPLE_WEAK.test(text) || (strongAllowed && PARTICIPLE_STRONG.test(text));
    });
    if (!participle) continue;
    const auxiliary = auxiliaries[0];
    if (!auxiliary) continue;
    findings.push({
      ruleId: 'passiv',
      severity: 'warning',
      offset: at(sentence.block, auxiliary.start),
      message: `${quote(`${auxiliary.text} … ${participle.text}`)} ist Passiv.`,
      words: excerpt(sentence),
      suggestion: 'Schreiben Sie aktiv: Sagen Sie, wer etwas tut. Zum Beispiel „Das BMAS bezahlt das Projekt.“',
    });
  }
  return findings;
};
