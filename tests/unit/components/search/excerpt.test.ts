import { describe, expect, it } from 'vitest';
import { withoutSearchForms } from '../../../../src/components/search/excerpt.ts';

describe('withoutSearchForms', () => {
  it('shows a split word as the reader reads it, without the full stop Pagefind puts after its search form', () => {
    expect(withoutSearchForms('Der Werk-statt-rat. ist eine Gruppe.')).toBe('Der Werkstattrat ist eine Gruppe.');
    expect(withoutSearchForms('den allgemeinen Arbeits-markt. .')).toBe('den allgemeinen Arbeitsmarkt.');
    expect(withoutSearchForms('zum Thema <mark>Werk-statt-rat.</mark> Hier')).toBe('zum Thema <mark>Werkstattrat</mark> Hier');
    expect(withoutSearchForms('<mark>Werk-statt-rat</mark>. ?')).toBe('<mark>Werkstattrat</mark>?');
    expect(withoutSearchForms('Mit-reden. : Werk-statt-räte. im Beirat')).toBe('Mitreden: Werkstatträte im Beirat');
    expect(withoutSearchForms('In der Werk-statt. , und „ Arbeits-platz. “ gut.')).toBe('In der Werkstatt, und „Arbeitsplatz“ gut.');
  });
  it('joins a search form at the end of the excerpt', () => {
    expect(withoutSearchForms('Ich kann die Aufgaben vom Werk-statt-rat.')).toBe('Ich kann die Aufgaben vom Werkstattrat');
    expect(withoutSearchForms('die Aufgaben vom <mark>Werk-statt-rat.</mark>')).toBe('die Aufgaben vom <mark>Werkstattrat</mark>');
  });
  it('keeps the hyphens of a word written with them, and joins only the parts of the split', () => {
    expect(withoutSearchForms('Wir sind in Rheinland-Pfalz.')).toBe('Wir sind in Rheinland-Pfalz.');
    const text = 'Das Land Rheinland-Pfalz. Dort gibt es einen Online-Workshop. Ein Workshop im Internet.';
    expect(withoutSearchForms(text)).toBe(text);
    expect(withoutSearchForms('das Talent-PASS-Netz-werk. hilft')).toBe('das Talent-PASS-Netzwerk hilft');
  });
});
