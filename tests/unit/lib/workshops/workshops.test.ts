import { describe, expect, it } from 'vitest';
import { calendarEventOf, calendarFileName } from '../../../../src/lib/workshops/calendar-event.ts';
import {
  emptyFilter,
  filterFor,
  filterToParams,
  matches,
  parseFilter,
  valuesInUse,
  type FilterableOffer,
} from '../../../../src/lib/workshops/filter.ts';
import { buildIcs, escapeText, foldLine, localDateTime } from '../../../../src/lib/workshops/ical.ts';

const offer = (over: Partial<FilterableOffer> = {}): FilterableOffer => ({
  format: 'online',
  themen: ['werkstattrat', 'vernetzung'],
  zielgruppen: ['werkstattraete'],
  barrierefreiheit: ['pausen'],
  region: 'sachsen',
  ...over,
});

describe('workshop filter', () => {
  it('shows every offer when nothing is chosen', () => {
    expect(matches(offer(), emptyFilter())).toBe(true);
  });

  it('matches any chosen value of one kind, and all kinds together', () => {
    expect(matches(offer(), { ...emptyFilter(), format: ['online', 'hybrid'] })).toBe(true);
    expect(matches(offer(), { ...emptyFilter(), format: ['vor-ort'] })).toBe(false);
    expect(matches(offer(), { ...emptyFilter(), format: ['online'], fuer: ['arbeitgeber'] })).toBe(false);
  });

  it('needs every chosen kind of support', () => {
    expect(matches(offer(), { ...emptyFilter(), hilfe: ['pausen'] })).toBe(true);
    expect(matches(offer(), { ...emptyFilter(), hilfe: ['pausen', 'gebaerdensprache'] })).toBe(false);
  });

  it('counts an offer for all of Germany in every Land', () => {
    expect(matches(offer({ region: 'bundesweit' }), { ...emptyFilter(), region: ['bayern'] })).toBe(true);
    expect(matches(offer(), { ...emptyFilter(), region: ['bayern'] })).toBe(false);
  });

  it('keeps an offer whose region the source does not give in every Land, and leaves it out of every format', () => {
    const unknown = offer({ format: undefined, region: undefined });
    expect(matches(unknown, { ...emptyFilter(), region: ['bayern'] })).toBe(true);
    expect(matches(unknown, { ...emptyFilter(), format: ['online'] })).toBe(false);
    // The page writes no attribute for an unknown value; the island reads it as empty.
    expect(matches(offer({ format: '', region: '' }), { ...emptyFilter(), region: ['hessen'], format: ['vor-ort'] })).toBe(false);
    expect(matches(offer({ format: '', region: '' }), { ...emptyFilter(), region: ['hessen'] })).toBe(true);
  });

  it('offers only the values some offer has, in the order of the list, with how many have each', () => {
    const vocabulary = { online: 'Online', 'vor-ort': 'Vor Ort', hybrid: 'Online und vor Ort' };
    const offers = [offer({ format: 'hybrid' }), offer({ format: undefined }), offer({ format: 'online' }), offer({ format: 'online' })];
    expect(valuesInUse(vocabulary, offers, (o) => (o.format ? [o.format] : []))).toEqual([
      { value: 'online', label: 'Online', count: 2 },
      { value: 'hybrid', label: 'Online und vor Ort', count: 1 },
    ]);
    expect(valuesInUse(vocabulary, [offer({ format: undefined })], (o) => (o.format ? [o.format] : []))).toEqual([]);
  });

  it('chooses one topic or one audience for their own pages, as the filter island does', () => {
    expect(filterFor('thema', 'vernetzung')).toEqual({ ...emptyFilter(), thema: ['vernetzung'] });
    expect(matches(offer(), filterFor('thema', 'vernetzung'))).toBe(true);
    expect(matches(offer(), filterFor('thema', 'allgemeiner-arbeitsmarkt'))).toBe(false);
    expect(matches(offer(), filterFor('fuer', 'werkstattraete'))).toBe(true);
    expect(matches(offer(), filterFor('fuer', 'arbeitgeber'))).toBe(false);
  });

  it('reads the filter from the address and ignores what it does not know', () => {
    const state = parseFilter(new URLSearchParams('format=online&format=online&thema=gibt-es-nicht&farbe=rot&fuer=werkstattraete'));
    expect(state).toEqual({ ...emptyFilter(), format: ['online'], fuer: ['werkstattraete'] });
  });

  it('writes the same link for the same choice, whatever the order of clicks', () => {
    const a = filterToParams({ ...emptyFilter(), format: ['hybrid', 'online'], region: ['sachsen'] }).toString();
    const b = filterToParams({ ...emptyFilter(), region: ['sachsen'], format: ['online', 'hybrid'] }).toString();
    expect(a).toBe(b);
    expect(a).toBe('format=online&format=hybrid&region=sachsen');
  });
});

describe('iCalendar file', () => {
  const ics = buildIcs({
    uid: 'test-1@lernen-leicht-gemacht',
    title: 'Workshop: Rechte, Pflichten; Fragen',
    description: 'Erste Zeile\nZweite Zeile mit einem sehr langen Text, der über die Grenze von fünfundsiebzig Zeichen geht',
    location: 'Online',
    start: '2026-03-05T10:00',
    end: '2026-03-05T12:30',
    stamp: new Date('2026-11-23T08:00:00Z'),
  });
  const lines = ics.split('\r\n');

  it('ends every line with CRLF and wraps the event in a calendar', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines).toContain('BEGIN:VEVENT');
  });

  it('gives start and end in German time with the time zone and its definition', () => {
    expect(lines).toContain('DTSTART;TZID=Europe/Berlin:20260305T100000');
    expect(lines).toContain('DTEND;TZID=Europe/Berlin:20260305T123000');
    expect(lines).toContain('TZID:Europe/Berlin');
    expect(lines).toContain('DTSTAMP:20261123T080000Z');
  });

  it('escapes commas, semicolons and line breaks in text', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    expect(lines).toContain('SUMMARY:Workshop: Rechte\\, Pflichten\\; Fragen');
  });

  it('folds long lines at 75 octets, also between multi-byte characters', () => {
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const folded = foldLine(`DESCRIPTION:${'ä'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).toBe(`DESCRIPTION:${'ä'.repeat(60)}`);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
  });

  describe('folding at the limit of 75 octets', () => {
    const octets = (text: string) => new TextEncoder().encode(text).length;
    const partsOf = (line: string) => foldLine(line).split('\r\n ');

    it('keeps a line of exactly 75 octets whole, and folds one of 76 after the 75th', () => {
      const line = `DESCRIPTION:${'x'.repeat(63)}`;
      expect(octets(line)).toBe(75);
      expect(foldLine(line)).toBe(line);
      expect(partsOf(`${line}y`)).toEqual([line, 'y']);
    });

    it('gives a continuation line 74 octets after its leading space, 75 in all', () => {
      const first = 'x'.repeat(75);
      const second = 'y'.repeat(74);
      expect(partsOf(first + second)).toEqual([first, second]);
      expect(partsOf(`${first + second}z`)).toEqual([first, second, 'z']);
    });

    it('moves a character of two octets to the next line when only one octet is left', () => {
      expect(partsOf(`${'x'.repeat(73)}ä`)).toEqual([`${'x'.repeat(73)}ä`]);
      expect(partsOf(`${'x'.repeat(74)}ä`)).toEqual(['x'.repeat(74), 'ä']);
    });

    it('moves a character of four octets whole, never splitting its bytes or its surrogate pair', () => {
      expect(partsOf(`${'x'.repeat(71)}😀`)).toEqual([`${'x'.repeat(71)}😀`]);
      for (const before of [72, 73, 74]) {
        expect(partsOf(`${'x'.repeat(before)}😀`)).toEqual(['x'.repeat(before), '😀']);
      }
    });
  });

  it('refuses a time that is not a time', () => {
    expect(() => localDateTime('5.3.2026 10 Uhr')).toThrow(RangeError);
  });
});

describe('calendar event of an offer date', () => {
  const offer = { id: 'ein-workshop', titel: 'Ein Workshop', zusammenfassung: 'Kurz gesagt.', format: 'online' };
  const dates = [
    { beginn: '2026-03-05T10:00', ende: '2026-03-05T12:00' },
    { beginn: '2026-07-01T09:30', ende: '2026-07-01T15:00', ort: 'Leipzig' },
  ];
  const stamp = new Date(Date.UTC(2026, 0, 1));

  it('gives each date a stable id, its times, the page address, and "Online" as place for online offers', () => {
    const event = calendarEventOf(offer, dates, 0, 'https://example.org/workshops/ein-workshop/', stamp);
    expect(event).toMatchObject({
      uid: 'ein-workshop-1@lernen-leicht-gemacht',
      start: '2026-03-05T10:00',
      end: '2026-03-05T12:00',
      location: 'Online',
      url: 'https://example.org/workshops/ein-workshop/',
    });
    expect(event.description).toContain('https://example.org/workshops/ein-workshop/');
  });

  it('uses the place of the date where there is one', () => {
    const event = calendarEventOf(offer, dates, 1, 'https://example.org/w/', stamp);
    expect(event.uid).toBe('ein-workshop-2@lernen-leicht-gemacht');
    expect(event.location).toBe('Leipzig');
    expect(buildIcs(event)).toContain('DTSTART;TZID=Europe/Berlin:20260701T093000');
  });

  it('refuses a date the offer does not have', () => {
    expect(() => calendarEventOf(offer, dates, 2, 'https://example.org/w/', stamp)).toThrow(RangeError);
  });

  it('names the file of each date next to the offer page', () => {
    expect(calendarFileName(0)).toBe('termin-1.ics');
  });
});
