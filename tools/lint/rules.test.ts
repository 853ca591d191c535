/**
 * Each rule of LEICHTE-SPRACHE.md with texts that must pass and texts that must fail.
 * The texts are lesson bodies (MDX) unless a test says otherwise; the config is the project's own.
 */
import { describe, expect, it } from 'vitest';
import { config, contextWith, glossaryOf, lint, of } from './test-helpers.ts';

describe('satz-laenge', () => {
  it('passes a sentence of 10 words', () => {
    expect(of(lint('Sie lernen in der Werk·statt jeden Tag etwas ganz Neues.\n'), 'satz-laenge')).toEqual([]);
  });

  it('warns above 10 words and fails above 14, with a place to split', () => {
    const warning = of(lint('Sie lernen in der Werk·statt jeden Tag etwas Neues und auch viel Gutes.\n'), 'satz-laenge');
    expect(warning).toMatchObject([{ severity: 'warning', line: 1, column: 1 }]);
    const error = of(
      lint('Der Werk·statt·rat spricht mit der Leitung über die Arbeits·zeit, und er fragt nach neuen Kursen für alle.\n'),
      'satz-laenge',
    );
    expect(error).toMatchObject([{ severity: 'error', message: 'Der Satz hat 17 Wörter. Gut sind höchstens 14.' }]);
    expect(error[0]?.suggestion).toContain('nach „Arbeits·zeit“');
  });
});

describe('ein-satz-pro-zeile', () => {
  it('passes one sentence per line', () => {
    expect(of(lint('Sie lernen viel.\nDas ist gut.\n'), 'ein-satz-pro-zeile')).toEqual([]);
  });

  it('fails a second sentence on the same line and points at its start', () => {
    expect(of(lint('Sie lernen viel. Das ist gut.\n'), 'ein-satz-pro-zeile')).toMatchObject([
      { severity: 'error', line: 1, column: 18, words: 'Das ist gut.' },
    ]);
  });

  it('fails two sentences in one line of a front-matter field and of a UI string', () => {
    const mdx = '---\nrolle: Sie hilft. Sie berät.\n---\n';
    expect(of(lint(mdx, 'content/partners/p.mdx'), 'ein-satz-pro-zeile')).toMatchObject([{ line: 2, column: 19 }]);
    const yaml = 'a.b: Sie hilft. Sie berät.\na.c: |-\n  Sie hilft.\n  Sie berät.\n';
    expect(of(lint(yaml, 'src/i18n/de-ls.yaml'), 'ein-satz-pro-zeile')).toMatchObject([{ line: 1, column: 17 }]);
  });
});

describe('nebensatz', () => {
  it('passes an enumeration after a comma', () => {
    expect(of(lint('Es helfen die Werk·statt, die Liga und das Amt.\n'), 'nebensatz')).toEqual([]);
  });

  it('warns at a comma followed by a conjunction or a relative pronoun', () => {
    expect(of(lint('Das ist wichtig, weil Sie lernen.\n'), 'nebensatz')).toMatchObject([{ severity: 'warning', column: 16 }]);
    expect(of(lint('Das ist etwas, das Sie gut können.\n'), 'nebensatz')).toHaveLength(1);
    expect(of(lint('Das ist der Mensch, mit dem Sie reden.\n'), 'nebensatz')).toHaveLength(1);
  });
});

describe('langes-wort', () => {
  it('passes split words, short words and allowed names', () => {
    expect(of(lint('Der Werk·statt·rat und JOBinklusive helfen bei der Arbeit.\n'), 'langes-wort')).toEqual([]);
  });

  it('fails a word of 13 or more letters without a split and suggests the middle dot', () => {
    const found = of(lint('Der Kompetenznachweis hilft.\n'), 'langes-wort');
    expect(found).toMatchObject([{ severity: 'error', words: 'Kompetenznachweis', column: 5 }]);
    expect(found[0]?.suggestion).toContain('Kompetenz·nachweis');
  });

  it('warns at a word of more than 3 syllables without a split', () => {
    expect(of(lint('Das ist ein Zertifikat.\n'), 'langes-wort')).toMatchObject([{ severity: 'warning', words: 'Zertifikat' }]);
  });
});

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

  it('fails "Nr." unless the official name is allowed in the config', () => {
    expect(of(lint('Das ist die Werk·statt Nr. 3.\n'), 'abkuerzung')).toHaveLength(1);
    const named = { ...config, regeln: { ...config.regeln, abkuerzung: { ...config.regeln.abkuerzung, 'erlaubte-namen': ['Werk·statt Nr. 3'] } } };
    const context = { ...contextWith(), config: named };
    expect(of(lint('Das ist die Werk·statt Nr. 3.\n', undefined, context), 'abkuerzung')).toEqual([]);
  });

  it('fails unknown words in capitals', () => {
    expect(of(lint('Das steht im SGB.\n'), 'abkuerzung')).toMatchObject([{ severity: 'error', words: 'SGB' }]);
  });
});

describe('zahlen', () => {
  it('passes digits', () => {
    expect(of(lint('Sie lernen 3 Dinge in 2 Stunden.\n'), 'zahlen')).toEqual([]);
  });

  it('fails a percent sign and a Roman numeral, with the digit', () => {
    expect(of(lint('Das sind 50 % der Menschen.\n'), 'zahlen')).toMatchObject([{ severity: 'error', words: '%' }]);
    expect(of(lint('Das steht im Teil IX.\n'), 'zahlen')).toMatchObject([{ severity: 'error', suggestion: 'Schreiben Sie die Ziffer: 9.' }]);
  });

  it('warns at number words and gives the digit', () => {
    expect(of(lint('Sie lernen drei Dinge.\n'), 'zahlen')).toMatchObject([
      { severity: 'warning', words: 'drei', suggestion: 'Schreiben Sie die Ziffer: 3.' },
    ]);
  });
});

describe('sonderzeichen', () => {
  it('passes plain text', () => {
    expect(of(lint('Arbeit und Leben gehören zusammen.\n'), 'sonderzeichen')).toEqual([]);
  });

  it('fails &, § and ; and warns at slashes, parentheses and quotation marks', () => {
    expect(of(lint('Arbeit & Leben.\n'), 'sonderzeichen')).toMatchObject([{ severity: 'error', suggestion: 'Schreiben Sie „und“.' }]);
    const warnings = of(lint('Das Projekt (neu) heißt „Gut“ und/oder anders.\n'), 'sonderzeichen');
    expect(warnings.map((f) => f.words)).toEqual(['(', '„', 'd/o']);
    expect(warnings.every((f) => f.severity === 'warning')).toBe(true);
  });
});

describe('word lists: verneinung, konjunktiv, genitiv, anrede', () => {
  it('passes positive, direct text with Sie', () => {
    const text = 'Sie können das.\nDer Rat von der Werk·statt hilft Ihnen.\n';
    for (const rule of ['verneinung', 'konjunktiv', 'genitiv', 'anrede']) expect(of(lint(text), rule)).toEqual([]);
  });

  it('warns at a negation, but not at a bold one', () => {
    expect(of(lint('Das ist nicht schwer.\n'), 'verneinung')).toMatchObject([{ severity: 'warning', words: 'nicht' }]);
    expect(of(lint('Das ist **nicht** schwer.\n'), 'verneinung')).toEqual([]);
  });

  it('warns at the subjunctive and suggests the plain form', () => {
    expect(of(lint('Sie könnten das machen.\n'), 'konjunktiv')[0]?.suggestion).toContain('„können“');
  });

  it('warns at a genitive and at du', () => {
    expect(of(lint('Das ist der Rat des Hauses.\n'), 'genitiv')).toMatchObject([{ words: 'des' }]);
    expect(of(lint('Hast du Zeit?\n'), 'anrede')).toMatchObject([{ words: 'du', suggestion: 'Schreiben Sie „Sie“.' }]);
  });
});

describe('passiv', () => {
  it('passes an active sentence and the future tense', () => {
    expect(of(lint('Das BMAS bezahlt das Projekt.\nSie werden viel lernen.\n'), 'passiv')).toEqual([]);
  });

  it('warns at a form of werden with a past participle', () => {
    expect(of(lint('Das Projekt wird vom BMAS gefördert.\n'), 'passiv')).toMatchObject([{ severity: 'warning' }]);
    expect(of(lint('Die Abschlüsse werden anerkannt.\n'), 'passiv')).toHaveLength(1);
  });
});

describe('schweres-wort', () => {
  const glossary = glossaryOf({ werkstatt: ['Werk·statt', 'Werkstatt'], kammer: ['Kammer', 'Kammern'] });

  it('passes a dictionary word that is explained at its first use', () => {
    const text = 'Die <Wort id="werkstatt">Werk·statt</Wort> ist groß.\nDie Werk·statt ist gut.\n';
    expect(of(lint(text, undefined, contextWith(glossary)), 'schweres-wort')).toEqual([]);
  });

  it('fails a <Wort> without an entry in the dictionary', () => {
    expect(of(lint('Die <Wort id="gibt-es-nicht">Sache</Wort>.\n', undefined, contextWith(glossary)), 'schweres-wort')).toMatchObject([
      { severity: 'error', line: 1, column: 5, words: 'gibt-es-nicht' },
    ]);
  });

  it('warns once when a dictionary word comes first without its explanation', () => {
    const text = 'Die Kammern prüfen.\nDie Kammer hilft.\nDie <Wort id="kammer">Kammer</Wort> ist wichtig.\n';
    expect(of(lint(text, undefined, contextWith(glossary)), 'schweres-wort')).toMatchObject([
      { severity: 'warning', line: 1, words: 'Kammern', suggestion: 'Erklären Sie das Wort hier: <Wort id="kammer">Kammern</Wort>' },
    ]);
  });
});

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
});

describe('abschnitt-laenge', () => {
  const section = (n: number) => `## Kopf\n\n${Array.from({ length: n }, (_, i) => `Das ist Satz ${String(i + 1)}.`).join('\n')}\n`;

  it('passes 6 sentences under one heading', () => {
    expect(of(lint(section(6)), 'abschnitt-laenge')).toEqual([]);
  });

  it('warns at the 7th sentence under one heading', () => {
    expect(of(lint(section(7)), 'abschnitt-laenge')).toMatchObject([{ severity: 'warning', line: 9, words: 'Das ist Satz 7.' }]);
  });
});

describe('inline switch-off', () => {
  it('switches one rule off for the next line in MDX, with a reason', () => {
    const text = '{/* leichte-sprache-disable-next-line verneinung -- Die Frage braucht das Wort. */}\nDas ist nicht schwer.\nDas ist nicht leicht.\n';
    const findings = lint(text);
    expect(of(findings, 'verneinung')).toMatchObject([{ line: 3 }]);
    expect(of(findings, 'inline-abschaltung')).toEqual([]);
  });

  it('takes a switch-off at the end of a line for the next line, so a paragraph stays whole', () => {
    const text = 'Die Regeln stehen in einer Verordnung. {/* leichte-sprache-disable-next-line abkuerzung -- Der Satz erklärt die Abkürzung. */}\nIhr kurzer Name ist WMVO.\n';
    expect(lint(text).filter((f) => f.ruleId === 'abkuerzung' || f.ruleId === 'inline-abschaltung')).toEqual([]);
  });

  it('switches a rule off for a whole block text in YAML front matter', () => {
    const text = '---\nzusammenfassung: Sie lernen.\n# leichte-sprache-disable-next-line verneinung -- So steht es in der Frage.\ngelernt:\n  - Das ist nicht schwer.\n---\n';
    const findings = lint(text);
    expect(of(findings, 'verneinung')).toMatchObject([{ line: 5 }]);
    const above = text.replace('gelernt:\n  - Das ist nicht schwer.', 'titel: |-\n  Das ist nicht schwer.\n  Gut.');
    expect(of(lint(above), 'verneinung')).toEqual([]);
  });

  it('is itself an error without a reason or with an unknown rule', () => {
    const noReason = lint('{/* leichte-sprache-disable-next-line verneinung */}\nDas ist nicht schwer.\n');
    expect(of(noReason, 'inline-abschaltung')).toMatchObject([{ severity: 'error', line: 1 }]);
    expect(of(noReason, 'verneinung')).toHaveLength(1);
    const unknown = lint('{/* leichte-sprache-disable-next-line gibt-es-nicht -- weil */}\nDas ist gut.\n');
    expect(of(unknown, 'inline-abschaltung')[0]?.message).toContain('Unbekannte Regel „gibt-es-nicht“');
  });

  it('warns at a switch-off that switches nothing off', () => {
    expect(of(lint('{/* leichte-sprache-disable-next-line verneinung -- weil */}\nDas ist gut.\n'), 'inline-abschaltung')).toMatchObject([
      { severity: 'warning' },
    ]);
  });
});

describe('severity from the config', () => {
  it('reports everything of a rule as a warning when its schwere is warnung, and nothing when aus', () => {
    const relaxed = (schwere: 'warnung' | 'aus') => ({
      ...contextWith(),
      config: { ...config, regeln: { ...config.regeln, sonderzeichen: { ...config.regeln.sonderzeichen, schwere } } },
    });
    expect(of(lint('Arbeit & Leben.\n', undefined, relaxed('warnung')), 'sonderzeichen')).toMatchObject([{ severity: 'warning' }]);
    expect(of(lint('Arbeit & Leben.\n', undefined, relaxed('aus')), 'sonderzeichen')).toEqual([]);
  });
});
