/** abschnitt-laenge: at most 6 sentences under one heading (leichte-sprache.config.yaml). */
import { describe, expect, it } from 'vitest';
import { lint, of } from '../../../../../tools/lint/test-helpers.ts';

const section = (n: number) => `## Kopf\n\n${Array.from({ length: n }, (_, i) => `Das ist Satz ${String(i + 1)}.`).join('\n')}\n`;

describe('abschnitt-laenge', () => {
  it('passes 6 sentences under one heading, the most allowed', () => {
    expect(of(lint(section(6)), 'abschnitt-laenge')).toEqual([]);
  });

  it('warns at the 7th sentence under one heading, one more than allowed', () => {
    expect(of(lint(section(7)), 'abschnitt-laenge')).toMatchObject([
      { severity: 'warning', line: 9, words: 'Das ist Satz 7.', message: 'Dieser Abschnitt hat 7 Sätze. Gut sind höchstens 6.' },
    ]);
  });
});
