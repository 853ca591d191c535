/**
 * The server behind `npm start` (tools/serve/serve.ts), started as `npm start` starts it, over a small site
 * made here: headers from the one header source, methods, request targets that are no address, nothing
 * outside the folder, compression, validators, the 404 page and folder redirects.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, REVALIDATE, SECURITY_HEADERS, responseHeaders } from '../server-config/headers.ts';
import { freePort } from '../../tests/support/net.ts';
import { WORKER_SCRIPTS, expectWorkerPolicy } from '../../tests/support/worker-policy.ts';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

let folder = '';
let root = '';
let port = 0;
let server: ChildProcess | undefined;

/** A page long enough to be compressed, and one too short for it. */
const PAGE = `<!doctype html><html lang="de"><title>Lernen</title><main>${'<p>Sie lernen jeden Tag etwas.</p>\n'.repeat(80)}</main></html>\n`;
const NOT_FOUND = `<!doctype html><html lang="de"><title>Nicht gefunden</title><h1>Diese Seite gibt es nicht</h1>${'<p>Zur Start·seite</p>\n'.repeat(30)}</html>\n`;
const STYLE = `main { color: black; }\n${'p { margin: 0 0 1rem; }\n'.repeat(40)}`;

async function makeSite(): Promise<void> {
  folder = await mkdtemp(path.join(tmpdir(), 'll-serve-'));
  root = path.join(folder, 'dist');
  const files: Record<string, string | Buffer> = {
    'index.html': PAGE,
    'lernen/index.html': PAGE,
    'grüße/index.html': PAGE,
    '404.html': NOT_FOUND,
    _headers: '/*\n  X-Frame-Options: DENY\n',
    '.hidden': 'hidden',
    'sw.js': 'self.addEventListener("fetch", () => {});\n',
    '_astro/site.abc123.css': STYLE,
    'pagefind/pagefind-worker.js': 'self.onmessage = () => {};\n',
    'pagefind/index/de_0123.pf_index': Buffer.from(Array.from({ length: 2000 }, (_, i) => i % 7)),
    'short.txt': 'kurz\n',
  };
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), content);
  }
  // Beside the site, never to be served: a file and a folder whose name starts like the site's.
  await writeFile(path.join(folder, 'secret.txt'), 'geheim');
  await mkdir(path.join(folder, 'dist-other'));
  await writeFile(path.join(folder, 'dist-other/index.html'), 'geheim');
}

/** One request with the target sent exactly as given, and the body exactly as received. */
function send(target: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: target, method: options.method ?? 'GET', headers: options.headers }, (res) => {
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

/** The raw answer to a request line that an HTTP client library would refuse to send. */
async function sendRaw(requestLine: string): Promise<string> {
  const socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  // Written, not ended: a half-closed socket may be closed before a file is read.
  socket.write(`${requestLine}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  const chunks: Buffer[] = [];
  for await (const chunk of socket) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('latin1');
}

beforeAll(async () => {
  await makeSite();
  port = await freePort();
  const child = spawn(process.execPath, ['tools/serve/serve.ts', root], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  server = child;
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('läuft')) resolve();
    });
    child.once('exit', (code) => {
      reject(new Error(`serve.ts endete mit ${String(code)}`));
    });
  });
});

afterAll(async () => {
  if (server && server.exitCode === null && server.signalCode === null) {
    server.kill();
    await once(server, 'exit');
  }
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** Every security header exactly as the header source gives it for this file. */
function expectHeadersOf(reply: Reply, file: string) {
  const expected = responseHeaders(file);
  for (const { name } of SECURITY_HEADERS) expect(reply.headers[name.toLowerCase()], `${name} for ${file}`).toBe(expected[name]);
  expect(reply.headers['cache-control'], `Cache-Control for ${file}`).toBe(expected['Cache-Control']);
}

describe('the server behind npm start', () => {
  it('sends the headers of the one header source on pages, files, the 404 page, a 405 and a 400', async () => {
    expectHeadersOf(await send('/lernen/'), '/lernen/index.html');
    expectHeadersOf(await send('/_astro/site.abc123.css'), '/_astro/site.abc123.css');
    expectHeadersOf(await send('/gibt-es-nicht/'), '/404.html');
    expectHeadersOf(await send('/lernen/', { method: 'POST' }), '/lernen/');
    expect(await sendRaw('GET http://[ HTTP/1.1')).toMatch(/^HTTP\/1\.1 400 [^]*\r\ncontent-security-policy: frame-ancestors 'none'/i);
  });

  it('gives each worker script its own policy with a script-src, and pages none', async () => {
    for (const worker of WORKER_SCRIPTS) {
      const reply = await send(worker);
      expectWorkerPolicy(worker, reply);
    }
    expect((await send('/')).headers['content-security-policy']).not.toContain('script-src');
  });

  it('answers a request target that is no address with 400 and goes on serving', async () => {
    for (const line of [
      'GET http://[ HTTP/1.1',
      'GET http://[::1 HTTP/1.1',
      'GET * HTTP/1.1',
      'GET /%E0%A4%A HTTP/1.1',
      'GET mailto:a@b HTTP/1.1',
    ]) {
      expect(await sendRaw(line), line).toMatch(/^HTTP\/1\.1 400 /);
    }
    expect((await send('/')).status).toBe(200);
    // The absolute form that HTTP/1.1 servers must accept.
    expect(await sendRaw(`GET http://127.0.0.1:${String(port)}/lernen/ HTTP/1.1`)).toMatch(/^HTTP\/1\.1 200 /);
  });

  it('answers every method but GET and HEAD with 405 and says which are allowed', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
      const reply = await send('/lernen/', { method });
      expect(reply.status, method).toBe(405);
      expect(reply.headers['allow'], method).toBe('GET, HEAD');
    }
    const head = await send('/lernen/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['etag']).toBeDefined();
  });

  it('serves nothing outside its folder, no hidden file and no host configuration', async () => {
    const outside = [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/lernen/../../secret.txt',
      '/../dist-other/index.html',
      '/.hidden',
      '/%2ehidden',
      '/_headers',
      '/_headers/',
      '/%5Fheaders',
    ];
    for (const target of outside) {
      const reply = await send(target);
      expect(reply.status, target).toBe(404);
      expect(reply.body.toString('utf8'), target).toBe(NOT_FOUND);
    }
  });

  it('compresses text with gzip as nginx does, and leaves short and packed files as they are', async () => {
    const page = await send('/lernen/', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(page.headers['vary']).toContain('Accept-Encoding');
    expect(gunzipSync(page.body).toString('utf8')).toBe(PAGE);
    expect(page.body.length).toBeLessThan(PAGE.length / 4);
    const gzip = await send('/_astro/site.abc123.css', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString('utf8')).toBe(STYLE);
    const notFound = await send('/gibt-es-nicht/', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gunzipSync(notFound.body).toString('utf8')).toBe(NOT_FOUND);
    for (const file of ['/short.txt', '/pagefind/index/de_0123.pf_index']) {
      const reply = await send(file, { headers: { 'Accept-Encoding': 'gzip, br' } });
      expect(reply.headers['content-encoding'], file).toBeUndefined();
    }
    expect((await send('/lernen/')).body.toString('utf8')).toBe(PAGE);
  });

  it('sends validators, answers 304 to a known ETag and sees a file changed after it started', async () => {
    const first = await send('/lernen/');
    expect(first.headers['etag']).toMatch(/^W\/".+"$/);
    expect(Date.parse(first.headers['last-modified'] ?? '')).not.toBeNaN();
    expect(first.headers['cache-control']).toBe(REVALIDATE);
    expect((await send('/_astro/site.abc123.css')).headers['cache-control']).toBe(IMMUTABLE);
    expect((await send('/pagefind/index/de_0123.pf_index')).headers['content-type']).toBe('application/octet-stream');
    const again = await send('/lernen/', { headers: { 'If-None-Match': first.headers['etag'] ?? '' } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expectHeadersOf(again, '/lernen/index.html');

    // A new build while the server runs: the new content, with a new validator.
    const page = path.join(root, 'lernen/index.html');
    await writeFile(page, `${PAGE}<!-- neu -->\n`);
    await utimes(page, new Date(), new Date(Date.now() + 5000));
    const changed = await send('/lernen/', { headers: { 'If-None-Match': first.headers['etag'] ?? '' } });
    expect(changed.status).toBe(200);
    expect(changed.body.toString('utf8')).toBe(`${PAGE}<!-- neu -->\n`);
    expect(changed.headers['etag']).not.toBe(first.headers['etag']);
    await writeFile(page, PAGE);
  });

  it('answers an unknown address with status 404 and the easy-read page, checked again on each visit', async () => {
    for (const target of ['/gibt-es-nicht/', '/gibt-es-nicht', '/index', '/_astro/gibt-es-nicht.js']) {
      const reply = await send(target);
      expect(reply.status, target).toBe(404);
      expect(reply.headers['content-type'], target).toBe('text/html; charset=utf-8');
      expect(reply.body.toString('utf8'), target).toBe(NOT_FOUND);
      expect(reply.headers['cache-control'], target).toBe(REVALIDATE);
    }
  });

  it('moves a folder without its slash to the folder, on the same host', async () => {
    const reply = await send('/lernen?seite=2');
    expect(reply.status).toBe(301);
    expect(reply.headers['location']).toBe('/lernen/?seite=2');
    // Several slashes are one: never a redirect to another host ("//lernen/").
    const doubled = await send('//lernen');
    expect(doubled.status).toBe(301);
    expect(doubled.headers['location']).toBe('/lernen/');
    // A name beyond ASCII goes into the header encoded, as the reader's browser sent it.
    const encoded = await send('/gr%C3%BC%C3%9Fe');
    expect(encoded.status).toBe(301);
    expect(encoded.headers['location']).toBe('/gr%C3%BC%C3%9Fe/');
    expect((await send('/gr%C3%BC%C3%9Fe/')).status).toBe(200);
  });
});
