import { describe, expect, it } from 'vitest';
import { lint, of } from '../../../../../tools/lint/test-helpers.ts';

describe('zahlen', () => {
  it('passes digits', () => {
    expect(of(lint('Sie lernen 3 Dinge in 2 Stunden.\n'), 'zahlen')).toEqual([]);
  });

  it('fails a percent sign and a Roman numeral, with the digit', () => {
    expect(of(lint('Das sind 50 % der Menschen.\n'), 'zahlen')).toMatchObject([{ severity: 'error', words: '%' }]);
    expect(of(lint('Das steht im Teil IX.\n'), 'zahlen')).toMatchObject([
      { severity: 'error', suggestion: 'Schreiben Sie die Ziffer: 9.' },
    ]);
  });

  it('warns at number words and gives the digit', () => {
    expect(of(lint('Sie lernen drei Dinge.\n'), 'zahlen')).toMatchObject([
      { severity: 'warning', words: 'drei', suggestion: 'Schreiben Sie die Ziffer: 3.' },
    ]);
  });
});
