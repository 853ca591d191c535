/** ein-satz-pro-zeile: every sentence starts on a line of its own. */
import { at, excerpt, quote, type RawFinding, type Rule } from './shared.ts';

export const einSatzProZeile: Rule = ({ sentences }) => {
  const findings: RawFinding[] = [];
  for (let i = 1; i < sentences.length; i++) {
    const previous = sentences[i - 1];
    const sentence = sentences[i];
    if (!previous || !sentence || previous.block !== sentence.block) continue;
    if (sentence.block.text.slice(previous.end, sentence.start).includes('\n')) continue;
    const kind = sentence.block.kind;
    findings.push({
      ruleId: 'ein-satz-pro-zeile',
      severity: 'error',
      offset: at(sentence.block, sentence.start),
      message: 'Hier fängt ein 2. Satz in derselben Zeile an.',
      words: excerpt(sentence, 4),
      suggestion:
        kind === 'field'
          ? `Schreiben Sie jeden Satz in eine eigene Zeile (im Feld mit „|-“), auch ${quote(excerpt(sentence, 4))}.`
          : kind === 'ui'
            ? `Trennen Sie die Sätze mit \\n: ${quote(`…\\n${excerpt(sentence, 3)}`)}.`
            : `Beginnen Sie eine neue Zeile vor ${quote(excerpt(sentence, 4))}.`,
    });
  }
  return findings;
};
