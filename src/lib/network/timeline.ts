/** The time line of the network: every date the sources give for a project or agreement, oldest first. */
import { partialDateSortKey, type PartialDate } from '../content/dates.ts';

export type EventKind = 'unterzeichnet' | 'beginn' | 'ende';

export interface TimelineSource {
  id: string;
  unterzeichnet?: PartialDate | undefined;
  beginn?: PartialDate | undefined;
  ende?: PartialDate | undefined;
}
export interface TimelineEvent {
  projekt: string;
  art: EventKind;
  date: PartialDate;
}

const KIND_ORDER: EventKind[] = ['unterzeichnet', 'beginn', 'ende'];

export function timelineOf(projects: readonly TimelineSource[]): TimelineEvent[] {
  const events = projects.flatMap((project) =>
    KIND_ORDER.flatMap((art) => {
      const date = project[art];
      return date ? [{ projekt: project.id, art, date }] : [];
    }),
  );
  // Same day: a signing or start comes before an end; then by id, so the order never depends on file order.
  return events.sort(
    (a, b) =>
      partialDateSortKey(a.date) - partialDateSortKey(b.date) ||
      KIND_ORDER.indexOf(a.art) - KIND_ORDER.indexOf(b.art) ||
      a.projekt.localeCompare(b.projekt),
  );
}
