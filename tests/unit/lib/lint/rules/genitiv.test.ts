import { describe, expect, it } from 'vitest';
import { lint, of } from '../../../../../tools/lint/test-helpers.ts';

describe('genitiv', () => {
  it('passes "von" instead of the genitive', () => {
    expect(of(lint('Der Rat von der Werk·statt hilft Ihnen.\n'), 'genitiv')).toEqual([]);
  });

  it('warns at a genitive and says how to write it with "von"', () => {
    expect(of(lint('Das ist der Rat des Hauses.\n'), 'genitiv')).toMatchObject([
      { severity: 'warning', words: 'des', suggestion: 'Schreiben Sie „von dem“, zum Beispiel: „der Rat von der Werk·statt“.' },
    ]);
  });
});
