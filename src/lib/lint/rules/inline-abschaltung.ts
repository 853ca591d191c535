/**
 * inline-abschaltung: a comment that switches a rule off for the next line needs a known rule and a
 * reason after "--", and must switch something off. Unlike the other rules it runs after them:
 * lint.ts tells it which switch-offs hid a finding.
 */
import { isRuleId } from '../config.ts';
import type { Directive } from '../extracted.ts';
import type { RawFinding } from './shared.ts';

/** Findings for wrong switch-offs (errors) and for switch-offs that hid nothing (`used`: their indices; warnings). */
export function inlineAbschaltung(directives: readonly Directive[], used: ReadonlySet<number>): RawFinding[] {
  const findings: RawFinding[] = [];
  directives.forEach((directive, index) => {
    const unknown = directive.rules.filter((id) => !isRuleId(id) || id === 'inline-abschaltung');
    const problem =
      directive.problem ??
      (unknown.length > 0
        ? `Unbekannte Regel ${unknown.map((id) => `„${id}“`).join(', ')}. Die Regeln stehen in leichte-sprache.config.yaml.`
        : undefined);
    if (!problem && used.has(index)) return;
    findings.push({
      ruleId: 'inline-abschaltung',
      severity: problem ? 'error' : 'warning',
      offset: directive.offset,
      message: problem ?? `Die Abschaltung von ${directive.rules.join(', ')} trifft in der nächsten Zeile nichts.`,
      words: directive.rules.join(', '),
      suggestion: problem
        ? 'Beispiel: leichte-sprache-disable-next-line verneinung -- Die Frage braucht das Wort.'
        : 'Löschen Sie den Kommentar.',
    });
  });
  return findings;
}
