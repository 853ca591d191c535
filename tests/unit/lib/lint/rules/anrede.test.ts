import { describe, expect, it } from 'vitest';
import { lint, of } from '../../../../../tools/lint/test-helpers.ts';

describe('anrede', () => {
  it('passes text that addresses readers with Sie', () => {
    expect(of(lint('Haben Sie Zeit?\nDer Rat hilft Ihnen.\n'), 'anrede')).toEqual([]);
  });

  it('warns at du and names the form with Sie', () => {
    expect(of(lint('Hast du Zeit?\n'), 'anrede')).toMatchObject([{ severity: 'warning', words: 'du', suggestion: 'Schreiben Sie „Sie“.' }]);
    expect(of(lint('Das hilft dir.\n'), 'anrede')).toMatchObject([{ suggestion: 'Schreiben Sie „Ihnen“.' }]);
  });
});
