/**
 * sie-bezug: on this site "Sie" means the reader. A sentence that starts with "Sie" right after a
 * sentence about a group ("Viele Beschäftigte lernen gern. Sie haben viel gelernt.") most likely means
 * that group: name it instead ("Diese Beschäftigten …"). A warning, for a person to judge.
 */
import { at, quote, type RawFinding, type Rule } from './shared.ts';

/** Words that start a group of several: with them the next "Sie" likely means the group. */
const PLURAL_DETERMINERS = new Set(['viele', 'alle', 'manche', 'andere', 'einige', 'mehrere', 'beide']);
/** "Die" and "Diese" start a plural only when a plural verb follows the noun. */
const AMBIGUOUS_DETERMINERS = new Set(['die', 'diese']);
const PLURAL_VERB = /^(?:sind|haben|werden|können|müssen|dürfen|wollen|sollen|\p{Ll}+en)$/u;

export const sieBezug: Rule = ({ sentences }) => {
  const findings: RawFinding[] = [];
  for (const [index, sentence] of sentences.entries()) {
    const previous = sentences[index - 1];
    const first = sentence.words[0];
    if (!previous || previous.block !== sentence.block || first?.text !== 'Sie') continue;
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
