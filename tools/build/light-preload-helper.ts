/**
 * A Vite plugin for the site's build (astro.config.mjs): Vite's helper for import() ("preload helper")
 * becomes one line that only calls import().
 *
 * Why: Vite wraps every dynamic import() of the browser's code in a helper that, before the import, also
 * fetches that module's CSS and its own imports in parallel. The helper is 1.8 kB (0.8 kB with brotli) and
 * loads on every page, because every page loads its Lese·hilfe code on use (issue 20: a lesson page in 16 kB).
 * What it saves is one round trip on first use, where a module loaded on use imports another file.
 * The modules the site loads on use import no CSS: their styles come with their templates (.astro), which
 * every page that shows them renders. tools/build/light-preload-helper.test.ts checks that this stays so.
 */
import type { Plugin } from 'vite';

/** The id under which Vite serves its helper (vite/src/node/plugins/importAnalysisBuild.ts). */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/** The helper's one export, with Vite's call signature: (load, deps, importerUrl) => load(). */
export const LIGHT_HELPER = 'export const __vitePreload = (load) => load();';

export function lightPreloadHelper(): Plugin {
  return {
    name: 'll-light-preload-helper',
    enforce: 'pre',
    // Without a list of each module's imports for the helper to fetch (it would not use it).
    configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
    resolveId(id) {
      return id === PRELOAD_HELPER_ID ? id : undefined;
    },
    load(id) {
      return id === PRELOAD_HELPER_ID ? LIGHT_HELPER : undefined;
    },
  };
}
