/** abschnitt-laenge: short sections, at most 6 sentences under one heading (limit in the config). */
import type { Sentence } from '../sentences.ts';
import { at, excerpt, quote, type RawFinding, type Rule } from './shared.ts';

/** Block kinds whose sentences count for the length of a section. */
const COUNTED = new Set(['paragraph', 'listItem', 'tableCell', 'line']);

export const abschnittLaenge: Rule = ({ sentences, config }) => {
  const limit = config['abschnitt-laenge']['warnung-bei-mehr-als'];
  const perSection = new Map<number, Sentence[]>();
  for (const sentence of sentences) {
    const section = sentence.block.section;
    if (section === undefined || !COUNTED.has(sentence.block.kind)) continue;
    const list = perSection.get(section) ?? [];
    list.push(sentence);
    perSection.set(section, list);
  }
  const findings: RawFinding[] = [];
  for (const list of perSection.values()) {
    const first = list[limit];
    if (!first) continue;
    findings.push({
      ruleId: 'abschnitt-laenge',
      severity: 'warning',
      offset: at(first.block, first.start),
      message: `Dieser Abschnitt hat ${list.length} Sätze. Gut sind höchstens ${limit}.`,
      words: excerpt(first, 4),
      suggestion: `Machen Sie eine neue Überschrift vor ${quote(excerpt(first, 4))}.`,
    });
  }
  return findings;
};
