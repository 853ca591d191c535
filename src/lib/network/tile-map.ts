/**
 * The map of Germany as a tile grid: one square per Land, placed roughly where the Land lies,
 * so it needs no map service and no geographic data. Columns run west to east, rows north to south.
 */
import { BUNDESLAENDER, type Bundesland, type Region } from '../content/vocab.ts';

export interface Tile {
  land: Bundesland;
  /** 1-based grid column and row. */
  spalte: number;
  zeile: number;
  /** The two or three letters shown on the square where the full name does not fit. */
  kurz: string;
}

export const TILE_COLUMNS = 5;
export const TILE_ROWS = 5;

const PLACES: Record<Bundesland, [spalte: number, zeile: number, kurz: string]> = {
  'schleswig-holstein': [3, 1, 'SH'],
  bremen: [2, 2, 'HB'],
  hamburg: [3, 2, 'HH'],
  'mecklenburg-vorpommern': [4, 2, 'MV'],
  'nordrhein-westfalen': [1, 3, 'NRW'],
  niedersachsen: [2, 3, 'NI'],
  'sachsen-anhalt': [3, 3, 'ST'],
  berlin: [4, 3, 'BE'],
  brandenburg: [5, 3, 'BB'],
  'rheinland-pfalz': [1, 4, 'RP'],
  hessen: [2, 4, 'HE'],
  thueringen: [3, 4, 'TH'],
  sachsen: [4, 4, 'SN'],
  saarland: [1, 5, 'SL'],
  'baden-wuerttemberg': [2, 5, 'BW'],
  bayern: [3, 5, 'BY'],
};

export const TILES: Tile[] = (Object.keys(BUNDESLAENDER) as Bundesland[]).map((land) => {
  const [spalte, zeile, kurz] = PLACES[land];
  return { land, spalte, zeile, kurz };
});

/** How many of the items (partners, projects) are in each region. */
export function countByRegion(items: readonly { region?: Region | undefined }[]): Map<Region, number> {
  const counts = new Map<Region, number>();
  for (const { region } of items) if (region) counts.set(region, (counts.get(region) ?? 0) + 1);
  return counts;
}
