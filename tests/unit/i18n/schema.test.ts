/**
 * The strings files are data; the schema holds their keys and slots. A wrong file stops the build
 * with a German message that names the file and the key.
 */
import { describe, expect, it } from 'vitest';
import { alltag } from '../../../src/i18n/de-alltag.ts';
import { t } from '../../../src/i18n/de-ls.ts';
import { format } from '../../../src/i18n/format.ts';
import { ALLTAG_KEYS, EASY_READ_KEYS, parseStrings } from '../../../src/i18n/schema.ts';

const KEYS = { 'nav.home': [], 'lesson.position': ['n', 'total'], 'learn.lessonCount': ['count'] } as const;
const FILE = 'src/i18n/test.yaml';
const VALID = [
  'nav.home: Start·seite',
  'lesson.position: Lektion {n} von {total}',
  'learn.lessonCount:',
  '  one: 1 Lektion',
  '  other: "{count} Lektionen"',
];

/** The message parseStrings throws for these lines, or '' when they pass. */
function problems(lines: string[]): string {
  try {
    parseStrings(FILE, lines.join('\n'), KEYS);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('the real strings files', () => {
  it('pass the schema, so every page finds its texts', () => {
    expect(t['nav.home']).toBe('Start·seite');
    expect(format(t['learn.lessonCount'], { count: 1 })).toBe('1 Lektion');
    expect(format(t['workshops.filter.count'], { count: 0 })).toBe('Kein Angebot passt.\nWählen Sie weniger aus.');
    expect(alltag['alltag.kind']).toBe('Art');
  });

  it('have namespaced keys, as "nav.home"', () => {
    for (const key of [...Object.keys(EASY_READ_KEYS), ...Object.keys(ALLTAG_KEYS)])
      expect(key).toMatch(/^[a-z][a-zA-Z]*(\.[a-zA-Z0-9-]+)+$/);
  });
});

describe('a strings file', () => {
  it('passes with exactly the keys of the schema, a text for each and forms where a key counts', () => {
    expect(problems(VALID)).toBe('');
    expect(parseStrings(FILE, VALID.join('\n'), KEYS)['learn.lessonCount']).toEqual({ one: '1 Lektion', other: '{count} Lektionen' });
  });

  it('fails without a key, naming the file and the key', () => {
    expect(problems(VALID.slice(1))).toContain('src/i18n/test.yaml › nav.home: Der Text fehlt.');
  });

  it('fails with a key the schema does not know', () => {
    expect(problems([...VALID, 'nav.hom: Start·seite'])).toContain('src/i18n/test.yaml › nav.hom: Diesen Schlüssel kennt die Seite nicht.');
  });

  it('fails with an empty text or a text that is not a string', () => {
    expect(problems(['nav.home: ""', ...VALID.slice(1)])).toContain('› nav.home: Der Text ist leer.');
    expect(problems(['nav.home: 12', ...VALID.slice(1)])).toContain('› nav.home: Hier muss ein Text stehen.');
  });

  it('fails where a slot of the key is missing from the text', () => {
    expect(problems([VALID[0] ?? '', 'lesson.position: Lektion {n}', ...VALID.slice(2)])).toContain(
      '› lesson.position: Die Lücke {total} fehlt.',
    );
  });

  it('fails where the text has a slot the key does not have, or a badly written one', () => {
    expect(problems([VALID[0] ?? '', 'lesson.position: Lektion {n} von {total} am {date}', ...VALID.slice(2)])).toContain(
      '› lesson.position: Die Lücke {date} gibt es hier nicht. Möglich: {n}, {total}.',
    );
    expect(problems(['nav.home: Start {seite}', ...VALID.slice(1)])).toContain(
      '› nav.home: Die Lücke {seite} gibt es hier nicht. Dieser Text hat keine Lücken.',
    );
    expect(problems([VALID[0] ?? '', 'lesson.position: Lektion {n} von {total', ...VALID.slice(2)])).toContain(
      '› lesson.position: Eine Lücke {…} ist nicht richtig geschrieben.',
    );
  });

  it('fails where a counting key has one text instead of forms, or lacks a form', () => {
    expect(problems([...VALID.slice(0, 2), 'learn.lessonCount: "{count} Lektionen"'])).toContain(
      '› learn.lessonCount: Dieser Text braucht eine Form für jede Zahl',
    );
    expect(problems([...VALID.slice(0, 4)])).toContain('› learn.lessonCount.other: Der Text fehlt.');
  });

  it('fails with a form German does not have, and lets a form leave the number out', () => {
    expect(problems([...VALID, '  few: "{count} Lektionen"'])).toContain('› learn.lessonCount.few: Diese Form gibt es nicht.');
    expect(problems([...VALID, '  zero: Keine Lektion'])).toBe('');
  });

  it('fails on a key written twice and on broken YAML, naming the file', () => {
    expect(problems([...VALID, 'nav.home: Start'])).toContain('src/i18n/test.yaml ist kein gültiges YAML');
    expect(problems(['nav.home: "Start', ...VALID.slice(1)])).toContain('src/i18n/test.yaml ist kein gültiges YAML');
  });

  it('lists every problem of the file at once', () => {
    const message = problems(['nav.hom: Start·seite', 'lesson.position: Lektion {n}', 'learn.lessonCount: x']);
    expect(message.split('\n').filter((line) => line.startsWith(FILE))).toHaveLength(4);
  });
});
