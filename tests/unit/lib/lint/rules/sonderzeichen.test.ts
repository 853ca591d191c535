import { describe, expect, it } from 'vitest';
import { lint, of } from '../../../../../tools/lint/test-helpers.ts';

describe('sonderzeichen', () => {
  it('passes plain text', () => {
    expect(of(lint('Arbeit und Leben gehören zusammen.\n'), 'sonderzeichen')).toEqual([]);
  });

  it('fails &, § and ; and warns at slashes, parentheses and quotation marks', () => {
    expect(of(lint('Arbeit & Leben.\n'), 'sonderzeichen')).toMatchObject([{ severity: 'error', suggestion: 'Schreiben Sie „und“.' }]);
    const warnings = of(lint('Das Projekt (neu) heißt „Gut“ und/oder anders.\n'), 'sonderzeichen');
    expect(warnings.map((f) => f.words)).toEqual(['(', '„', 'd/o']);
    expect(warnings.every((f) => f.severity === 'warning')).toBe(true);
  });
});
