import { describe, expect, it } from 'vitest';
import { areasInUse, areaUrl, groupByArea, type Praxisfeld } from '../../../../src/lib/content/work-areas.ts';

describe('areasInUse', () => {
  it('offers only the areas some module has, in the order of the vocabulary, once each', () => {
    expect(areasInUse(['montage', 'kueche', 'montage', 'garten'])).toEqual(['kueche', 'garten', 'montage']);
  });

  it('never offers the area for every kind of work as a choice', () => {
    expect(areasInUse(['arbeit-und-leben', 'lager'])).toEqual(['lager']);
    expect(areasInUse(['arbeit-und-leben'])).toEqual([]);
  });
});

describe('groupByArea', () => {
  const modules: { id: string; area: Praxisfeld }[] = [
    { id: 'rechte', area: 'arbeit-und-leben' },
    { id: 'lager-1', area: 'lager' },
    { id: 'kueche-1', area: 'kueche' },
    { id: 'sicherheit', area: 'arbeit-und-leben' },
    { id: 'kueche-2', area: 'kueche' },
  ];
  const ids = (list: { id: string }[]) => list.map((m) => m.id);

  it('puts the reader’s own area first, then the modules for every area, then the others, each in the given order', () => {
    const groups = groupByArea(modules, (m) => m.area, 'kueche');
    expect(ids(groups.own)).toEqual(['kueche-1', 'kueche-2']);
    expect(ids(groups.every)).toEqual(['rechte', 'sicherheit']);
    expect(ids(groups.other)).toEqual(['lager-1']);
  });

  it('loses no module and shows none twice', () => {
    const { own, every, other } = groupByArea(modules, (m) => m.area, 'lager');
    expect(ids([...own, ...every, ...other]).sort()).toEqual(ids(modules).sort());
  });
});

describe('areaUrl', () => {
  it('gives every area its own page below /lernen/', () => {
    expect(areaUrl('garten')).toBe('/lernen/praxisfeld/garten/');
  });
});
