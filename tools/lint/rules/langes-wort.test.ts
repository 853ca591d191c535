/** langes-wort: an unsplit word of 13 letters or more fails, one of more than 3 syllables warns (leichte-sprache.config.yaml). */
import { describe, expect, it } from 'vitest';
import { lint, of } from '../test-helpers.ts';

describe('langes-wort', () => {
  it('passes split words, short words and allowed names', () => {
    expect(of(lint('Der Werk·statt·rat und JOBinklusive helfen bei der Arbeit.\n'), 'langes-wort')).toEqual([]);
  });

  it('passes a word of 12 letters and 3 syllables, the longest without a finding', () => {
    expect(of(lint('Der Werkstattrat hilft.\n'), 'langes-wort')).toEqual([]);
  });

  it('fails a word of 13 letters, one more than allowed without a split', () => {
    expect(of(lint('Die Werkstatträte helfen.\n'), 'langes-wort')).toMatchObject([
      { severity: 'error', words: 'Werkstatträte', message: '„Werkstatträte“ hat 13 Buchstaben und ist nicht getrennt.' },
    ]);
  });

  it('fails a long word and suggests the middle dot at its joints', () => {
    const found = of(lint('Der Kompetenznachweis hilft.\n'), 'langes-wort');
    expect(found).toMatchObject([{ severity: 'error', words: 'Kompetenznachweis', column: 5 }]);
    expect(found[0]?.suggestion).toContain('Kompetenz·nachweis');
  });

  it('warns at a word of 4 syllables, one more than allowed without a split', () => {
    expect(of(lint('Das ist ein Zertifikat.\n'), 'langes-wort')).toMatchObject([
      { severity: 'warning', words: 'Zertifikat', message: '„Zertifikat“ hat 4 Silben und ist nicht getrennt.' },
    ]);
  });
});
