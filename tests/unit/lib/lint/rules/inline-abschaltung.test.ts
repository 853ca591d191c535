import { describe, expect, it } from 'vitest';
import { lint, of } from '../../../../../tools/lint/test-helpers.ts';

describe('inline-abschaltung', () => {
  it('switches one rule off for the next line in MDX, with a reason', () => {
    const text =
      '{/* leichte-sprache-disable-next-line verneinung -- Die Frage braucht das Wort. */}\nDas ist nicht schwer.\nDas ist nicht leicht.\n';
    const findings = lint(text);
    expect(of(findings, 'verneinung')).toMatchObject([{ line: 3 }]);
    expect(of(findings, 'inline-abschaltung')).toEqual([]);
  });

  it('takes a switch-off at the end of a line for the next line, so a paragraph stays whole', () => {
    const text =
      'Die Regeln stehen in einer Verordnung. {/* leichte-sprache-disable-next-line abkuerzung -- Der Satz erklärt die Abkürzung. */}\nIhr kurzer Name ist WMVO.\n';
    expect(lint(text).filter((f) => f.ruleId === 'abkuerzung' || f.ruleId === 'inline-abschaltung')).toEqual([]);
  });

  it('switches a rule off for a whole block text in YAML front matter', () => {
    const text =
      '---\nzusammenfassung: Sie lernen.\n# leichte-sprache-disable-next-line verneinung -- So steht es in der Frage.\ngelernt:\n  - Das ist nicht schwer.\n---\n';
    const findings = lint(text);
    expect(of(findings, 'verneinung')).toMatchObject([{ line: 5 }]);
    const above = text.replace('gelernt:\n  - Das ist nicht schwer.', 'titel: |-\n  Das ist nicht schwer.\n  Gut.');
    expect(of(lint(above), 'verneinung')).toEqual([]);
  });

  it('is itself an error without a reason or with an unknown rule', () => {
    const noReason = lint('{/* leichte-sprache-disable-next-line verneinung */}\nDas ist nicht schwer.\n');
    expect(of(noReason, 'inline-abschaltung')).toMatchObject([{ severity: 'error', line: 1 }]);
    expect(of(noReason, 'verneinung')).toHaveLength(1);
    const unknown = lint('{/* leichte-sprache-disable-next-line gibt-es-nicht -- weil */}\nDas ist gut.\n');
    expect(of(unknown, 'inline-abschaltung')[0]?.message).toContain('Unbekannte Regel „gibt-es-nicht“');
  });

  it('warns at a switch-off that switches nothing off', () => {
    expect(of(lint('{/* leichte-sprache-disable-next-line verneinung -- weil */}\nDas ist gut.\n'), 'inline-abschaltung')).toMatchObject([
      { severity: 'warning' },
    ]);
  });
});
