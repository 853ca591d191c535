/**
 * The names of the offline caches. Each build has its own cache, named after the build version, so a
 * new build never mixes its files with the files of an old one; the service worker deletes the old ones.
 */

/** Every cache of this site starts with this, so we never touch caches of other code on the same origin. */
export const CACHE_PREFIX = 'll-offline-';

/** The cache of one build version, e.g. "ll-offline-3f9a0c1b2d4e". */
export function cacheName(version: string): string {
  return `${CACHE_PREFIX}${version}`;
}

/** The caches of earlier builds: ours, but not the one of `version`. */
export function outdatedCaches(names: readonly string[], version: string): string[] {
  return names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== cacheName(version));
}

/**
 * Where the list of kept modules lives inside a cache: an address no page has.
 * Stored shape: a JSON array of module paths, e.g. ["/lernen/werkstatt-rat/"].
 */
export const KEPT_LIST_KEY = '/__offline__/behaltene-module.json';

/** Reads the stored list of kept modules; anything that is not a list of module paths counts as empty. */
export function parseKeptList(text: string | undefined): string[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    return value.filter((item): item is string => typeof item === 'string' && isModulePath(item));
  } catch {
    return [];
  }
}

/** A module page's path: "/lernen/<modul>/". */
export function isModulePath(path: string): boolean {
  return /^\/lernen\/[a-z0-9-]+\/$/.test(path);
}
