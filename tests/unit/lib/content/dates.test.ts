import { describe, expect, it } from 'vitest';
import {
  formatPartialDate,
  formatUhrzeit,
  hasEnded,
  parsePartialDate,
  partialDateFromDate,
  partialDateIso,
} from '../../../../src/lib/content/dates.ts';

describe('dates as the sources give them', () => {
  it('reads a day, a month or a year', () => {
    expect(parsePartialDate('2022-06-14')).toEqual({ year: 2022, month: 6, day: 14 });
    expect(parsePartialDate('2022-12')).toEqual({ year: 2022, month: 12 });
    expect(parsePartialDate('2017')).toEqual({ year: 2017 });
  });

  it('rejects days and months that do not exist', () => {
    expect(parsePartialDate('2022-02-30')).toBeUndefined();
    expect(parsePartialDate('2023-02-29')).toBeUndefined();
    expect(parsePartialDate('2022-13')).toBeUndefined();
    expect(parsePartialDate('14.06.2022')).toBeUndefined();
  });

  it('accepts the years 1900 to 2100, and not one year more on either side', () => {
    expect(parsePartialDate('1900')).toEqual({ year: 1900 });
    expect(parsePartialDate('1900-01-01')).toEqual({ year: 1900, month: 1, day: 1 });
    expect(parsePartialDate('2100')).toEqual({ year: 2100 });
    expect(parsePartialDate('2100-12-31')).toEqual({ year: 2100, month: 12, day: 31 });
    for (const outside of ['1899', '1899-12', '1899-12-31', '2101', '2101-01', '2101-01-01']) {
      expect(parsePartialDate(outside)).toBeUndefined();
    }
  });

  it('holds a date that YAML read as a Date to the same years', () => {
    expect(partialDateFromDate(new Date('1900-01-01T00:00:00Z'))).toEqual({ year: 1900, month: 1, day: 1 });
    expect(partialDateFromDate(new Date('2100-12-31T00:00:00Z'))).toEqual({ year: 2100, month: 12, day: 31 });
    expect(partialDateFromDate(new Date('1899-12-31T00:00:00Z'))).toBeUndefined();
    expect(partialDateFromDate(new Date('2101-01-01T00:00:00Z'))).toBeUndefined();
    expect(partialDateFromDate(new Date(Date.UTC(-1, 0, 1)))).toBeUndefined();
    expect(partialDateFromDate(new Date('kein Datum'))).toBeUndefined();
  });

  it('accepts 29 February in a leap year', () => {
    expect(parsePartialDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('writes dates as easy-read asks: 14. Juni 2022', () => {
    expect(formatPartialDate({ year: 2022, month: 6, day: 14 })).toBe('14. Juni 2022');
    expect(formatPartialDate({ year: 2022, month: 12 })).toBe('Dezember 2022');
    expect(formatPartialDate({ year: 2017 })).toBe('2017');
  });

  it('reads a YAML date back as the same day', () => {
    expect(partialDateFromDate(new Date('2022-06-14T00:00:00Z'))).toEqual({ year: 2022, month: 6, day: 14 });
  });

  it('gives the machine form for <time>', () => {
    expect(partialDateIso({ year: 2022, month: 6, day: 4 })).toBe('2022-06-04');
    expect(partialDateIso({ year: 2022, month: 12 })).toBe('2022-12');
  });

  it('writes full hours as "10 Uhr"', () => {
    expect(formatUhrzeit('2026-03-05T10:00')).toBe('10 Uhr');
    expect(formatUhrzeit('2026-03-05T09:30')).toBe('9:30 Uhr');
  });

  it('counts a period as ended from the day after its last day, in German time', () => {
    // A month given alone runs to its last day; the source's "29. Februar 2023" is kept as "2023-02".
    expect(hasEnded({ year: 2023, month: 2 }, new Date('2023-02-28T22:59:00Z'))).toBe(false);
    expect(hasEnded({ year: 2023, month: 2 }, new Date('2023-02-28T23:00:00Z'))).toBe(true);
    expect(hasEnded({ year: 2020, month: 12, day: 31 }, new Date('2020-12-31T12:00:00Z'))).toBe(false);
    expect(hasEnded({ year: 2020, month: 12, day: 31 }, new Date('2021-01-01T12:00:00Z'))).toBe(true);
    expect(hasEnded({ year: 2021 }, new Date('2021-12-31T12:00:00Z'))).toBe(false);
    expect(hasEnded({ year: 2021 }, new Date('2022-01-01T12:00:00Z'))).toBe(true);
  });
});
