import { describe, expect, it } from 'vitest';
import { lint, of } from '../../../../../tools/lint/test-helpers.ts';

describe('verneinung', () => {
  it('passes a positive sentence', () => {
    expect(of(lint('Sie können das.\n'), 'verneinung')).toEqual([]);
  });

  it('warns at a negation, but not at a bold one', () => {
    expect(of(lint('Das ist nicht schwer.\n'), 'verneinung')).toMatchObject([{ severity: 'warning', words: 'nicht' }]);
    expect(of(lint('Das ist **nicht** schwer.\n'), 'verneinung')).toEqual([]);
  });
});
