import { describe, expect, it } from 'vitest';
import { DYNAMIC_ROUTES, pageOf, routeFiles, siteAddresses, type RouteEntry } from './routes.ts';

const entries: RouteEntry[] = [
  { collection: 'seiten', id: 'hilfe', data: {} },
  { collection: 'seiten', id: 'fuer-werkstattraete', data: { bereich: 'workshops' } },
  { collection: 'lessons', id: 'ein-modul/erste-lektion', data: {} },
  { collection: 'workshops', id: 'ein-workshop', data: { themen: ['werkstattrat'], zielgruppen: ['beschaeftigte'] } },
];

describe('the addresses the build will make', () => {
  it('knows every route file of src/pages with [brackets], so a new one cannot be forgotten here', () => {
    const dynamic = routeFiles('src/pages').filter((file) => file.includes('['));
    expect(dynamic.sort()).toEqual(Object.keys(DYNAMIC_ROUTES).sort());
  });

  it('lists pages, entries, the values in use and the files of public/', () => {
    const addresses = siteAddresses('src/pages', 'public', entries);
    for (const address of [
      '/',
      '/suche/',
      '/hilfe/',
      '/lernen/ein-modul/erste-lektion/',
      '/workshops/thema/werkstattrat/',
      '/favicon.svg',
    ]) {
      expect(addresses).toContain(address);
    }
    // A page shown inside a section, and a topic no offer has, get no page of their own.
    expect(addresses).not.toContain('/fuer-werkstattraete/');
    expect(addresses).not.toContain('/workshops/thema/mentoring/');
  });

  it.each([
    ['/lernen/#oben', '/lernen/'],
    ['/lernen?x=1', '/lernen/'],
    ['/favicon.svg', '/favicon.svg'],
  ])('reads the page of the link %s as %s', (url, page) => {
    expect(pageOf(url)).toBe(page);
  });
});
