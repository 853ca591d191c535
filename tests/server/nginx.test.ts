/**
 * The nginx configuration (deploy/nginx.conf, from tools/server-config/headers.ts) served by a real nginx on
 * loopback over the built site: every header on a page, a hashed asset, Pagefind's files and the 404 page;
 * gzip; file types. Needs a built dist/ and nginx: `npm run test:server` finds or installs nginx first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, REVALIDATE, SECURITY_HEADERS, renderNginxConfig } from '../../tools/server-config/headers.ts';
import { findNginx, nginxMimeTypes } from '../support/nginx.ts';

const DIST = path.resolve('dist');

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

let port = 0;
let nginx: ChildProcess | undefined;
let prefix = '';

/** A free TCP port on loopback. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('Kein freier Port gefunden.'));
      });
    });
  });
}

/** One GET request, with the body exactly as sent (no automatic decompression). */
function get(urlPath: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: urlPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

async function waitForServer(log: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (nginx?.exitCode !== null) break;
    try {
      await get('/');
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const errors = existsSync(log) ? readFileSync(log, 'utf8') : '';
  throw new Error(`nginx ist nicht gestartet.\n${errors}`);
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

/** nginx's main file around our site: everything nginx writes goes to the temporary prefix. */
function mainConfig(nginxPath: string, site: string): string {
  const temp = (name: string) => path.join(prefix, name);
  return `daemon off;
master_process off;
worker_processes 1;
pid ${temp('nginx.pid')};
error_log ${temp('error.log')} warn;
events { worker_connections 64; }
http {
    include ${nginxMimeTypes(nginxPath)};
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${temp('client_body')};
    proxy_temp_path ${temp('proxy')};
    fastcgi_temp_path ${temp('fastcgi')};
    uwsgi_temp_path ${temp('uwsgi')};
    scgi_temp_path ${temp('scgi')};
${site}
}
`;
}

beforeAll(async () => {
  if (!existsSync(path.join(DIST, 'index.html')) || !existsSync(path.join(DIST, 'pagefind'))) {
    throw new Error('Der Server-Test braucht die gebaute Seite: erst npm run build ausführen.');
  }
  const nginxPath = findNginx();
  if (!nginxPath) throw new Error('Kein nginx gefunden: node tools/setup/ensure-nginx.ts sagt, was zu tun ist.');
  prefix = await mkdtemp(path.join(tmpdir(), 'll-nginx-'));
  port = await freePort();
  const site = renderNginxConfig({ root: await siteRoot(), listen: [`127.0.0.1:${String(port)}`], serverName: 'localhost' });
  const config = path.join(prefix, 'nginx.conf');
  await writeFile(config, mainConfig(nginxPath, site));
  const log = path.join(prefix, 'error.log');
  nginx = spawn(nginxPath, ['-p', `${prefix}/`, '-e', log, '-c', config], { stdio: 'ignore' });
  await waitForServer(log);
});

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((resolve) => nginx?.once('exit', resolve));
    nginx.kill('SIGTERM');
    await exited;
  }
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
});
