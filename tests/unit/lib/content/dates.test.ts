import { describe, expect, it } from 'vitest';
import { formatPartialDate, formatUhrzeit, parsePartialDate, partialDateFromDate, partialDateIso } from '../../../../src/lib/content/dates.ts';

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
});
