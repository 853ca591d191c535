/** One calendar file (iCalendar, Europe/Berlin) per date of an offer, for the "in den Kalender" links. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { buildIcs } from '../../../lib/workshops/ical.ts';
import { plain, workshopUrl, type Workshop } from '../../../utils/content.ts';
import { calendarEventOf } from '../../../lib/workshops/calendar-event.ts';

export const getStaticPaths = (async () => {
  const workshops = await getCollection('workshops');
  return workshops.flatMap((workshop) =>
    workshop.data.termine.map((_, index) => ({
      params: { id: workshop.id, nummer: String(index + 1) },
      props: { workshop, index },
    })),
  );
}) satisfies GetStaticPaths;

interface Props {
  workshop: Workshop;
  index: number;
}

export const GET: APIRoute<Props> = ({ props, site }) => {
  const { workshop, index } = props;
  const page = new URL(workshopUrl(workshop.id), site).href;
  const event = calendarEventOf(
    {
      id: workshop.id,
      titel: plain(workshop.data.titel),
      zusammenfassung: plain(workshop.data.zusammenfassung),
      format: workshop.data.format,
    },
    workshop.data.termine.map((termin) => ({ ...termin, ort: termin.ort && plain(termin.ort) })),
    index,
    page,
  );
  return new Response(buildIcs(event), {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${workshop.id}-termin-${String(index + 1)}.ics"`,
    },
  });
};
