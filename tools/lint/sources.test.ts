/** The linter reads only what readers see: text, alt texts and the easy-read fields. */
import { describe, expect, it } from 'vitest';
import { extract } from './sources.ts';
import { Syllables } from '../../src/lib/lint/syllables.ts';
import { lint, of } from './test-helpers.ts';

const texts = (file: string, source: string) => extract(file, source).blocks.map((b) => b.text);

describe('reading MDX', () => {
  it('checks visible text but not import lines, code, expressions or attribute values', () => {
    const source = [
      "import Kasten from '../Kasten.astro';",
      '',
      'Sie lernen <Wort id="kompetenz-nachweis">viel</Wort> mit `z. B. Code`.',
      '',
      '```',
      'Ein Codeblock mit usw. und Dienstleistungsunternehmen.',
      '```',
      '',
      '{1 + 2}',
    ].join('\n');
    expect(texts('content/lessons/m/l.mdx', source)).toEqual(['Sie lernen viel mit .']);
    expect(lint(source).filter((f) => f.ruleId !== 'schweres-wort')).toEqual([]);
  });

  it('checks the alt text of <Bild> and of images as easy-read text, at its position', () => {
    const source = '## Kopf\n<Bild name="books" alt="Ein Stapel Bücher, usw." />\n\n![Ein Dienstleistungsunternehmen.](/a.png)\n';
    expect(texts('content/lessons/m/l.mdx', source)).toEqual(['Kopf', 'Ein Stapel Bücher, usw.', 'Ein Dienstleistungsunternehmen.']);
    const findings = lint(source);
    expect(of(findings, 'abkuerzung')).toMatchObject([{ line: 2, column: 44 }]);
    expect(of(findings, 'langes-wort')).toMatchObject([{ line: 4, column: 7 }]);
  });

  it('reports the line and column in the file, also after the front matter and inside components', () => {
    const source = '---\ntitel: Ein Titel\n---\n\n<Merke>\nDas ist usw. gut.\n</Merke>\n';
    expect(of(lint(source), 'abkuerzung')).toMatchObject([{ line: 6, column: 9, words: 'usw.' }]);
  });

  it('reports a syntax error as an error of the file', () => {
    expect(lint('Das ist <Wort id="x">offen.\n')).toMatchObject([{ ruleId: 'datei', severity: 'error', line: 1 }]);
  });
});

describe('front-matter fields', () => {
  it('checks easy-read fields and leaves official names and sources alone', () => {
    const source = [
      '---',
      'name: Landesarbeitsgemeinschaft e.V.',
      'rolle: Der Verein hilft usw.',
      'quellen:',
      '  - Kooperationsvereinbarung Nr. 3',
      '---',
      '',
    ].join('\n');
    const findings = lint(source, 'content/partners/p.mdx');
    expect(findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['abkuerzung', 3, 25]]);
  });

  it('checks quiz questions, answers and feedback of a lesson with the field named', () => {
    const source =
      '---\nselbstcheck:\n  - art: eine\n    frage: Was ist das?\n    antworten:\n      - text: Ein Ding usw.\n        rueckmeldung: |\n          Richtig.\n          Das ist ein Ding.\n---\n';
    const file = extract('content/lessons/m/l.mdx', source);
    expect(file.blocks.map((b) => [b.field, b.text])).toEqual([
      ['selbstcheck[Nr. 1].frage', 'Was ist das?'],
      ['selbstcheck[Nr. 1].antworten[Nr. 1].text', 'Ein Ding usw.'],
      ['selbstcheck[Nr. 1].antworten[Nr. 1].rueckmeldung', 'Richtig.\nDas ist ein Ding.\n'],
    ]);
    expect(of(lint(source), 'abkuerzung')).toMatchObject([{ line: 6, column: 24 }]);
  });

  it('reads a dictionary word file and a draft outside content/ by its fields', () => {
    const yaml = 'wort: Werk·statt·rat\nformen:\n  - Werkstattrat\nerklaerung: |\n  Der Rat hilft usw.\n';
    expect(of(lint(yaml, 'content/glossary/werkstatt-rat.yaml'), 'abkuerzung')).toMatchObject([{ line: 5, column: 17 }]);
    expect(of(lint(yaml, 'content/glossary/werkstatt-rat.yaml'), 'langes-wort')).toEqual([]);
    expect(extract('/tmp/entwurf.mdx', '---\nmodul: m\ngelernt:\n  - Gut.\n---\n').collection).toBe('lessons');
  });
});

describe('UI strings', () => {
  const FILE = 'src/i18n/de-ls.yaml';

  it('reads every text of the strings file, each form of a counting text too, named by its key', () => {
    const source =
      'a.one: Alles gut.\na.two: |-\n  Lektion {n} von {total}.\n  Das ist gut.\na.count:\n  one: 1 Lektion\n  other: "{count} Lektionen"\n';
    expect(extract(FILE, source).blocks.map((b) => [b.field, b.text])).toEqual([
      ['a.one', 'Alles gut.'],
      ['a.two', 'Lektion {n} von {total}.\nDas ist gut.'],
      ['a.count.one', '1 Lektion'],
      ['a.count.other', '{count} Lektionen'],
    ]);
  });

  it('reports the line and column in the strings file, also inside a block and a form', () => {
    const source =
      'a.one: Alles gut.\na.two: |-\n  Lektion {n} von {total}.\n  Das ist gut, usw.\na.count:\n  one: 1 Lektion\n  other: "{count} Lektionen, usw."\n';
    expect(of(lint(source, FILE), 'abkuerzung')).toMatchObject([
      { line: 4, column: 16, words: 'usw.' },
      { line: 7, column: 30, words: 'usw.' },
    ]);
  });

  it('switches a rule off for one text with a # comment', () => {
    const source = 'a.yes: Das stimmt.\n# leichte-sprache-disable-next-line verneinung -- Die Antwort heißt so.\na.no: Das stimmt nicht.\n';
    expect(of(lint(source, FILE), 'verneinung')).toEqual([]);
    expect(of(lint(source.replace(/^#.*\n/m, ''), FILE), 'verneinung')).toMatchObject([{ line: 2 }]);
  });

  it('leaves the standard-German strings alone', () => {
    expect(extract('src/i18n/de-alltag.yaml', 'alltag.kind: Art\n').blocks).toEqual([]);
  });
});

describe('plain text', () => {
  it('reads each line of a .txt file, and a short line without a full stop as a heading', () => {
    const file = extract('/tmp/seed.txt', 'Ausgangssituation:\n\nDas ist ein Satz. Und noch einer.\n');
    expect(file.blocks.map((b) => b.kind)).toEqual(['heading', 'line']);
    expect(of(lint('Das ist ein Satz. Und noch einer.\n', '/tmp/seed.txt'), 'ein-satz-pro-zeile')).toHaveLength(1);
  });
});

describe('syllables from German hyphenation patterns', () => {
  const syllables = new Syllables();

  it('counts syllables, also of split words', () => {
    expect(syllables.count('Werkstattrat')).toBe(3);
    expect(syllables.count('Werk·statt·rat')).toBe(3);
    expect(syllables.count('Zertifikat')).toBe(4);
    expect(syllables.count('Bundesministerium')).toBe(7);
  });

  it('counts a number or a word without letters as one syllable', () => {
    expect(syllables.count('2026')).toBe(1);
  });
});
