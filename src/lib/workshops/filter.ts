/**
 * The workshop filter: which offers match what a reader chose. The same logic runs at build time
 * (the static pages per topic and per audience) and in the browser (the instant filter, whose state
 * lives in the address so a council can send the link).
 * Within one kind of filter any chosen value matches (online OR hybrid); across kinds all must (AND).
 */
import { BARRIEREFREIHEIT, REGIONEN, WORKSHOP_FORMATE, WORKSHOP_THEMEN, ZIELGRUPPEN } from '../content/vocab.ts';

/** Each kind of filter: its parameter in the address and its allowed values. */
export const FILTERS = {
  format: WORKSHOP_FORMATE,
  thema: WORKSHOP_THEMEN,
  fuer: ZIELGRUPPEN,
  hilfe: BARRIEREFREIHEIT,
  region: REGIONEN,
} as const;
export type FilterName = keyof typeof FILTERS;
export const FILTER_NAMES = Object.keys(FILTERS) as FilterName[];
export type FilterState = Record<FilterName, string[]>;

/** What the filter needs to know of an offer. A format or region the source does not give is absent (or empty in the page). */
export interface FilterableOffer {
  format?: string | undefined;
  themen: readonly string[];
  zielgruppen: readonly string[];
  barrierefreiheit: readonly string[];
  region?: string | undefined;
}

export function emptyFilter(): FilterState {
  return { format: [], thema: [], fuer: [], hilfe: [], region: [] };
}

/** The filter with one value chosen: what the page of one topic (thema) or one audience (fuer) shows. */
export function filterFor(name: FilterName, value: string): FilterState {
  return { ...emptyFilter(), [name]: [value] };
}

function valuesOf(offer: FilterableOffer, name: FilterName): readonly string[] {
  switch (name) {
    case 'format':
      return offer.format ? [offer.format] : [];
    case 'thema':
      return offer.themen;
    case 'fuer':
      return offer.zielgruppen;
    case 'hilfe':
      return offer.barrierefreiheit;
    case 'region':
      return offer.region ? [offer.region] : [];
  }
}

export function matches(offer: FilterableOffer, state: FilterState): boolean {
  return FILTER_NAMES.every((name) => {
    const chosen = state[name];
    if (chosen.length === 0) return true;
    // An offer for all of Germany is open to readers in every Land; so may be one whose region the
    // source does not give: it stays in the list, and its page says whom to ask.
    if (name === 'region' && (!offer.region || offer.region === 'bundesweit')) return true;
    const values = valuesOf(offer, name);
    // Support the reader needs must all be there; for the other kinds one match is enough.
    return name === 'hilfe' ? chosen.every((v) => values.includes(v)) : chosen.some((v) => values.includes(v));
  });
}

/** Reads the filter from the address; unknown names and values are left out. */
export function parseFilter(params: URLSearchParams): FilterState {
  const state = emptyFilter();
  for (const name of FILTER_NAMES) {
    const allowed = Object.keys(FILTERS[name]);
    state[name] = [...new Set(params.getAll(name))].filter((value) => allowed.includes(value));
  }
  return state;
}

/** The filter as address parameters, in a stable order, so the same choice gives the same link. */
export function filterToParams(state: FilterState): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const order = Object.keys(FILTERS[name]);
    for (const value of [...state[name]].sort((a, b) => order.indexOf(a) - order.indexOf(b))) params.append(name, value);
  }
  return params;
}

/**
 * The values of one vocabulary that at least one item uses, in the vocabulary's order, with their labels
 * and how many items use each: the filter offers these and no others, so no choice leads nowhere.
 */
export function valuesInUse<K extends string, T>(
  vocabulary: Record<K, string>,
  items: readonly T[],
  of: (item: T) => readonly string[],
): { value: K; label: string; count: number }[] {
  return (Object.entries(vocabulary) as [K, string][])
    .map(([value, label]) => ({ value, label, count: items.filter((item) => of(item).includes(value)).length }))
    .filter((entry) => entry.count > 0);
}
