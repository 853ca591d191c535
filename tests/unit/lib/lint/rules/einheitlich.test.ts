/** einheitlich: each term of the config's list in its one spelling. */
import { describe, expect, it } from 'vitest';
import { config, lint, of } from '../../../../../tools/lint/test-helpers.ts';

describe('einheitlich', () => {
  it('lists the terms the issue names', () => {
    expect(config.regeln.einheitlich.begriffe).toEqual(expect.arrayContaining(['Werk·statt·rat', 'Peer·beratung', 'Zertifikat']));
  });

  it('passes the listed spelling, also with a capital at the start of a sentence', () => {
    expect(of(lint('Der Werk·statt·rat hilft bei der Peer·beratung.\n'), 'einheitlich')).toEqual([]);
  });

  it('flags another split or a hyphen, with the listed spelling as suggestion', () => {
    const found = of(lint('Der Werkstatt·rat hilft bei der Peer-Beratung.\n'), 'einheitlich');
    expect(found.map((f) => f.words)).toEqual(['Werkstatt·rat', 'Peer-Beratung']);
    expect(found[0]).toMatchObject({ severity: 'warning', suggestion: 'Schreiben Sie „Werk·statt·rat“: ein Wort für eine Sache.' });
  });

  it('leaves words alone that are not in the list', () => {
    expect(of(lint('Der Arbeits·vertrag und der Arbeitsvertrag.\n'), 'einheitlich')).toEqual([]);
  });
});
