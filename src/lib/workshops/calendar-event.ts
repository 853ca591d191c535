/** The calendar event for one date of an offer: what the .ics file of that date holds. */
import type { CalendarEvent } from './ical.ts';

export interface OfferForCalendar {
  id: string;
  /** Title and summary without middle dots: calendars show plain text. */
  titel: string;
  zusammenfassung: string;
  /** Absent where the source does not say whether it is online. */
  format?: string | undefined;
}
export interface OfferDate {
  beginn: string;
  ende: string;
  ort?: string | undefined;
}

/** The file name of a date's calendar file, next to the offer page: "termin-1.ics" for the first. */
export const calendarFileName = (index: number) => `termin-${String(index + 1)}.ics`;

export function calendarEventOf(
  offer: OfferForCalendar,
  dates: readonly OfferDate[],
  index: number,
  pageUrl: string,
  stamp = new Date(),
): CalendarEvent {
  const date = dates[index];
  if (!date) throw new RangeError(`${offer.id} hat keinen Termin ${String(index + 1)}.`);
  return {
    // Stable across builds, so a calendar updates the event instead of adding a second one.
    uid: `${offer.id}-${String(index + 1)}@lernen-leicht-gemacht`,
    title: offer.titel.replaceAll('\n', ' '),
    description: `${offer.zusammenfassung}\n\n${pageUrl}`,
    location: date.ort ?? (offer.format === 'online' ? 'Online' : undefined),
    url: pageUrl,
    start: date.beginn,
    end: date.ende,
    stamp,
  };
}
