/**
 * Serves the built site from dist/ on 127.0.0.1 (`npm start`, the end-to-end tests and `npm run bench`).
 * PORT and HOST can be set in the environment; the folder is the first argument.
 *
 * Files come from sirv (the static file handler of Vite's preview), compressed on the fly with gzip by
 * @polka/compression, as nginx does with deploy/nginx.conf (same level, types and smallest size). Every response carries the headers of the ready server configurations
 * (responseHeaders() in tools/server-config/headers.ts), so the browser tests see the page as a reader on
 * the real host would. Like nginx with deploy/nginx.conf, it answers only GET and HEAD (405 otherwise),
 * 400 to a request target that is no address, 301 from a folder without its slash to the folder, and the
 * easy-read 404 page for everything else: nothing outside the folder, no hidden file, no host configuration.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import compression from '@polka/compression';
import sirv from 'sirv';
import { COMPRESSED_TYPES, COMPRESSION, HOST_ONLY_FILES, responseHeaders } from '../server-config/headers.ts';

const root = path.resolve(process.argv[2] ?? 'dist');
const port = Number(process.env['PORT'] ?? 4321);
const host = process.env['HOST'] ?? '127.0.0.1';

const ALLOWED_METHODS = 'GET, HEAD';
const NOT_FOUND_PAGE = '/404.html';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// dev: sirv looks each file up when it is asked for, so a new build in the folder is served at once,
// with validators from the file as it is now (it never leaves the folder: it checks the joined path).
const files = sirv(root, { dev: true, etag: true, extensions: ['html'] });
const compress = compression({
  level: COMPRESSION.level,
  threshold: COMPRESSION.minBytes,
  // No brotli on the fly: at a quality where it packs a lesson page smaller than gzip 5 (quality 5: 6.4 kB
  // against 6.8 kB of 34 kB), it takes 2.8 times the CPU (4.4 ms against 1.6 ms), and the server answered
  // a third as many requests as nginx. Brotli pays where files are packed once, ahead of time.
  brotli: false,
  mimes: new RegExp(`^(text/html|${COMPRESSED_TYPES.map(escapeRegExp).join('|')})(;|$)`),
});

/** The decoded path of a request target, or undefined where it is no address (a 400). */
function requestPath(target: string | undefined): string | undefined {
  if (!target) return undefined;
  let pathname: string;
  if (target.startsWith('/')) {
    pathname = target.split(/[?#]/, 1)[0] ?? '/';
  } else {
    // The absolute form (GET http://host/path) that HTTP/1.1 servers must accept; anything else is no address.
    if (!URL.canParse(target)) return undefined;
    const url = new URL(target);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    pathname = url.pathname;
  }
  try {
    pathname = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0')) return undefined;
  // As nginx does: several slashes are one, so "//lernen" can never become a redirect to another host.
  return pathname.replace(/\/{2,}/g, '/');
}

function send(response: ServerResponse, status: number, headers: Record<string, string>, body?: Buffer) {
  response.writeHead(status, headers);
  response.end(body);
}

/** The easy-read 404 page; sirv is not asked for it, as it would answer with status 200. */
function sendNotFound(response: ServerResponse) {
  const page = path.join(root, NOT_FOUND_PAGE);
  const body = existsSync(page) ? readFileSync(page) : Buffer.from('404\n');
  for (const name of response.getHeaderNames()) response.removeHeader(name);
  send(response, 404, { ...responseHeaders(NOT_FOUND_PAGE), 'Content-Type': 'text/html; charset=utf-8', Vary: 'Accept-Encoding' }, body);
}

/** The 404 page for a request sirv is not asked about, compressed like every page. */
function notFound(request: IncomingMessage, response: ServerResponse) {
  compress(request, response, () => {
    sendNotFound(response);
  });
}

/** A decoded path as it goes into a request line or a Location header. */
const encodePath = (pathname: string) => pathname.split('/').map(encodeURIComponent).join('/');

/** A path without a trailing slash whose folder has an index page: the reader is sent to the folder. */
function isFolder(pathname: string): boolean {
  const folder = path.join(root, pathname);
  return folder.startsWith(root + path.sep) && existsSync(path.join(folder, 'index.html'));
}

function handle(request: IncomingMessage, response: ServerResponse) {
  const pathname = requestPath(request.url);
  if (pathname === undefined) {
    send(response, 400, { ...responseHeaders(NOT_FOUND_PAGE), 'Content-Type': 'text/plain; charset=utf-8' }, Buffer.from('400\n'));
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(
      response,
      405,
      { ...responseHeaders(pathname), Allow: ALLOWED_METHODS, 'Content-Type': 'text/plain; charset=utf-8' },
      Buffer.from('405\n'),
    );
    return;
  }
  const file = pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  const hidden = pathname.split('/').some((part) => part.startsWith('.'));
  if (hidden || (HOST_ONLY_FILES as readonly string[]).includes(file)) {
    notFound(request, response);
    return;
  }
  if (!pathname.endsWith('/') && !path.posix.extname(pathname)) {
    // nginx: /lernen moves to /lernen/; an address without an ending is no file of a built Astro site.
    if (isFolder(pathname)) {
      const search = request.url?.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      send(response, 301, { ...responseHeaders(pathname), Location: `${encodePath(pathname)}/${search}` });
    } else {
      notFound(request, response);
    }
    return;
  }
  for (const [name, value] of Object.entries(responseHeaders(pathname.endsWith('/') ? `${pathname}index.html` : pathname))) {
    response.setHeader(name, value);
  }
  response.setHeader('Vary', 'Accept-Encoding');
  // sirv reads Range itself, but no suffix ranges, and the compression would then pack a part of a file:
  // the whole file is a valid answer to a Range request.
  delete request.headers.range;
  // sirv reads the path from request.url: give it the origin form (the absolute form is allowed above).
  request.url = encodePath(pathname);
  compress(request, response, () => {
    files(request, response, () => {
      sendNotFound(response);
    });
  });
}

const server = createServer((request, response) => {
  try {
    handle(request, response);
  } catch (error) {
    // Whatever one request does, the server goes on serving the others.
    console.error(error);
    if (!response.headersSent) send(response, 500, responseHeaders(NOT_FOUND_PAGE));
    else response.destroy();
  }
});
// A request nginx would also refuse (bad headers, a broken request line): 400, and the server goes on.
server.on('clientError', (_error, socket) => {
  if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  else socket.destroy();
});

server.listen(port, host, () => {
  console.log(`Die Seite läuft: http://${host}:${port}/`);
  console.log('Beenden mit Strg und C.');
});
