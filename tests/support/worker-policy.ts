/** What nginx and the server behind `npm start` must both send for the site's two worker scripts. */
import type { IncomingHttpHeaders } from 'node:http';
import { expect } from 'vitest';
import { WORKER_POLICIES } from '../../tools/server-config/headers.ts';

/** The service worker and Pagefind's search worker, as the built site has them. */
export const WORKER_SCRIPTS = ['/sw.js', '/pagefind/pagefind-worker.js'] as const;

/** The worker's own policy from the header source, with a script-src and nothing allowed by default. */
export function expectWorkerPolicy(worker: string, reply: { status: number; headers: IncomingHttpHeaders }) {
  expect(reply.status, worker).toBe(200);
  const policy = reply.headers['content-security-policy'];
  expect(policy, worker).toBe(WORKER_POLICIES.find((p) => p.path === worker)?.value);
  expect(policy, worker).toMatch(/(^|; )script-src 'self'/);
  expect(policy, worker).toMatch(/(^|; )default-src 'none'/);
}
