/**
 * Load on loopback: 20,000 requests, 50 at a time, with autocannon against one address, for the server behind
 * `npm start` (tools/serve/serve.ts) and for nginx with the shipped configuration (over HTTP here, so both do
 * the same work). Requests carry a browser's Accept-Encoding, so both compress pages with gzip as readers
 * get them; Pagefind's index files are packed already and go out as they are.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { renderNginxConfig } from '../server-config/headers.ts';
import { startNginx } from '../../tests/support/nginx.ts';
import type { LoadFigures } from './figures.ts';

export const LOAD = { requests: 20_000, connections: 50 } as const;
const ACCEPT_ENCODING = 'gzip, deflate, br';

export async function measureLoad(server: string, origin: string, urlPath: string): Promise<LoadFigures> {
  const result = await autocannon({
    url: origin + urlPath,
    connections: LOAD.connections,
    amount: LOAD.requests,
    headers: { 'accept-encoding': ACCEPT_ENCODING },
  });
  return {
    server,
    path: urlPath,
    requests: result.requests.total,
    // Connection errors and timeouts, and every answer but 200.
    errors: result.errors + result.timeouts + result.non2xx,
    requestsPerSecond: Math.round(result.requests.total / result.duration),
    p99Ms: result.latency.p99,
  };
}

/** nginx over `root` with deploy/nginx.conf's site, on HTTP at `port`; call the result to stop it. */
export async function startBenchNginx(root: string, port: number): Promise<() => Promise<void>> {
  const prefix = await mkdtemp(path.join(tmpdir(), 'll-bench-nginx-'));
  const site = renderNginxConfig({ root, listen: [`127.0.0.1:${String(port)}`], serverName: 'localhost' });
  const nginx = await startNginx(site, prefix, () => fetch(`http://127.0.0.1:${String(port)}/`));
  return async () => {
    await nginx.stop();
    await rm(prefix, { recursive: true, force: true });
  };
}
