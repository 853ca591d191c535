import { describe, expect, it } from 'vitest';
import { BUNDESLAENDER } from '../../../../src/lib/content/vocab.ts';
import { countByRegion, TILE_COLUMNS, TILE_ROWS, TILES } from '../../../../src/lib/network/tile-map.ts';
import { timelineOf } from '../../../../src/lib/network/timeline.ts';

describe('tile map', () => {
  it('has one square per Land, each on its own place inside the grid', () => {
    expect(TILES.map((tile) => tile.land).sort()).toEqual(Object.keys(BUNDESLAENDER).sort());
    const places = TILES.map((tile) => `${String(tile.spalte)}/${String(tile.zeile)}`);
    expect(new Set(places).size).toBe(16);
    for (const tile of TILES) {
      expect(tile.spalte).toBeGreaterThanOrEqual(1);
      expect(tile.spalte).toBeLessThanOrEqual(TILE_COLUMNS);
      expect(tile.zeile).toBeGreaterThanOrEqual(1);
      expect(tile.zeile).toBeLessThanOrEqual(TILE_ROWS);
    }
  });

  it('keeps north above south and west left of east for neighbours', () => {
    const at = (land: string) => TILES.find((tile) => tile.land === land);
    expect(at('schleswig-holstein')?.zeile).toBeLessThan(at('bayern')?.zeile ?? 0);
    expect(at('nordrhein-westfalen')?.spalte).toBeLessThan(at('sachsen')?.spalte ?? 0);
  });

  it('counts items per region', () => {
    const counts = countByRegion([{ region: 'sachsen' }, { region: 'sachsen' }, { region: 'bundesweit' }]);
    expect(counts.get('sachsen')).toBe(2);
    expect(counts.get('bundesweit')).toBe(1);
    expect(counts.get('bayern')).toBeUndefined();
  });
});

describe('time line', () => {
  it('lists every date, oldest first, with signing before start before end on the same day', () => {
    const events = timelineOf([
      { id: 'b', beginn: { year: 2022, month: 1, day: 1 } },
      { id: 'a', beginn: { year: 2019, month: 3, day: 1 }, ende: { year: 2023, month: 2 } },
      { id: 'c', unterzeichnet: { year: 2022, month: 1, day: 1 }, ende: { year: 2022, month: 1, day: 1 } },
      { id: 'd' },
    ]);
    expect(events.map((e) => `${e.projekt}:${e.art}`)).toEqual(['a:beginn', 'c:unterzeichnet', 'b:beginn', 'c:ende', 'a:ende']);
  });

  it('puts a date with only a month before the days of that month', () => {
    const events = timelineOf([
      { id: 'tag', beginn: { year: 2022, month: 12, day: 5 } },
      { id: 'monat', unterzeichnet: { year: 2022, month: 12 } },
    ]);
    expect(events.map((e) => e.projekt)).toEqual(['monat', 'tag']);
  });
});
