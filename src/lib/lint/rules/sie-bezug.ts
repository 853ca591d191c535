/**
 * sie-bezug: on this site "Sie" means the reader. A sentence that starts with "Sie" right after a
 * sentence about a group ("Viele Beschäftigte lernen gern. Sie haben viel gelernt.") most likely means
 * that group: name it instead ("Diese Beschäftigten …"). A "Sie" with a verb in the singular
 * ("Sie hat", "Sie berät") means one person or thing, never the reader, whose verb is plural
 * ("Sie haben"). A warning, for a person to judge.
 */
import { at, quote, type RawFinding, type Rule } from './shared.ts';

/** Words that start a group of several: with them the next "Sie" likely means the group. */
const PLURAL_DETERMINERS = new Set(['viele', 'alle', 'manche', 'andere', 'einige', 'mehrere', 'beide']);
/** "Die" and "Diese" start a plural only when a plural verb follows the noun. */
const AMBIGUOUS_DETERMINERS = new Set(['die', 'diese']);
/** Verb forms of the third person singular: after "Sie" they never mean the reader. */
const SINGULAR_VERB = /^(?:hat|ist|kann|muss|darf|will|soll|wird|weiß|mag|\p{Ll}{2,}t)$/u;
/** Words after "Sie" that end like a singular verb but are none ("Sie selbst", "Sie jetzt"). */
const NOT_VERBS = new Set([
  'selbst',
  'jetzt',
  'nicht',
  'erst',
  'zuerst',
  'zuletzt',
  'gut',
  'oft',
  'leicht',
  'recht',
  'meist',
  'bereit',
  'sonst',
  'fast',
  'bitte',
  'morgen',
  'heute',
]);
const PLURAL_VERB = /^(?:sind|haben|werden|können|müssen|dürfen|wollen|sollen|\p{Ll}+en)$/u;

export const sieBezug: Rule = ({ sentences }) => {
  const findings: RawFinding[] = [];
  for (const [index, sentence] of sentences.entries()) {
    const previous = sentences[index - 1];
    const first = sentence.words[0];
    if (first?.text !== 'Sie') continue;
    const next = sentence.words[1]?.text;
    if (next !== undefined && SINGULAR_VERB.test(next) && !NOT_VERBS.has(next)) {
      findings.push({
        ruleId: 'sie-bezug',
        severity: 'warning',
        offset: at(sentence.block, first.start),
        message: `${quote(`Sie ${next}`)} meint eine andere Person oder eine Sache, nicht die Leserin oder den Leser.`,
        words: first.text,
        suggestion: 'Nennen Sie die Person oder die Sache noch einmal.',
      });
      continue;
    }
    if (!previous || previous.block !== sentence.block) continue;
    const [determiner, noun, verb] = previous.words.map((w) => w.text);
    if (!determiner || !noun || !/^\p{Lu}/u.test(noun)) continue;
    const lower = determiner.toLocaleLowerCase('de');
    const group = PLURAL_DETERMINERS.has(lower) || (AMBIGUOUS_DETERMINERS.has(lower) && verb !== undefined && PLURAL_VERB.test(verb));
    if (!group) continue;
    findings.push({
      ruleId: 'sie-bezug',
      severity: 'warning',
      offset: at(sentence.block, first.start),
      message: `Meint ${quote('Sie')} hier ${quote(`${determiner} ${noun}`)}? Auf dieser Seite meint ${quote('Sie')} immer die Leserin oder den Leser.`,
      words: first.text,
      suggestion: `Nennen Sie die Gruppe: ${quote(`Diese ${noun} …`)}`,
    });
  }
  return findings;
};
