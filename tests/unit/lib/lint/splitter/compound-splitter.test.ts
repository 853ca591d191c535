import { beforeAll, describe, expect, it } from 'vitest';
import { createSplitter, parseLexiconText, serializeLexicon, MIDDLE_DOT } from '../../../../../src/lib/lint/splitter/compound-splitter.ts';
import type { LexiconData, Splitter } from '../../../../../src/lib/lint/splitter/compound-splitter.ts';
import { loadLexicon } from '../../../../../tools/lint/splitter/load-lexicon.ts';
import { ambiguous, compounds, simpleWords, wrongSplits } from '../../../../../tools/lint/splitter/wordlist.ts';
import { unseenCompounds, unseenSimple } from '../../../../../tools/lint/splitter/unseen.ts';

// No test depends on speed; the timeouts only stop a hung run.
const LOAD_TIMEOUT = 60_000;
const TEST_TIMEOUT = 30_000;

const undot = (d: string): string => d.replaceAll(MIDDLE_DOT, '');
const dot = (s: Splitter, w: string): string => s.split(w).join(MIDDLE_DOT);

let lexicon: LexiconData;
let s: Splitter;

beforeAll(async () => {
  lexicon = await loadLexicon();
  s = createSplitter(lexicon, { allow: ['Peer', 'Workshop', 'Online', 'JOBinklusive'] });
}, LOAD_TIMEOUT);

describe('word list from our field', { timeout: TEST_TIMEOUT }, () => {
  it('has enough cases', () => {
    expect(compounds.length).toBeGreaterThanOrEqual(170);
    expect(simpleWords.length).toBeGreaterThanOrEqual(60);
    const words = [...compounds.map(undot), ...simpleWords, ...ambiguous];
    expect(new Set(words).size).toBe(words.length);
  });

  it('splits at least 95 % of the compounds exactly right', () => {
    const wrong = compounds.filter((d) => dot(s, undot(d)) !== d).map((d) => `${d} -> ${dot(s, undot(d))}`);
    const score = (compounds.length - wrong.length) / compounds.length;
    const percent = (score * 100).toFixed(1);
    const report = `compounds: ${compounds.length - wrong.length}/${compounds.length} (${percent} %), wrong: ${wrong.join(', ')}`;
    expect(score, report).toBeGreaterThanOrEqual(0.95);
  });

  it('splits none of the simple words', () => {
    const split = simpleWords.filter((w) => s.split(w).length > 1).map((w) => dot(s, w));
    expect(split).toEqual([]);
  });

  it.each(simpleWords.map((w) => [w]))('leaves %s whole', (w) => {
    expect(s.split(w)).toEqual([w]);
  });

  it.each(compounds.map((d) => [d]))('accepts its own split %s', (d) => {
    expect(s.checkSplit(d)).toEqual({ ok: true, badParts: [] });
  });
});

describe('regressions: splits users reported as wrong', { timeout: TEST_TIMEOUT }, () => {
  it.each(wrongSplits.map((d) => [d]))('rejects %s', (d) => {
    const r = s.checkSplit(d);
    expect(r.ok).toBe(false);
    expect(r.badParts.length).toBeGreaterThan(0);
    expect(dot(s, undot(d))).not.toBe(d);
  });

  it('names the bad parts', () => {
    expect(s.checkSplit('Zerti·fikat').badParts).toEqual(['Zerti', 'fikat']);
    expect(s.checkSplit('Möglich·keiten').badParts).toContain('keiten');
    expect(s.checkSplit('Be·schäftigung').badParts).toContain('Be');
    expect(s.checkSplit('Berufsge·nossenschaft').badParts).toEqual(['Berufsge', 'nossenschaft']);
    expect(s.checkSplit('Gleichberech·tigung').badParts).toEqual(['Gleichberech', 'tigung']);
    expect(s.checkSplit('Lebens·langes').badParts).toEqual(['langes']);
  });

  it('splits those words the right way', () => {
    expect(s.split('Berufsgenossenschaft')).toEqual(['Berufs', 'genossenschaft']);
    expect(s.split('Gleichberechtigung')).toEqual(['Gleich', 'berechtigung']);
    for (const w of [
      'Zertifikat',
      'Möglichkeiten',
      'Beschäftigung',
      'Kooperation',
      'Behinderung',
      'Beschäftigten',
      'Megafon',
      'JavaScript',
      'Lebenslanges',
      'Qualifizierung',
    ]) {
      expect(s.split(w)).toEqual([w]);
    }
  });
});

describe('API behaviour', { timeout: TEST_TIMEOUT }, () => {
  it('keeps the case of the word in the parts', () => {
    expect(s.split('Werkstatträte')).toEqual(['Werk', 'statt', 'räte']);
    expect(s.split('ARBEITSPLATZ')).toEqual(['ARBEITS', 'PLATZ']);
    expect(s.split('arbeitsplatz')).toEqual(['arbeits', 'platz']);
  });

  it('handles linking elements, verb stems and inflected forms', () => {
    expect(dot(s, 'Arbeitsvertrag')).toBe('Arbeits·vertrag');
    expect(dot(s, 'Hilfsmittel')).toBe('Hilfs·mittel');
    expect(dot(s, 'Kindergarten')).toBe('Kinder·garten');
    expect(dot(s, 'Lernpass')).toBe('Lern·pass');
    expect(dot(s, 'Prüfgruppe')).toBe('Prüf·gruppe');
    expect(dot(s, 'Arbeitsplätze')).toBe('Arbeits·plätze');
    expect(dot(s, 'Arbeitsplatzes')).toBe('Arbeits·platzes');
    expect(dot(s, 'Sicherheitsschuhen')).toBe('Sicherheits·schuhen');
    expect(dot(s, 'Gruppenleiterinnen')).toBe('Gruppen·leiterinnen');
  });

  it('leaves hyphens in place and splits only the compound pieces', () => {
    expect(s.split('Erste-Hilfe-Kasten')).toEqual(['Erste-Hilfe-Kasten']);
    expect(s.split('Arbeitsschutz-Gesetz')).toEqual(['Arbeits', 'schutz-Gesetz']);
    expect(s.split('Online-Kurs')).toEqual(['Online-Kurs']);
    expect(s.checkSplit('Arbeits·schutz-Gesetz').ok).toBe(true);
    expect(s.checkSplit('Erste-Hilfe-Kasten').ok).toBe(true);
  });

  it('uses the allow list', () => {
    expect(s.split('Peerberatung')).toEqual(['Peer', 'beratung']);
    expect(s.split('Workshopleiter')).toEqual(['Workshop', 'leiter']);
    expect(s.split('Onlinekurse')).toEqual(['Online', 'kurse']);
    expect(s.split('JOBinklusive')).toEqual(['JOBinklusive']);
    expect(s.isWord('Peer')).toBe(true);
    expect(s.checkSplit('JOB·inklusive').ok).toBe(false);
    const plain = createSplitter(lexicon);
    expect(plain.split('Peerberatung')).toEqual(['Peerberatung']);
  });

  it('does not split off prefixes or particles; splits off mit, weiter, zusammen, selbst', () => {
    for (const w of ['Ausweis', 'Abgabe', 'Vorsicht', 'Unterricht', 'Einladung', 'Mittag', 'Mittags']) {
      expect(s.split(w)).toEqual([w]);
    }
    expect(dot(s, 'Mitbestimmung')).toBe('Mit·bestimmung');
    expect(dot(s, 'Mitarbeiter')).toBe('Mit·arbeiter');
    expect(dot(s, 'Weiterbildung')).toBe('Weiter·bildung');
    expect(dot(s, 'Zusammenarbeit')).toBe('Zusammen·arbeit');
    expect(dot(s, 'Selbstbestimmung')).toBe('Selbst·bestimmung');
    expect(dot(s, 'Ausgleichsabgabe')).toBe('Ausgleichs·abgabe');
  });

  it('never makes a suffix or a too short piece a part', () => {
    for (const w of ['Bäckerei', 'Gärtnerei', 'Landschaft', 'Zeugnis', 'Wohnung', 'Lernende', 'Reisende', 'Television']) {
      expect(s.split(w)).toEqual([w]);
    }
    expect(s.isWord('keit')).toBe(false);
    expect(s.isWord('schaft')).toBe(false);
    expect(s.isWord('ung')).toBe(false);
    expect(dot(s, 'Ölwechsel')).toBe('Öl·wechsel');
    expect(dot(s, 'Wochenende')).toBe('Wochen·ende');
  });

  it('does not split short words', () => {
    expect(s.split('Notruf')).toEqual(['Not', 'ruf']);
    expect(createSplitter(lexicon, { minLength: 7 }).split('Notruf')).toEqual(['Notruf']);
    expect(s.split('Haus')).toEqual(['Haus']);
    expect(s.split('')).toEqual(['']);
  });

  it('leaves non-words alone', () => {
    expect(s.split('3D-Drucker')).toEqual(['3D-Drucker']);
    expect(s.split('E-Mail-Adresse')).toEqual(['E-Mail-Adresse']);
    expect(s.split('PowerPoint')).toEqual(['PowerPoint']);
  });

  it('is deterministic', () => {
    const again = createSplitter(lexicon, { allow: ['Peer', 'Workshop', 'Online', 'JOBinklusive'] });
    for (const d of compounds.slice(0, 60)) expect(again.split(undot(d))).toEqual(s.split(undot(d)));
  });

  it('isWord knows compound parts', () => {
    for (const p of ['Arbeits', 'platz', 'Werk', 'statt', 'Lern', 'räte', 'Vertrag']) expect(s.isWord(p)).toBe(true);
    for (const p of ['Zerti', 'fikat', 'nossenschaft', 'tigung', 'keiten']) expect(s.isWord(p)).toBe(false);
  });
});

describe('the lexicon as text (the form a browser would load)', { timeout: TEST_TIMEOUT }, () => {
  it('gives a splitter with the same results after serializeLexicon and parseLexiconText', () => {
    const fromText = createSplitter(parseLexiconText(serializeLexicon(lexicon)));
    const plain = createSplitter(lexicon);
    for (const d of compounds) expect(fromText.split(undot(d))).toEqual(plain.split(undot(d)));
    for (const w of simpleWords) expect(fromText.split(w)).toEqual(plain.split(w));
  });

  it('keeps word forms that start with a digit or a capital, which also mark shared characters', () => {
    const forms = ['Doku', 'Dokus', 'Verb', 'Zahl', '1a', 'b', 'bei', 'Ärzte'];
    const data = { begin: [], middle: [], end: [], nouns: [], forbidden: [], keepWhole: [], notParts: [], forms };
    expect(parseLexiconText(serializeLexicon(data)).forms).toEqual([...forms].sort());
  });
});

describe('unseen words (final sanity check, written before the first run)', { timeout: TEST_TIMEOUT }, () => {
  it('reports the score and gets at least 80 % right', () => {
    const wrong = [
      ...unseenCompounds.filter((d) => dot(s, undot(d)) !== d).map((d) => `${d} -> ${dot(s, undot(d))}`),
      ...unseenSimple.filter((w) => s.split(w).length > 1).map((w) => `${w} -> ${dot(s, w)}`),
    ];
    const total = unseenCompounds.length + unseenSimple.length;
    expect(total).toBe(30);
    expect((total - wrong.length) / total, `unseen: ${total - wrong.length}/${total}, wrong: ${wrong.join(', ')}`).toBeGreaterThanOrEqual(
      0.8,
    );
  });
});
