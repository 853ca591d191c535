/** satz-laenge: a sentence has at most 14 words; from 11 words on there is a warning (limits in the config). */
import { at, excerpt, quote, type RawFinding, type Rule, type Severity } from './shared.ts';

export const satzLaenge: Rule = ({ sentences, config }) => {
  const options = config['satz-laenge'];
  const findings: RawFinding[] = [];
  for (const sentence of sentences) {
    const count = sentence.words.length;
    const severity: Severity | undefined =
      count > options['fehler-bei-mehr-als'] ? 'error' : count > options['warnung-bei-mehr-als'] ? 'warning' : undefined;
    if (!severity) continue;
    const limit = severity === 'error' ? options['fehler-bei-mehr-als'] : options['warnung-bei-mehr-als'];
    // A place to split: a comma, "und", "oder", "aber" nearest the middle.
    const middle = sentence.words[Math.floor(count / 2)]?.start ?? sentence.start;
    const joints = [...sentence.text.matchAll(/,\s|\s(?:und|oder|aber|denn)\s/g)]
      .map((m) => sentence.start + m.index)
      .sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle));
    const joint = joints[0];
    const before = joint === undefined ? undefined : sentence.words.filter((w) => w.end <= joint).at(-1);
    const next = before && sentence.words.find((w) => w.start > before.end);
    // The fix ends the sentence after `before` and starts the next one on its own line, with a capital.
    const fix = next && {
      offset: at(sentence.block, before.end),
      length: at(sentence.block, next.end - 1) + 1 - at(sentence.block, before.end),
      text: `.\n${next.text.charAt(0).toLocaleUpperCase('de')}${next.text.slice(1)}`,
    };
    findings.push({
      ruleId: 'satz-laenge',
      severity,
      offset: at(sentence.block, sentence.start),
      message: `Der Satz hat ${count} Wörter. Gut sind höchstens ${limit}.`,
      words: excerpt(sentence),
      suggestion: before
        ? `Machen Sie 2 Sätze daraus, zum Beispiel nach ${quote(before.text)}.`
        : 'Machen Sie 2 kurze Sätze daraus. Jeder Satz sagt nur 1 Sache.',
      ...(fix ? { fix } : {}),
    });
  }
  return findings;
};
