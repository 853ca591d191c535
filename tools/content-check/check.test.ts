/**
 * The content check fails bad content with a finding that names the file and the field.
 * Each test copies the valid fixture in tests/fixtures/valid, breaks one thing, and checks the finding.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerOrder, displayPosition } from '../../src/lib/content/shuffle.ts';
import { checkContent, formatFindings, isAbbreviatedName, type ContentFinding } from './check.ts';
import { contentCheck } from './integration.ts';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'll-content-'));
  await cp('tests/fixtures/valid', root, { recursive: true });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Rewrites one fixture file: `change` gets the text and returns the new one. */
async function edit(file: string, change: (text: string) => string) {
  const full = path.join(root, file);
  await writeFile(full, change(await readFile(full, 'utf8')));
}

const LESSON = 'content/lessons/erstes-modul/erste-lektion.mdx';

/** Puts a question (its YAML after "- ", indented for the list) first in the fixture lesson's self-check. */
const addQuestion = (yaml: string) => edit(LESSON, (s) => s.replace('selbstcheck:\n', `selbstcheck:\n  - ${yaml}\n`));

/** Expects one finding at `field` that says `says`; then fixes the lesson with `fix` and expects none. */
async function failsUntilFixed(field: string, says: string, fix: (text: string) => string) {
  const finding = only(await checkContent(root));
  expect(finding).toMatchObject({ file: LESSON, field });
  expect(finding.message).toContain(says);
  await edit(LESSON, fix);
  expect(await checkContent(root)).toEqual([]);
}

const only = (findings: ContentFinding[]) => {
  expect(findings, formatFindings(findings)).toHaveLength(1);
  return findings[0]!;
};

describe('content check', () => {
  it('accepts the valid fixture', async () => {
    expect(await checkContent(root)).toEqual([]);
  });

  it('names the file and the field when a required field is missing', async () => {
    await edit('content/modules/erstes-modul.mdx', (s) => s.replace('titel: Ein Test·modul\n', ''));
    const finding = only(await checkContent(root));
    expect(finding).toMatchObject({ file: 'content/modules/erstes-modul.mdx', field: 'titel' });
    expect(finding.message).toContain('Das Feld fehlt');
  });

  it('names the field when a value has the wrong type', async () => {
    await edit('content/lessons/erstes-modul/erste-lektion.mdx', (s) => s.replace('nummer: 1', 'nummer: eins'));
    const finding = only(await checkContent(root));
    expect(finding).toMatchObject({ file: 'content/lessons/erstes-modul/erste-lektion.mdx', field: 'nummer' });
    expect(finding.message).toContain('Zahl');
  });

  it('fails a reference to an entry that does not exist', async () => {
    await edit('content/workshops/ein-workshop.mdx', (s) => s.replace('anbieter: ein-partner', 'anbieter: gibt-es-nicht'));
    const finding = only(await checkContent(root));
    expect(finding).toMatchObject({ file: 'content/workshops/ein-workshop.mdx', field: 'anbieter' });
    expect(finding.message).toContain('„gibt-es-nicht“ in content/partners');
  });

  it('fails a workshop date that is not a date, naming the date in the list', async () => {
    await edit('content/workshops/ein-workshop.mdx', (s) => s.replace('beginn: 2026-03-05T10:00', 'beginn: 2026-02-30T10:00'));
    const finding = only(await checkContent(root));
    expect(finding).toMatchObject({ file: 'content/workshops/ein-workshop.mdx' });
    expect(finding.field).toBe('termine[Nr. 1].beginn');
    expect(finding.message).toContain('gibt es nicht');
  });

  it('fails a workshop date that ends before it begins', async () => {
    await edit('content/workshops/ein-workshop.mdx', (s) => s.replace('ende: 2026-03-05T12:00', 'ende: 2026-03-05T09:00'));
    const finding = only(await checkContent(root));
    expect(finding.field).toBe('termine[Nr. 1].ende');
    expect(finding.message).toContain('nach dem Anfang');
  });

  it('names the position of a dangling reference inside a list', async () => {
    await edit('content/projects/ein-projekt.mdx', (s) => s.replace('partner: [ein-partner]', 'partner: [ein-partner, niemand]'));
    expect(only(await checkContent(root)).field).toBe('partner[Nr. 2]');
  });

  it('fails two files that give the same id', async () => {
    await cp(path.join(root, 'content/partners/ein-partner.mdx'), path.join(root, 'content/partners/ein-partner.md'));
    const finding = only(await checkContent(root));
    expect(finding.file).toMatch(/^content\/partners\/ein-partner\.mdx?$/);
    expect(finding.message).toContain('Doppelte id „ein-partner“');
  });

  it('fails a date that does not exist', async () => {
    await edit('content/projects/ein-projekt.mdx', (s) => s.replace('unterzeichnet: 2022-06-14', 'unterzeichnet: 2022-02-30'));
    const finding = only(await checkContent(root));
    expect(finding).toMatchObject({ file: 'content/projects/ein-projekt.mdx', field: 'unterzeichnet' });
    expect(finding.message).toContain('kein gültiges Datum');
  });

  it('fails a date written the wrong way', async () => {
    await edit('content/seiten/hilfe.mdx', (s) => s.replace('stand: 2026-11-23', 'stand: 23.11.2026'));
    expect(only(await checkContent(root))).toMatchObject({ file: 'content/seiten/hilfe.mdx', field: 'stand' });
  });

  it('fails a marked word that has no dictionary entry', async () => {
    await edit('content/lessons/erstes-modul/erste-lektion.mdx', (s) => s.replace('id="test-wort"', 'id="unbekannt"'));
    const finding = only(await checkContent(root));
    expect(finding.file).toBe('content/lessons/erstes-modul/erste-lektion.mdx');
    expect(finding.message).toContain('„unbekannt“ steht nicht im Wörter·buch');
  });

  it('fails a one-answer question with two right answers, naming the question', async () => {
    await edit(LESSON, (s) => s.replace('- text: B', '- text: B\n        richtig: true'));
    const finding = only(await checkContent(root));
    expect(finding.field).toBe('selbstcheck[Nr. 1].antworten');
    expect(finding.message).toContain('genau 1 Antwort');
  });

  it.each([
    ['erklaerung: A ist richtig.', 'erklaerung: Richtig. A ist richtig.', 'selbstcheck[Nr. 1].erklaerung'],
    ['erklaerung: A ist richtig.', 'erklaerung: Das ist falsch. B ist anders.', 'selbstcheck[Nr. 1].erklaerung'],
    [
      'rueckmeldung: B ist ein anderer Buchstabe.',
      'rueckmeldung: Noch nicht richtig. B ist anders.',
      'selbstcheck[Nr. 1].antworten[Nr. 2].rueckmeldung',
    ],
  ])('fails a feedback that gives its own verdict before the page does (%#)', async (from, to, field) => {
    await edit(LESSON, (s) => s.replace(from, to));
    const finding = only(await checkContent(root));
    expect(finding.field).toBe(field);
    expect(finding.message).toContain('Die Seite schreibt das Urteil selbst davor');
  });

  it('accepts a feedback that only says why', async () => {
    await edit(LESSON, (s) => s.replace('      - text: A\n', '      - text: A\n        rueckmeldung: A ist der erste Buchstabe.\n'));
    expect(await checkContent(root)).toEqual([]);
  });

  it('fails a question without a right answer, naming the question', async () => {
    await edit(LESSON, (s) =>
      s
        .replace('  - art: eine', '  - art: mehrere')
        .replace('        richtig: true\n', '        rueckmeldung: A ist der erste Buchstabe.\n'),
    );
    const finding = only(await checkContent(root));
    expect(finding).toMatchObject({ file: 'content/lessons/erstes-modul/erste-lektion.mdx', field: 'selbstcheck[Nr. 1].antworten' });
    expect(finding.message).toContain('Mindestens 1 Antwort muss richtig sein');
  });

  it('fails an order question with 2 steps, which the page cannot mix, and accepts 3', async () => {
    await addQuestion('art: reihenfolge\n    frage: Was zuerst?\n    erklaerung: So.\n    schritte: [Eins, Zwei]');
    await failsUntilFixed('selbstcheck[Nr. 1].schritte', 'mindestens 3 Schritte', (s) => s.replace('[Eins, Zwei]', '[Eins, Zwei, Drei]'));
  });

  it('fails an order question that gives a step twice', async () => {
    await addQuestion('art: reihenfolge\n    frage: Was zuerst?\n    erklaerung: So.\n    schritte: [Eins, Zwei, Eins]');
    expect(only(await checkContent(root)).message).toContain('Ein Schritt steht doppelt');
  });

  it('fails a several-answers question with 1 wrong answer, and accepts 2', async () => {
    await edit(LESSON, (s) =>
      s.replace('  - art: eine', '  - art: mehrere').replace('      - text: B', '      - text: B\n        richtig: true'),
    );
    await edit(LESSON, (s) => s.replace('      - text: C', '      - text: C\n        richtig: true'));
    await failsUntilFixed('selbstcheck[Nr. 1].antworten', 'mindestens 2 falsche Antworten. Jetzt sind es 1.', (s) =>
      s.replace('      - text: C\n        richtig: true', '      - text: C'),
    );
  });

  it('fails a one-answer question with only 1 wrong answer', async () => {
    await edit(LESSON, (s) => s.replace(/ {6}- text: C\n.*\n {6}- text: D\n.*\n/, ''));
    expect(only(await checkContent(root)).message).toContain('Bei art: eine braucht die Frage mindestens 2 falsche Antworten');
  });

  it('fails a wrong answer without feedback, naming the answer', async () => {
    await edit(LESSON, (s) => s.replace('        rueckmeldung: C ist ein anderer Buchstabe.\n', ''));
    const finding = only(await checkContent(root));
    expect(finding.field).toBe('selbstcheck[Nr. 1].antworten[Nr. 3].rueckmeldung');
    expect(finding.message).toContain('warum diese Antwort falsch ist');
  });

  it('fails an answer that is given twice', async () => {
    await edit(LESSON, (s) => s.replace('- text: D', '- text: C'));
    expect(only(await checkContent(root)).field).toBe('selbstcheck[Nr. 1].antworten[Nr. 4].text');
  });

  it.each([
    ['- text: D', '- text: Alle Antworten davor', 'selbstcheck[Nr. 1].antworten[Nr. 4].text', 'gemischt'],
    ['frage: Was ist richtig?', 'frage: Was war 2022 richtig?', 'selbstcheck[Nr. 1].frage', 'Jahres·zahl'],
    ['frage: Was ist richtig?', `frage: ${'Was ist richtig? '.repeat(10).trim()}`, 'selbstcheck[Nr. 1].frage', 'höchstens 160 Zeichen'],
  ])('fails a question text that teaches nothing or does not work mixed (%#)', async (from, to, field, says) => {
    await edit(LESSON, (s) => s.replace(from, to));
    const finding = only(await checkContent(root));
    expect(finding.field).toBe(field);
    expect(finding.message).toContain(says);
  });

  it('fails a lesson whose right answers all show in one place, and accepts it once one moves', async () => {
    // The first question's right answer (content index 0) shows at this place; the second one's right answer is put there too.
    const place = displayPosition(answerOrder('erstes-modul/erste-lektion', 0, 4), 0);
    const second = answerOrder('erstes-modul/erste-lektion', 1, 4);
    const question = (right: number) =>
      'art: eine\n    frage: Was noch?\n    erklaerung: So.\n    antworten:\n' +
      ['E', 'F', 'G', 'H']
        .map((t, j) => `      - text: ${t}\n        ${j === right ? 'richtig: true' : 'rueckmeldung: Anders.'}\n`)
        .join('');
    await edit(LESSON, (s) => s.replace(/\n---\n/, `\n  - ${question(second[place]!).trimEnd()}\n---\n`));
    await failsUntilFixed('selbstcheck', `an Stelle ${String(place + 1)}`, (s) =>
      s.replace(/\n  - art: eine\n    frage: Was noch\?[\s\S]*?(?=\n---\n)/, `\n  - ${question(second[(place + 1) % 4]!).trimEnd()}`),
    );
  });

  it('fails a lesson whose statements are all true, and accepts one that is not', async () => {
    await addQuestion('art: stimmt\n    frage: Eins stimmt.\n    erklaerung: So.\n    stimmt: true');
    await addQuestion('art: stimmt\n    frage: Zwei stimmt.\n    erklaerung: So.\n    stimmt: true');
    await failsUntilFixed('selbstcheck', 'Alle 2 Sätze mit art: stimmt sind richtig', (s) =>
      s.replace('Zwei stimmt.\n    erklaerung: So.\n    stimmt: true', 'Zwei stimmt.\n    erklaerung: So.\n    stimmt: false'),
    );
  });

  it('fails a picture question whose answer has no picture, and a picture that does not exist', async () => {
    await edit(LESSON, (s) =>
      s
        .replace('  - art: eine', '  - art: bild')
        .replace('      - text: A\n', '      - text: A\n        bild: { name: gibt-es-nicht, alt: Ein Bild. }\n'),
    );
    const fields = (await checkContent(root)).map((f) => f.field);
    expect(fields).toContain('selbstcheck[Nr. 1].antworten[Nr. 1].bild.name');
    expect(fields).toContain('selbstcheck[Nr. 1].antworten[Nr. 2].bild');
  });

  it('fails a partner without its page in standard German', async () => {
    await rm(path.join(root, 'content/alltag/partners/ein-partner.mdx'));
    const finding = only(await checkContent(root));
    expect(finding.file).toBe('content/partners/ein-partner.mdx');
    expect(finding.message).toContain('content/alltag/partners/ein-partner.mdx');
  });

  it('fails lessons that are not numbered 1, 2, 3 without gaps', async () => {
    await edit('content/lessons/erstes-modul/erste-lektion.mdx', (s) => s.replace('nummer: 1', 'nummer: 2'));
    expect(only(await checkContent(root))).toMatchObject({ field: 'nummer' });
  });

  it('fails a lesson in the folder of another module', async () => {
    await edit('content/lessons/erstes-modul/erste-lektion.mdx', (s) => s.replace('modul: erstes-modul', 'modul: anderes'));
    const findings = await checkContent(root);
    expect(findings.map((f) => f.field)).toContain('modul');
  });

  it('fails an unknown field, so a typo does not go unnoticed', async () => {
    await edit('content/partners/ein-partner.mdx', (s) => s.replace('region: sachsen', 'region: sachsen\nwebsiet: x'));
    expect(only(await checkContent(root)).file).toBe('content/partners/ein-partner.mdx');
  });

  it('fails a value that is not in the closed list and names the allowed ones', async () => {
    await edit('content/partners/ein-partner.mdx', (s) => s.replace('region: sachsen', 'region: Sachsen'));
    const finding = only(await checkContent(root));
    expect(finding.field).toBe('region');
    expect(finding.message).toContain('sachsen');
  });

  it('fails a file name that is not a valid id', async () => {
    await cp(path.join(root, 'content/glossary/test-wort.yaml'), path.join(root, 'content/glossary/Zweites Wort.yaml'));
    const findings = await checkContent(root);
    expect(findings.some((f) => f.file === 'content/glossary/Zweites Wort.yaml' && f.message.includes('Datei·name'))).toBe(true);
  });

  it('fails broken YAML with the reason', async () => {
    await edit('content/glossary/test-wort.yaml', () => 'wort: [Test\n');
    expect(only(await checkContent(root)).message).toContain('kein gültiges YAML');
  });

  it('accepts an offer whose source gives no format, region, provider, length, size or cost', async () => {
    await edit('content/workshops/ein-workshop.mdx', (s) => s.replace(/^(format|region|anbieter|dauer|gruppengroesse|kosten): .*\n/gm, ''));
    expect(await checkContent(root)).toEqual([]);
  });

  it('fails an offer without anyone to ask', async () => {
    await edit('content/workshops/ein-workshop.mdx', (s) => s.replace('kontakt: ein-partner\n', ''));
    expect(only(await checkContent(root))).toMatchObject({ field: 'kontakt' });
  });

  describe('an offer of a project that has ended', () => {
    const ofTheProject = (s: string) => s.replace('kontakt: ein-partner', 'kontakt: ein-partner\nprojekt: ein-projekt');

    it('fails its dates from the day after the project ends (February 2023 runs to its last day)', async () => {
      await edit('content/workshops/ein-workshop.mdx', ofTheProject);
      expect(await checkContent(root, undefined, new Date('2023-02-28T12:00:00Z'))).toEqual([]);
      const finding = only(await checkContent(root, undefined, new Date('2023-03-01T12:00:00Z')));
      expect(finding).toMatchObject({ file: 'content/workshops/ein-workshop.mdx', field: 'termine' });
      expect(finding.message).toContain('seit Februar 2023 zu Ende');
    });

    it('accepts it without dates: the page then says the project has ended', async () => {
      await edit('content/workshops/ein-workshop.mdx', (s) => ofTheProject(s).replace(/^termine:\n(?: {2}.*\n)+/m, 'termine: []\n'));
      expect(await checkContent(root, undefined, new Date('2026-11-30T12:00:00Z'))).toEqual([]);
    });
  });

  it.each([
    ['theorie: Sie lesen.', 'theorie: Sie lesen 3 kurze Lektionen.', 'theorie'],
    ['Ein Text.', 'In Lektion 2 geht es um Regeln.', undefined],
  ])('fails a number of lessons written into a module (%#): the page counts them', async (from, to, field) => {
    await edit('content/modules/erstes-modul.mdx', (s) => s.replace(from, to));
    const finding = only(await checkContent(root));
    expect(finding.field).toBe(field);
    expect(finding.message).toContain('zählt die Lektionen selbst');
  });

  it('asks for the words of a short name that is an abbreviation, and accepts them', async () => {
    await edit('content/partners/ein-partner.mdx', (s) => s.replace('name: Ein Partner e.V.', 'name: Ein Partner e.V.\nkurzname: EP'));
    expect(only(await checkContent(root))).toMatchObject({ file: 'content/partners/ein-partner.mdx', field: 'langname' });
    await edit('content/partners/ein-partner.mdx', (s) => s.replace('kurzname: EP', 'kurzname: EP\nlangname: Ein Partner'));
    expect(await checkContent(root)).toEqual([]);
  });

  it.each([
    ['BIH', 'Bundesarbeitsgemeinschaft der Integrationsämter und Hauptfürsorgestellen', true],
    ['bifos', 'Bildungs- und Forschungsinstitut zum Selbstbestimmten Leben Behinderter e.V.', true],
    ['LAG WfbM Berlin', 'LAG WfbM Berlin', true],
    ['Liga Sachsen', 'Liga der Freien Wohlfahrtspflege in Sachsen', false],
    ['Regionaldirektion Rheinland-Pfalz-Saarland', 'Regionaldirektion Rheinland-Pfalz-Saarland', false],
    ['ACCESS', 'ACCESS Erlangen-Nürnberg-Bamberg gGmbH', false],
  ])('reads „%s“ as an abbreviation: %s', (shown, name, expected) => {
    expect(isAbbreviatedName(shown, name)).toBe(expected);
  });

  it('stops the Astro build with every finding', async () => {
    await edit('content/workshops/ein-workshop.mdx', (s) => s.replace('anbieter: ein-partner', 'anbieter: gibt-es-nicht'));
    const hook = contentCheck().hooks['astro:config:setup'];
    const params = { config: { root: new URL(`file://${root}/`) }, command: 'build', logger: { error: () => undefined } };
    await expect(hook?.(params as never)).rejects.toThrow(/content\/workshops\/ein-workshop\.mdx, Zeile \d+, Feld anbieter/);
  });
});

describe('content check: what an editor gets wrong first', () => {
  /** The fixture lesson with `text` appended to its body (which starts at line 27). */
  const withBody = (text: string) => edit(LESSON, (s) => `${s}\n${text}\n`);

  it('names the line of a field that has a wrong value', async () => {
    await edit(LESSON, (s) => s.replace('dauerMinuten: 10', 'dauerMinuten: 10 Minuten'));
    expect(only(await checkContent(root))).toMatchObject({ field: 'dauerMinuten', line: 6 });
  });

  it('finds an unclosed <Merke> at the line where it opens, and says how to close it', async () => {
    await withBody('<Merke>\nDas ist wichtig.');
    const finding = only(await checkContent(root));
    expect(finding).toMatchObject({ file: LESSON, line: 29 });
    expect(finding.message).toContain('</Merke>');
    expect(finding.message).not.toMatch(/Expected|closing tag/);
  });

  it('finds typographic quotes in a component and shows the straight ones', async () => {
    await edit(LESSON, (s) => s.replace('<Wort id="test-wort">', '<Wort id=„test-wort“>'));
    const finding = only(await checkContent(root));
    expect(finding).toMatchObject({ line: 27 });
    expect(finding.message).toContain('<Wort id="kompetenz">');
  });

  it.each([
    ['<script src="https://example.org/zaehler.js"></script>', '<script>'],
    ['<img src="https://example.org/foto.jpg" />', '<Bild name='],
    ['<iframe src="https://example.org/"></iframe>', '<iframe>'],
    ['Ein Foto: ![Foto](https://example.org/foto.jpg)', '<Bild name='],
    ['import Karte from "../karte.astro";', 'import'],
  ])('rejects what is not one of our components or loads from elsewhere: %s', async (pasted, says) => {
    await withBody(pasted);
    const finding = only(await checkContent(root));
    expect(finding).toMatchObject({ file: LESSON, line: 29 });
    expect(finding.message).toContain(says);
  });

  it('accepts our three components, comments and links to other sites', async () => {
    await withBody(
      '<Merke>\nWichtig.\n</Merke>\n\n<Bild name="books" alt="" />\n\n{/* Ein Kommentar. */}\n\n[Die Seite der Stadt](https://example.org/)',
    );
    expect(await checkContent(root)).toEqual([]);
  });

  it('finds a link to a page the build will not make, and offers the nearest one', async () => {
    await withBody('[Das Modul](/lernen/erstes-modull/)');
    const finding = only(await checkContent(root));
    expect(finding).toMatchObject({ file: LESSON, line: 29 });
    expect(finding.message).toContain('Meinten Sie /lernen/erstes-modul/?');
    await edit(LESSON, (s) => s.replace('erstes-modull/', 'erstes-modul/erste-lektion/#abschnitt'));
    expect(await checkContent(root)).toEqual([]);
  });

  it('offers the nearest id for a reference or a word with a typo', async () => {
    await edit('content/workshops/ein-workshop.mdx', (s) => s.replace('anbieter: ein-partner', 'anbieter: ein-parnter'));
    await edit(LESSON, (s) => s.replace('<Wort id="test-wort">', '<Wort id="test-wrot">'));
    const messages = (await checkContent(root)).map((f) => f.message);
    expect(messages).toEqual(
      expect.arrayContaining([expect.stringContaining('Meinten Sie ein-partner?'), expect.stringContaining('Meinten Sie test-wort?')]),
    );
  });

  it('says so when a reference names an entry of another collection', async () => {
    await edit('content/workshops/ein-workshop.mdx', (s) => s.replace('anbieter: ein-partner', 'anbieter: test-wort'));
    expect(only(await checkContent(root)).message).toContain('„test-wort“ ist ein Eintrag in content/glossary');
  });

  it('reports a broken lesson once, not the numbering of the other lessons of its module', async () => {
    const second = 'content/lessons/erstes-modul/zweite-lektion.mdx';
    await cp(path.join(root, LESSON), path.join(root, second));
    await edit(second, (s) => s.replace('nummer: 1', 'nummer: 2'));
    await edit(LESSON, (s) => s.replace('dauerMinuten: 10', 'dauerMinuten: zehn'));
    expect(only(await checkContent(root))).toMatchObject({ file: LESSON, field: 'dauerMinuten' });
  });

  it('finds a tab in the YAML and says to type spaces', async () => {
    await edit('content/glossary/test-wort.yaml', () => 'wort: Test·wort\nformen:\n\t- Test·wörter\nerklaerung: Ein Wort.\n');
    const finding = only(await checkContent(root));
    expect(finding).toMatchObject({ file: 'content/glossary/test-wort.yaml', line: 3 });
    expect(finding.message).toContain('Leer·zeichen');
  });

  it('finds a field indented by mistake at its own line, not at the line before', async () => {
    await edit(LESSON, (s) => s.replace('dauerMinuten: 10', '   dauerMinuten: 10'));
    const finding = only(await checkContent(root));
    expect(finding).toMatchObject({ line: 6 });
    expect(finding.message).toContain('eingerückt');
  });

  it('says how to write a colon in a text of the front matter', async () => {
    await edit(LESSON, (s) => s.replace('titel: Erste Lektion', 'titel: Erste Lektion: Was heißt: Arbeit'));
    const finding = only(await checkContent(root));
    expect(finding).toMatchObject({ line: 2 });
    expect(finding.message).toContain('Anführungs·zeichen');
  });
});
