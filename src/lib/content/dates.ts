/**
 * Dates as the sources give them: a whole day ("14. Juni 2022"), only a month ("Dezember 2022")
 * or only a year. Content writes them as "2022-06-14", "2022-12" or "2022".
 */
import { isRealDay } from '../calendar-day.ts';

export interface PartialDate {
  year: number;
  /** 1 to 12, when the source names the month. */
  month?: number;
  /** 1 to 31, when the source names the day. */
  day?: number;
}

const DATE_FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Reads "JJJJ", "JJJJ-MM" or "JJJJ-MM-TT"; gives undefined for anything that is not a real date
 *  in the years 1900 to 2100. */
export function parsePartialDate(input: string): PartialDate | undefined {
  const match = DATE_FORM.exec(input.trim());
  if (!match) return undefined;
  const [, y, m, d] = match;
  const year = Number(y);
  if (year < 1900 || year > 2100) return undefined;
  if (m === undefined) return { year };
  const month = Number(m);
  if (month < 1 || month > 12) return undefined;
  if (d === undefined) return { year, month };
  const day = Number(d);
  return isRealDay(year, month, day) ? { year, month, day } : undefined;
}

/** YAML turns an unquoted 2022-06-14 into a Date at midnight UTC: read it back as a day, with the same checks. */
export function partialDateFromDate(date: Date): PartialDate | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return parsePartialDate(date.toISOString().slice(0, 10));
}

const monthFormat = new Intl.DateTimeFormat('de-DE', { month: 'long', timeZone: 'UTC' });

/** "14. Juni 2022", "Dezember 2022" or "2022", as easy-read writes dates. */
export function formatPartialDate(date: PartialDate): string {
  if (date.month === undefined) return String(date.year);
  const monthName = monthFormat.format(new Date(Date.UTC(date.year, date.month - 1, 1)));
  if (date.day === undefined) return `${monthName} ${date.year}`;
  return `${date.day}. ${monthName} ${date.year}`;
}

/** A sortable number: 2022-06-14 gives 20220614; a missing month or day counts as 0. */
export function partialDateSortKey(date: PartialDate): number {
  return date.year * 10_000 + (date.month ?? 0) * 100 + (date.day ?? 0);
}

/** The machine-readable form for a <time datetime="…"> attribute. */
export function partialDateIso(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${date.year}-${pad(date.month)}`;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** "2026-03-05T10:00" → "10 Uhr", "2026-03-05T10:30" → "10:30 Uhr", as easy-read writes times. */
export function formatUhrzeit(zeitpunkt: string): string {
  const [hours = '0', minutes = '00'] = zeitpunkt.slice(11, 16).split(':');
  return minutes === '00' ? `${Number(hours)} Uhr` : `${Number(hours)}:${minutes} Uhr`;
}

/** "2026-03-05T10:00" → "5. März 2026". */
export function formatTag(zeitpunkt: string): string {
  const date = parsePartialDate(zeitpunkt.slice(0, 10));
  return date ? formatPartialDate(date) : zeitpunkt;
}

/**
 * Whether a period that ends on `ende` is over on `today`: a month or a year given alone runs to its
 * last day, so "2023-02" is over from 1 March 2023 on. `today` counts in German time.
 */
export function hasEnded(ende: PartialDate, today: Date): boolean {
  const [year = 0, month = 0, day = 0] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' })
    .format(today)
    .split('-')
    .map(Number);
  const now = { year, month, day };
  const last = (key: PartialDate) => partialDateSortKey({ year: key.year, month: key.month ?? 12, day: key.day ?? 31 });
  return partialDateSortKey(now) > last(ende);
}
