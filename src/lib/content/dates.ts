/**
 * Dates as the sources give them: a whole day ("14. Juni 2022"), only a month ("Dezember 2022")
 * or only a year. Content writes them as "2022-06-14", "2022-12" or "2022".
 */
import { isRealDay } from '../calendar-day.ts';

export interface Datum {
  jahr: number;
  /** 1 to 12, when the source names the month. */
  monat?: number;
  /** 1 to 31, when the source names the day. */
  tag?: number;
}

const DATUM_FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Reads "JJJJ", "JJJJ-MM" or "JJJJ-MM-TT"; gives undefined for anything that is not a real date. */
export function parseDatum(input: string): Datum | undefined {
  const match = DATUM_FORM.exec(input.trim());
  if (!match) return undefined;
  const [, y, m, d] = match;
  const jahr = Number(y);
  if (jahr < 1900 || jahr > 2100) return undefined;
  if (m === undefined) return { jahr };
  const monat = Number(m);
  if (monat < 1 || monat > 12) return undefined;
  if (d === undefined) return { jahr, monat };
  const tag = Number(d);
  return isRealDay(jahr, monat, tag) ? { jahr, monat, tag } : undefined;
}

/** YAML turns an unquoted 2022-06-14 into a Date at midnight UTC: read it back as a day. */
export function datumFromDate(date: Date): Datum | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return { jahr: date.getUTCFullYear(), monat: date.getUTCMonth() + 1, tag: date.getUTCDate() };
}

const monthFormat = new Intl.DateTimeFormat('de-DE', { month: 'long', timeZone: 'UTC' });

/** "14. Juni 2022", "Dezember 2022" or "2022", as easy-read writes dates. */
export function formatDatum(datum: Datum): string {
  if (datum.monat === undefined) return String(datum.jahr);
  const monthName = monthFormat.format(new Date(Date.UTC(datum.jahr, datum.monat - 1, 1)));
  if (datum.tag === undefined) return `${monthName} ${datum.jahr}`;
  return `${datum.tag}. ${monthName} ${datum.jahr}`;
}

/** A sortable number: 2022-06-14 gives 20220614; a missing month or day counts as 0. */
export function datumSortKey(datum: Datum): number {
  return datum.jahr * 10_000 + (datum.monat ?? 0) * 100 + (datum.tag ?? 0);
}

/** The machine-readable form for a <time datetime="…"> attribute. */
export function datumIso(datum: Datum): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (datum.monat === undefined) return String(datum.jahr);
  if (datum.tag === undefined) return `${datum.jahr}-${pad(datum.monat)}`;
  return `${datum.jahr}-${pad(datum.monat)}-${pad(datum.tag)}`;
}

/** "2026-03-05T10:00" → "10 Uhr", "2026-03-05T10:30" → "10:30 Uhr", as easy-read writes times. */
export function formatUhrzeit(zeitpunkt: string): string {
  const [hours = '0', minutes = '00'] = zeitpunkt.slice(11, 16).split(':');
  return minutes === '00' ? `${Number(hours)} Uhr` : `${Number(hours)}:${minutes} Uhr`;
}

/** "2026-03-05T10:00" → "5. März 2026". */
export function formatTag(zeitpunkt: string): string {
  const datum = parseDatum(zeitpunkt.slice(0, 10));
  return datum ? formatDatum(datum) : zeitpunkt;
}
