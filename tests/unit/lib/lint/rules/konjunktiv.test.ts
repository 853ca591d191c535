import { describe, expect, it } from 'vitest';
import { lint, of } from '../../../../../tools/lint/test-helpers.ts';

describe('konjunktiv', () => {
  it('passes a direct sentence', () => {
    expect(of(lint('Sie können das machen.\n'), 'konjunktiv')).toEqual([]);
  });

  it('warns at the subjunctive and suggests the plain form', () => {
    expect(of(lint('Sie könnten das machen.\n'), 'konjunktiv')).toMatchObject([{ severity: 'warning', words: 'könnten' }]);
    expect(of(lint('Sie könnten das machen.\n'), 'konjunktiv')[0]?.suggestion).toContain('„können“');
  });
});
