/**
 * Registers the service worker (dist/sw.js) so pages once read stay readable offline.
 * Only in the built site: the development server has no worker file. After the page has loaded,
 * so the worker's downloads never compete with the page's own. `updateViaCache: 'none'` makes the
 * browser ask the server for a new worker on every visit, so a new build reaches the reader at once.
 *
 * Installing the worker downloads the frame of the site in the background (about 49 kB: four pages
 * and the scripts), more than the page itself. Many readers pay per megabyte, so that happens only
 * on a later visit, never on the first, and never when the browser asks to save data (Save-Data) or
 * the connection is slow (2G). A reader who keeps a module offline asks for the download: the keep
 * button registers the worker itself (keep-offline.ts).
 */
import type { KeyValueStorage } from '../lib/local-storage.ts';

export const SERVICE_WORKER_URL = '/sw.js';

/**
 * Stored values (each one character, only for this decision; the privacy page names them):
 * - localStorage "ll-besucht": "1" once this browser has opened a page of the site.
 * - sessionStorage "ll-erster-besuch": "1" in a visit that began without "ll-besucht", "0" in a later
 *   visit. A visit is the browser's session of this tab: it ends when the tab is closed.
 */
export const VISITED_KEY = 'll-besucht';
export const FIRST_VISIT_KEY = 'll-erster-besuch';

/** What the Network Information API says (Chromium browsers; elsewhere it is missing and nothing holds back). */
export interface ConnectionHints {
  saveData?: boolean;
  effectiveType?: string;
}

/**
 * True when this page belongs to a later visit; records the visit. Without storage (or where reading it
 * throws) every visit counts as the first. `storage` is for tests; pages use the browser's.
 */
export function isLaterVisit(storage?: { local: KeyValueStorage; session: KeyValueStorage }): boolean {
  try {
    const { local, session } = storage ?? { local: localStorage, session: sessionStorage };
    let first = session.getItem(FIRST_VISIT_KEY);
    if (first === null) {
      first = local.getItem(VISITED_KEY) === null ? '1' : '0';
      session.setItem(FIRST_VISIT_KEY, first);
      local.setItem(VISITED_KEY, '1');
    }
    return first === '0';
  } catch {
    return false;
  }
}

/** Whether the worker may download the frame in the background now: a later visit, no Save-Data, not 2g or slow-2g. */
export function mayDownloadInBackground(connection: ConnectionHints | undefined, laterVisit: boolean): boolean {
  return laterVisit && !connection?.saveData && !/2g/.test(connection?.effectiveType ?? '');
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const connection = (navigator as { connection?: ConnectionHints }).connection;
  // isLaterVisit() runs on every page (before the connection is judged), so the next visit knows of this one.
  if (!mayDownloadInBackground(connection, isLaterVisit())) return;
  const register = () => {
    navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/', updateViaCache: 'none' }).catch(() => {
      // Without the worker the site works as before, only without saved copies.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
