import { describe, expect, it } from 'vitest';
import { lint, of } from '../../../../../tools/lint/test-helpers.ts';

describe('passiv', () => {
  it('passes an active sentence and the future tense', () => {
    expect(of(lint('Das BMAS bezahlt das Projekt.\nSie werden viel lernen.\n'), 'passiv')).toEqual([]);
  });

  it('warns at a form of werden with a past participle', () => {
    expect(of(lint('Das Projekt wird vom BMAS gefördert.\n'), 'passiv')).toMatchObject([{ severity: 'warning' }]);
    expect(of(lint('Die Abschlüsse werden anerkannt.\n'), 'passiv')).toHaveLength(1);
  });
});
