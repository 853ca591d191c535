import { describe, expect, it } from 'vitest';
import { lint, of } from '../../../../../tools/lint/test-helpers.ts';
import { linkTextKey } from '../../../../../src/lib/lint/rules/link-text.ts';

describe('link-text', () => {
  it('passes a link that says where it goes', () => {
    expect(of(lint('Lesen Sie [mehr über den Werk·statt·rat](/rat/).\n'), 'link-text')).toEqual([]);
  });

  it('fails "hier" and "mehr" as link text', () => {
    expect(of(lint('Klicken Sie [hier](/rat/).\nOder [Mehr](/x/).\n'), 'link-text')).toMatchObject([
      { severity: 'error', line: 1, column: 13 },
      { severity: 'error', line: 2, column: 6 },
    ]);
  });

  it('compares link texts in small letters, without closing punctuation and extra spaces', () => {
    expect(linkTextKey('  Klicken  Sie hier … ')).toBe('klicken sie hier');
    expect(of(lint('Lesen Sie [Mehr erfahren!](/x/).\n'), 'link-text')).toHaveLength(1);
  });
});
