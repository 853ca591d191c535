import { describe, expect, it } from 'vitest';
import { config, contextWith, lint, of } from '../../../../../tools/lint/test-helpers.ts';

describe('abkuerzung', () => {
  it('passes written-out words and allowed names in capitals', () => {
    expect(of(lint('Zum Beispiel die LAG WfbM Sachsen und das BMAS.\n'), 'abkuerzung')).toEqual([]);
    expect(of(lint('Die BAG UB hilft.\n'), 'abkuerzung')).toEqual([]);
  });

  it('fails listed abbreviations and names the written-out words', () => {
    const found = of(lint('Es gibt z. B. Kurse, ca. 5 usw.\n'), 'abkuerzung');
    expect(found.map((f) => [f.words, f.suggestion])).toEqual([
      ['z. B.', 'Schreiben Sie: zum Beispiel.'],
      ['ca.', 'Schreiben Sie: ungefähr.'],
      ['usw.', 'Schreiben Sie: und so weiter.'],
    ]);
  });

  it('finds a listed abbreviation with a capital first letter and without its space', () => {
    expect(of(lint('Z.B. Kurse.\n'), 'abkuerzung')).toContainEqual(
      expect.objectContaining({ words: 'Z.B.', suggestion: 'Schreiben Sie: zum Beispiel.' }),
    );
  });

  it('fails "Nr." unless the official name is allowed in the config', () => {
    expect(of(lint('Das ist die Werk·statt Nr. 3.\n'), 'abkuerzung')).toHaveLength(1);
    const named = {
      ...config,
      regeln: { ...config.regeln, abkuerzung: { ...config.regeln.abkuerzung, 'erlaubte-namen': ['Werk·statt Nr. 3'] } },
    };
    const context = { ...contextWith(), config: named };
    expect(of(lint('Das ist die Werk·statt Nr. 3.\n', undefined, context), 'abkuerzung')).toEqual([]);
  });

  it('fails unknown words in capitals', () => {
    expect(of(lint('Das steht im SGB.\n'), 'abkuerzung')).toMatchObject([{ severity: 'error', words: 'SGB' }]);
  });
});
