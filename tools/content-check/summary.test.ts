import { describe, expect, it } from 'vitest';
import { formatSummary, warningsLine } from './summary.ts';

describe('the closing summary', () => {
  it('lists each error by file and line, numbered, with the warnings in one line', () => {
    const summary = formatSummary(
      'Der Inhalt hat Fehler',
      [
        { file: 'content/b.mdx', line: 3, message: 'Drei.' },
        { file: 'content/a.mdx', field: 'titel', line: 2, message: 'Zwei.' },
        { file: 'content/b.mdx', line: 1, message: 'Eins.' },
      ],
      12,
    ).split('\n');
    expect(summary.slice(1, -1)).toEqual([
      'Der Inhalt hat Fehler: 3 Fehler. Bitte ändern:',
      '1. content/a.mdx, Zeile 2, Feld titel: Zwei.',
      '2. content/b.mdx, Zeile 1: Eins.',
      '3. content/b.mdx, Zeile 3: Drei.',
      '12 Warnungen zur Leichten Sprache, die den Bau nicht aufhalten: npm run lint:text zeigt sie.',
    ]);
  });

  it('is empty without errors, and says nothing about no warnings', () => {
    expect(formatSummary('Titel', [], 3)).toBe('');
    expect(warningsLine(0)).toBe('');
    expect(warningsLine(1)).toMatch(/^1 Warnung zur/);
  });
});
