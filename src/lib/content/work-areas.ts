/**
 * Choosing modules by work area (Praxis·feld): which areas a reader can choose, and the order of the
 * modules for a reader who works in one of them. Pure, so the overview pages and the tests share it.
 */
import { PRAXISFELDER } from './vocab.ts';

export type Praxisfeld = keyof typeof PRAXISFELDER;

/** The area of modules for every kind of work: never a choice of its own, shown to every reader. */
export const EVERY_AREA: Praxisfeld = 'arbeit-und-leben';

/** The page of one work area: its modules first, then those for every area, then the rest. */
export const areaUrl = (area: Praxisfeld) => `/lernen/praxisfeld/${area}/`;

/**
 * The areas a reader can choose: those at least one module belongs to, in the order of the vocabulary,
 * so no choice leads to an empty list. The area for every kind of work is no choice.
 */
export function areasInUse(used: readonly Praxisfeld[]): Praxisfeld[] {
  const present = new Set(used);
  return (Object.keys(PRAXISFELDER) as Praxisfeld[]).filter((area) => area !== EVERY_AREA && present.has(area));
}

/** The modules for a reader who works in `area`, in three groups; each keeps the order it was given. */
export function groupByArea<T>(
  items: readonly T[],
  areaOf: (item: T) => Praxisfeld,
  area: Praxisfeld,
): { own: T[]; every: T[]; other: T[] } {
  const own: T[] = [];
  const every: T[] = [];
  const other: T[] = [];
  for (const item of items) {
    const itemArea = areaOf(item);
    if (itemArea === area) own.push(item);
    else if (itemArea === EVERY_AREA) every.push(item);
    else other.push(item);
  }
  return { own, every, other };
}
