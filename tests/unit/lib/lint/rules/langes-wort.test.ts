/**
 * langes-wort: a compound without a split fails from 13 letters and warns below; a long simple word gets
 * a hint (explain it), never a split (leichte-sprache.config.yaml, the lexicon in ../words.ts).
 */
import { describe, expect, it } from 'vitest';
import { lint, of } from '../../../../../tools/lint/test-helpers.ts';

describe('langes-wort', () => {
  it('passes split words, short words and allowed names', () => {
    expect(of(lint('Der Werk·statt·rat und JOBinklusive helfen bei der Arbeit.\n'), 'langes-wort')).toEqual([]);
  });

  it('warns at a compound of 12 letters, one less than the error limit', () => {
    expect(of(lint('Der Werkstattrat hilft.\n'), 'langes-wort')).toMatchObject([
      { severity: 'warning', words: 'Werkstattrat', suggestion: 'Trennen Sie zwischen den Wörtern: Werk·statt·rat' },
    ]);
  });

  it('fails a compound of 13 letters, the error limit', () => {
    expect(of(lint('Die Werkstatträte helfen.\n'), 'langes-wort')).toMatchObject([
      { severity: 'error', words: 'Werkstatträte', message: '„Werkstatträte“ ist aus 3 Wörtern zusammengesetzt und nicht getrennt.' },
    ]);
  });

  it('suggests the middle dot between the words of a compound, with its linking s', () => {
    const found = of(lint('Der Kompetenznachweis hilft.\n'), 'langes-wort');
    expect(found).toMatchObject([{ severity: 'error', words: 'Kompetenznachweis', column: 5 }]);
    expect(found[0]?.suggestion).toBe('Trennen Sie zwischen den Wörtern: Kompetenz·nachweis');
  });

  it('never suggests a split inside a long simple word, only a hint to explain it', () => {
    const found = of(lint('Die Berufsbildung bringt Möglichkeiten.\nDie Möglichkeiten sind gut.\n'), 'langes-wort');
    const hint = found.filter((f) => f.words === 'Möglichkeiten');
    expect(hint).toMatchObject([
      { severity: 'warning', suggestion: 'Erklären Sie das Wort im Wörter·buch, oder nehmen Sie ein einfacheres Wort.' },
    ]);
    expect(found.map((f) => f.suggestion).join(' ')).not.toContain('Möglich·keiten');
  });

  it('gives no hint for a simple word of 12 letters, one less than the hint limit', () => {
    expect(of(lint('Die Organisation hilft.\n'), 'langes-wort')).toEqual([]);
  });

  it('gives no hint for a long word the dictionary explains', () => {
    expect(of(lint('Das ist eine Werkstatt.\n'), 'langes-wort').filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('leaves adjectives and verbs whole, but keeps the particles easy-read writes apart', () => {
    expect(of(lint('Das ist erfolgreich.\nSie können etwas erstellen.\n'), 'langes-wort')).toEqual([]);
    expect(of(lint('Sie können mitreden.\n'), 'langes-wort')).toMatchObject([
      { suggestion: 'Trennen Sie zwischen den Wörtern: mit·reden' },
    ]);
  });

  it('checks the pieces of a split word from 13 letters on', () => {
    expect(of(lint('Der Berufs·bildungsbereich hilft.\n'), 'langes-wort')).toMatchObject([
      { severity: 'warning', suggestion: 'Trennen Sie zwischen den Wörtern: Berufs·bildungs·bereich' },
    ]);
    expect(of(lint('Der Erprobungs·standort ist in Leipzig.\n'), 'langes-wort')).toEqual([]);
  });
});
