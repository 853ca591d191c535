import { describe, expect, it } from 'vitest';
import { datumFromDate, datumIso, formatDatum, formatUhrzeit, parseDatum } from '../../../../src/lib/content/dates.ts';

describe('dates as the sources give them', () => {
  it('reads a day, a month or a year', () => {
    expect(parseDatum('2022-06-14')).toEqual({ jahr: 2022, monat: 6, tag: 14 });
    expect(parseDatum('2022-12')).toEqual({ jahr: 2022, monat: 12 });
    expect(parseDatum('2017')).toEqual({ jahr: 2017 });
  });

  it('rejects days and months that do not exist', () => {
    expect(parseDatum('2022-02-30')).toBeUndefined();
    expect(parseDatum('2023-02-29')).toBeUndefined();
    expect(parseDatum('2022-13')).toBeUndefined();
    expect(parseDatum('14.06.2022')).toBeUndefined();
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseDatum('2024-02-29')).toEqual({ jahr: 2024, monat: 2, tag: 29 });
  });

  it('writes dates as easy-read asks: 14. Juni 2022', () => {
    expect(formatDatum({ jahr: 2022, monat: 6, tag: 14 })).toBe('14. Juni 2022');
    expect(formatDatum({ jahr: 2022, monat: 12 })).toBe('Dezember 2022');
    expect(formatDatum({ jahr: 2017 })).toBe('2017');
  });

  it('reads a YAML date back as the same day', () => {
    expect(datumFromDate(new Date('2022-06-14T00:00:00Z'))).toEqual({ jahr: 2022, monat: 6, tag: 14 });
  });

  it('gives the machine form for <time>', () => {
    expect(datumIso({ jahr: 2022, monat: 6, tag: 4 })).toBe('2022-06-04');
    expect(datumIso({ jahr: 2022, monat: 12 })).toBe('2022-12');
  });

  it('writes full hours as "10 Uhr"', () => {
    expect(formatUhrzeit('2026-03-05T10:00')).toBe('10 Uhr');
    expect(formatUhrzeit('2026-03-05T09:30')).toBe('9:30 Uhr');
  });
});
