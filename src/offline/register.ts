/**
 * Registers the service worker (dist/sw.js) so pages once read stay readable offline.
 * Only in the built site: the development server has no worker file. After the page has loaded,
 * so the worker's downloads never compete with the page's own. `updateViaCache: 'none'` makes the
 * browser ask the server for a new worker on every visit, so a new build reaches the reader at once.
 */
export const SERVICE_WORKER_URL = '/sw.js';

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/', updateViaCache: 'none' }).catch(() => {
      // Without the worker the site works as before, only without saved copies.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
