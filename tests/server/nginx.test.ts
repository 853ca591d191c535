/**
 * The nginx configuration (deploy/nginx.conf, from tools/server-config/headers.ts) served by a real nginx on
 * loopback over the built site, with HTTPS from a certificate made here: the redirect from HTTP, every header
 * on a page, a hashed asset, Pagefind's files, the workers and the 404 page; gzip; file types; and the grade
 * of the MDN HTTP Observatory. Needs a built dist/, nginx, openssl and the Observatory: `npm run test:server`
 * finds or installs nginx and the Observatory first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, REVALIDATE, SECURITY_HEADERS, renderNginxConfig } from '../../tools/server-config/headers.ts';
import { startNginx, type RunningNginx } from '../support/nginx.ts';
import { freePort } from '../support/net.ts';
import { scanSite } from '../support/observatory.ts';
import { WORKER_SCRIPTS, expectWorkerPolicy } from '../support/worker-policy.ts';

const DIST = path.resolve('dist');

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

let httpPort = 0;
let httpsPort = 0;
let nginx: RunningNginx | undefined;
let prefix = '';
/** The test's own certificate authority, which signed the certificate nginx serves. */
let authority = '';

/** One GET request over HTTPS (or HTTP), with the body exactly as sent (no automatic decompression). */
function get(urlPath: string, headers: Record<string, string> = {}, overHttp = false): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const options = { host: '127.0.0.1', path: urlPath, headers, servername: 'localhost', ca: authority };
    const done = (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
    };
    const req = overHttp ? httpRequest({ ...options, port: httpPort }, done) : httpsRequest({ ...options, port: httpsPort }, done);
    req.on('error', reject);
    req.end();
  });
}

/**
 * The site root: dist/ itself, entry by entry as links, plus two probe files for types the site may not
 * have yet (a workshop without dates has no calendar file).
 */
async function siteRoot(): Promise<string> {
  const root = path.join(prefix, 'site');
  await mkdir(root);
  for (const entry of await readdir(DIST)) await symlink(path.join(DIST, entry), path.join(root, entry));
  await writeFile(path.join(root, 'probe.ics'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  await writeFile(path.join(root, 'probe.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  return root;
}

/** A certificate authority and a certificate for localhost signed by it, where certbot would put a real one. */
async function makeCertificate(): Promise<{ certificate: string; certificateKey: string }> {
  const file = (name: string) => path.join(prefix, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const newKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl('req', '-x509', ...newKey, '-keyout', file('ca.key'), '-out', file('ca.pem'), '-days', '2', '-subj', '/CN=Lernen Test-CA');
  openssl('req', ...newKey, '-keyout', file('site.key'), '-out', file('site.csr'), '-subj', '/CN=localhost');
  await writeFile(file('site.ext'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n');
  // prettier-ignore
  openssl('x509', '-req', '-in', file('site.csr'), '-CA', file('ca.pem'), '-CAkey', file('ca.key'), '-CAcreateserial',
    '-out', file('site.pem'), '-days', '2', '-extfile', file('site.ext'));
  authority = readFileSync(file('ca.pem'), 'utf8');
  return { certificate: file('site.pem'), certificateKey: file('site.key') };
}

beforeAll(async () => {
  if (!existsSync(path.join(DIST, 'index.html')) || !existsSync(path.join(DIST, 'pagefind'))) {
    throw new Error('Der Server-Test braucht die gebaute Seite: erst npm run build ausführen.');
  }
  prefix = await mkdtemp(path.join(tmpdir(), 'll-nginx-'));
  [httpPort, httpsPort] = [await freePort(), await freePort()];
  const site = renderNginxConfig({
    root: await siteRoot(),
    listen: [`127.0.0.1:${String(httpPort)}`],
    serverName: 'localhost',
    https: { listen: [`127.0.0.1:${String(httpsPort)}`], port: httpsPort, ...(await makeCertificate()) },
  });
  nginx = await startNginx(site, prefix, () => get('/'));
});

afterAll(async () => {
  await nginx?.stop();
  if (prefix) await rm(prefix, { recursive: true, force: true });
});

/** The security headers, exactly, on every response. */
function expectSecurityHeaders(reply: Reply) {
  for (const { name, value } of SECURITY_HEADERS) {
    expect(reply.headers[name.toLowerCase()], name).toBe(value);
  }
}

/** The first file in a folder of dist/ whose name ends with `ending`, as a URL path. */
function firstFile(folder: string, ending: string): string {
  const name = readdirSync(path.join(DIST, folder)).find((file) => file.endsWith(ending));
  if (!name) throw new Error(`Keine Datei *${ending} in dist/${folder}.`);
  return `/${folder}/${name}`;
}

describe('nginx with deploy/nginx.conf', () => {
  it('sends a page with every header, revalidated on each visit', async () => {
    const reply = await get('/lernen/');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(reply);
    expect(reply.headers['cache-control']).toBe(REVALIDATE);
    expect(reply.body.toString('utf8')).toBe(readFileSync(path.join(DIST, 'lernen/index.html'), 'utf8'));
  });

  it('compresses a page with gzip for browsers that accept it', async () => {
    const reply = await get('/lernen/', { 'Accept-Encoding': 'gzip' });
    expect(reply.headers['content-encoding']).toBe('gzip');
    expect(reply.headers['vary']).toContain('Accept-Encoding');
    const original = readFileSync(path.join(DIST, 'lernen/index.html'));
    expect(reply.body.length).toBeLessThan(original.length);
    expect(gunzipSync(reply.body).equals(original)).toBe(true);
    expectSecurityHeaders(reply);
  });

  it('keeps hashed assets for a year, with their types', async () => {
    const css = await get(firstFile('_astro', '.css'), { 'Accept-Encoding': 'gzip' });
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect(css.headers['content-encoding']).toBe('gzip');
    expect(css.headers['cache-control']).toBe(IMMUTABLE);
    expectSecurityHeaders(css);
    const script = await get(firstFile('_astro', '.js'));
    expect(script.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(script.headers['cache-control']).toBe(IMMUTABLE);
    const font = await get(firstFile('_astro', '.woff2'));
    expect(font.headers['content-type']).toBe('font/woff2');
    expect(font.headers['cache-control']).toBe(IMMUTABLE);
  });

  it("keeps Pagefind's hashed index files for a year and checks its entry files on every visit", async () => {
    for (const file of [
      firstFile('pagefind/fragment', '.pf_fragment'),
      firstFile('pagefind/index', '.pf_index'),
      firstFile('pagefind', '.pf_meta'),
    ]) {
      const reply = await get(file, { 'Accept-Encoding': 'gzip' });
      expect(reply.status, file).toBe(200);
      expect(reply.headers['content-type'], file).toBe('application/octet-stream');
      // Pagefind's files are packed already: nginx must send them as they are.
      expect(reply.headers['content-encoding'], file).toBeUndefined();
      expect(reply.headers['cache-control'], file).toBe(IMMUTABLE);
      expectSecurityHeaders(reply);
    }
    const entry = await get('/pagefind/pagefind.js');
    expect(entry.headers['content-type']).toMatch(/javascript/);
    expect(entry.headers['cache-control']).toBe(REVALIDATE);
    const wasm = await get(firstFile('pagefind', '.pagefind'));
    expect(wasm.headers['content-type']).toBe('application/octet-stream');
    expect(wasm.headers['cache-control']).toBe(REVALIDATE);
    expectSecurityHeaders(wasm);
  });

  it('answers an unknown address with status 404 and the easy-read 404 page', async () => {
    const reply = await get('/diese-seite-gibt-es-nicht/');
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.body.toString('utf8')).toBe(readFileSync(path.join(DIST, '404.html'), 'utf8'));
    expect(reply.body.toString('utf8')).toContain('Diese Seite gibt es nicht');
    expectSecurityHeaders(reply);
    expect(reply.headers['cache-control']).toBe(REVALIDATE);
    // A missing file under /_astro/ is a 404 too, and it must not be kept for a year.
    const asset = await get('/_astro/gibt-es-nicht.js');
    expect(asset.status).toBe(404);
    expect(asset.headers['cache-control']).toBe(REVALIDATE);
  });

  it('sends calendar files and WebAssembly with their types', async () => {
    const calendar = await get('/probe.ics');
    expect(calendar.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expectSecurityHeaders(calendar);
    const wasm = await get('/probe.wasm');
    expect(wasm.headers['content-type']).toBe('application/wasm');
  });

  it('moves an address without its trailing slash to the one with it, on the same host', async () => {
    const reply = await get('/lernen');
    expect(reply.status).toBe(301);
    expect(reply.headers['location']).toBe('/lernen/');
  });

  it('does not serve the configuration file for other hosts', async () => {
    expect(existsSync(path.join(DIST, '_headers'))).toBe(true);
    expect((await get('/_headers')).status).toBe(404);
  });

  it('moves every address on HTTP to the same address on HTTPS', async () => {
    for (const target of ['/', '/lernen/?seite=2', '/gibt-es-nicht']) {
      const reply = await get(target, { Host: 'localhost' }, true);
      expect(reply.status, target).toBe(301);
      expect(reply.headers['location'], target).toBe(`https://localhost:${String(httpsPort)}${target}`);
    }
  });

  it('gives each worker script its own policy with a script-src, and pages none', async () => {
    for (const worker of WORKER_SCRIPTS) {
      const reply = await get(worker);
      expectWorkerPolicy(worker, reply);
      expect(reply.headers['x-frame-options'], worker).toBe('DENY');
      expect(reply.headers['cache-control'], worker).toBe(REVALIDATE);
    }
    expect((await get('/lernen/')).headers['content-security-policy']).not.toContain('script-src');
  });

  it('earns an A+ from the MDN HTTP Observatory', async () => {
    // The Observatory trusts the test's certificate authority as a browser trusts a real one.
    setDefaultCACertificates([...getCACertificates('default'), authority]);
    const scan = await scanSite('localhost', { httpPort, httpsPort });
    const failed = Object.entries(scan.tests).filter(([, test]) => !test.pass);
    console.log(`MDN HTTP Observatory: ${scan.grade} (${String(scan.score)})`);
    expect(failed, 'failed Observatory tests').toEqual([]);
    expect(scan.grade).toBe('A+');
  });
});
