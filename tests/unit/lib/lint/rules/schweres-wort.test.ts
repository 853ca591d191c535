import { describe, expect, it } from 'vitest';
import { contextWith, glossaryOf, lint, of } from '../../../../../tools/lint/test-helpers.ts';

describe('schweres-wort', () => {
  const glossary = glossaryOf({ werkstatt: ['Werk·statt', 'Werkstatt'], kammer: ['Kammer', 'Kammern'] });

  it('passes a dictionary word that is explained at its first use', () => {
    const text = 'Die <Wort id="werkstatt">Werk·statt</Wort> ist groß.\nDie Werk·statt ist gut.\n';
    expect(of(lint(text, undefined, contextWith(glossary)), 'schweres-wort')).toEqual([]);
  });

  it('fails a <Wort> without an entry in the dictionary, with the content check’s message', () => {
    expect(of(lint('Die <Wort id="gibt-es-nicht">Sache</Wort>.\n', undefined, contextWith(glossary)), 'schweres-wort')).toMatchObject([
      {
        severity: 'error',
        line: 1,
        column: 5,
        words: 'gibt-es-nicht',
        message: 'Das Wort „gibt-es-nicht“ steht nicht im Wörter·buch.',
        suggestion: 'Bitte content/glossary/gibt-es-nicht.yaml anlegen oder die id prüfen.',
      },
    ]);
  });

  it('warns once when a dictionary word comes first without its explanation', () => {
    const text = 'Die Kammern prüfen.\nDie Kammer hilft.\nDie <Wort id="kammer">Kammer</Wort> ist wichtig.\n';
    expect(of(lint(text, undefined, contextWith(glossary)), 'schweres-wort')).toMatchObject([
      { severity: 'warning', line: 1, words: 'Kammern', suggestion: 'Erklären Sie das Wort hier: <Wort id="kammer">Kammern</Wort>' },
    ]);
  });
});
