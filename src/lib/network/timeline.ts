/** The time line of the network: every date the sources give for a project or agreement, oldest first. */
import { datumSortKey, type Datum } from '../content/dates.ts';

export type EventKind = 'unterzeichnet' | 'beginn' | 'ende';

export interface TimelineSource {
  id: string;
  unterzeichnet?: Datum | undefined;
  beginn?: Datum | undefined;
  ende?: Datum | undefined;
}
export interface TimelineEvent {
  projekt: string;
  art: EventKind;
  datum: Datum;
}

const KIND_ORDER: EventKind[] = ['unterzeichnet', 'beginn', 'ende'];

export function timelineOf(projects: readonly TimelineSource[]): TimelineEvent[] {
  const events = projects.flatMap((project) =>
    KIND_ORDER.flatMap((art) => {
      const datum = project[art];
      return datum ? [{ projekt: project.id, art, datum }] : [];
    }),
  );
  // Same day: a signing or start comes before an end; then by id, so the order never depends on file order.
  return events.sort(
    (a, b) =>
      datumSortKey(a.datum) - datumSortKey(b.datum) ||
      KIND_ORDER.indexOf(a.art) - KIND_ORDER.indexOf(b.art) ||
      a.projekt.localeCompare(b.projekt),
  );
}
