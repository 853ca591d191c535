import { describe, expect, it } from 'vitest';
import { withoutSearchForms } from '../../../../src/components/search/excerpt.ts';

describe('withoutSearchForms', () => {
  it('keeps each split word once, as the reader reads it', () => {
    expect(withoutSearchForms('Der Werk-statt-rat. Werkstattrat ist eine Gruppe.')).toBe('Der Werkstattrat ist eine Gruppe.');
    expect(withoutSearchForms('den allgemeinen Arbeits-markt. Arbeitsmarkt.')).toBe('den allgemeinen Arbeitsmarkt.');
    expect(withoutSearchForms('zum Thema <mark>Werk-statt-rat.</mark> <mark>Werkstattrat.</mark> Hier')).toBe(
      'zum Thema <mark>Werkstattrat.</mark> Hier',
    );
    expect(withoutSearchForms('<mark>Werk-statt-rat</mark>. <mark>Werkstattrat</mark>?')).toBe('<mark>Werkstattrat</mark>?');
    expect(withoutSearchForms('Mit-reden. Mitreden: Werk-statt-räte. Werkstatträte im Beirat')).toBe('Mitreden: Werkstatträte im Beirat');
  });
  it('joins a search form cut off at the end of the excerpt', () => {
    expect(withoutSearchForms('Ich kann die Aufgaben vom Werk-statt-rat.')).toBe('Ich kann die Aufgaben vom Werkstattrat.');
    expect(withoutSearchForms('die Aufgaben vom <mark>Werk-statt-rat.</mark>')).toBe('die Aufgaben vom <mark>Werkstattrat.</mark>');
    expect(withoutSearchForms('Wir sind in Rheinland-Pfalz.')).toBe('Wir sind in Rheinland-Pfalz.');
  });
  it('leaves a hyphenated word alone that is not followed by its joined form', () => {
    const text = 'Das Land Rheinland-Pfalz. Dort gibt es eine Liga.';
    expect(withoutSearchForms(text)).toBe(text);
    expect(withoutSearchForms('Online-Workshop. Ein Workshop im Internet.')).toBe('Online-Workshop. Ein Workshop im Internet.');
  });
});
