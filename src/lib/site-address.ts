/**
 * The address the site is published at, for paper: printed pages and the Lern·pass name it so a reader
 * can find the site again. It comes from SITE_URL at build time (as astro.config.mjs's `site`). Without
 * SITE_URL (a build on one's own computer) nothing is printed: a local address like 127.0.0.1 would
 * lead nobody anywhere.
 */
export function publicAddress(path = '/', site = process.env['SITE_URL']): string | undefined {
  if (!site) return undefined;
  const url = new URL(path, site);
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) ? undefined : url.href;
}
