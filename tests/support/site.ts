/** Facts about the built site in dist/ that the end-to-end tests share. */
import { readFileSync } from 'node:fs';

/** Every page path listed in the built sitemap, e.g. "/lernen/". */
export function sitemapPaths(dist = 'dist'): string[] {
  const index = readFileSync(`${dist}/sitemap-index.xml`, 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  const paths = sitemaps.flatMap((sitemap) => {
    const xml = readFileSync(`${dist}${sitemap}`, 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  });
  if (paths.length === 0) throw new Error('Die Sitemap in dist/ ist leer: erst npm run build ausführen.');
  return paths.sort();
}

/** The port of the main site in the tests, and of the small site built from the test fixture next to it. */
export const E2E_PORT = Number(process.env['E2E_PORT'] ?? 4322);
export const FIXTURE_PORT = E2E_PORT + 1;
