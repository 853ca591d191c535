/**
 * The addresses the site will have, known before the build from the content and src/pages/, so that the
 * content check finds a broken internal link in seconds (`npm run check:site` proves the same on dist/ after
 * a full build). A route file with [brackets] is listed here by what its getStaticPaths makes of the content:
 * a new dynamic route in src/pages/ needs a line here, and `routes.test.ts` fails until it has one.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { REGIONEN, WORKSHOP_THEMEN, ZIELGRUPPEN } from '../../src/lib/content/vocab.ts';
import type { CollectionName } from '../../src/lib/content/schemas.ts';

/** What the routes need of an entry. */
export interface RouteEntry {
  collection: CollectionName;
  id: string;
  data: unknown;
}

/** Each dynamic route of src/pages/, with the addresses it makes from the entries. */
export const DYNAMIC_ROUTES: Record<string, (entries: readonly RouteEntry[]) => string[]> = {
  '[seite].astro': (all) => of(all, 'seiten', (e) => ((e.data as { bereich?: string }).bereich ? [] : [`/${e.id}/`])),
  'lernen/[modul]/index.astro': (all) => of(all, 'modules', (e) => [`/lernen/${e.id}/`]),
  'lernen/[modul]/[lektion].astro': (all) => of(all, 'lessons', (e) => [`/lernen/${e.id}/`]),
  'netzwerk/partner/[id].astro': (all) => of(all, 'partners', (e) => [`/netzwerk/partner/${e.id}/`]),
  'netzwerk/partner/[id]/alltagssprache.astro': (all) => of(all, 'partners', (e) => [`/netzwerk/partner/${e.id}/alltagssprache/`]),
  'netzwerk/projekte/[id].astro': (all) => of(all, 'projects', (e) => [`/netzwerk/projekte/${e.id}/`]),
  'netzwerk/projekte/[id]/alltagssprache.astro': (all) => of(all, 'projects', (e) => [`/netzwerk/projekte/${e.id}/alltagssprache/`]),
  'netzwerk/land/[land].astro': () => Object.keys(REGIONEN).map((land) => `/netzwerk/land/${land}/`),
  'workshops/[id].astro': (all) => of(all, 'workshops', (e) => [`/workshops/${e.id}/`]),
  'workshops/thema/[thema].astro': (all) => inUse(all, 'themen', WORKSHOP_THEMEN).map((v) => `/workshops/thema/${v}/`),
  'workshops/fuer/[gruppe].astro': (all) => inUse(all, 'zielgruppen', ZIELGRUPPEN).map((v) => `/workshops/fuer/${v}/`),
  // Files, not pages: texts do not link to them.
  'bilder/[name].svg.ts': () => [],
  'bilder/kontrast/[name].svg.ts': () => [],
  'workshops/[id]/termin-[nummer].ics.ts': () => [],
};

const of = (all: readonly RouteEntry[], collection: CollectionName, paths: (e: RouteEntry) => string[]) =>
  all.filter((e) => e.collection === collection).flatMap(paths);

/** The values of a closed list that some workshop uses: only they get a page. */
const inUse = (all: readonly RouteEntry[], field: string, list: Record<string, unknown>) =>
  Object.keys(list).filter((value) =>
    all.some((e) => e.collection === 'workshops' && ((e.data as Record<string, unknown>)[field] as string[] | undefined)?.includes(value)),
  );

/** Every route file below src/pages/, relative to it, with "/". */
export function routeFiles(pagesDir: string): string[] {
  return readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(astro|ts|md|mdx)$/.test(name))
    .map((name) => name.split(path.sep).join('/'))
    .sort();
}

/** The address of a route file without brackets: "index.astro" is "/", "suche/index.astro" "/suche/". */
function staticAddress(file: string): string {
  const withoutExt = file.replace(/\.(astro|ts|md|mdx)$/, '');
  const parts = withoutExt.split('/').filter((part) => part !== 'index');
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}

/** Every address a build of these entries will have: its pages and the files of public/. */
export function siteAddresses(pagesDir: string, publicDir: string, entries: readonly RouteEntry[]): Set<string> {
  const addresses = new Set<string>(
    readdirSync(publicDir, { recursive: true, withFileTypes: true })
      .filter((item) => item.isFile())
      .map((item) => `/${path.relative(publicDir, path.join(item.parentPath, item.name)).split(path.sep).join('/')}`),
  );
  for (const file of routeFiles(pagesDir)) {
    const dynamic = DYNAMIC_ROUTES[file];
    if (dynamic) for (const address of dynamic(entries)) addresses.add(address);
    else if (!file.includes('[')) addresses.add(staticAddress(file));
  }
  return addresses;
}

/** The page part of an internal link: without "#anchor" and "?query", with the closing "/" the site uses. */
export function pageOf(url: string): string {
  const page = url.replace(/[#?].*$/, '');
  return page.endsWith('/') || /\.[a-z0-9]+$/i.test(page) ? page : `${page}/`;
}
