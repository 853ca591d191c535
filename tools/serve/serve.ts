/**
 * Serves the built site from dist/ on 127.0.0.1 (`npm start`, and the end-to-end tests).
 * A small static server of our own: index.html for folders, 404.html for unknown paths,
 * and nothing from anywhere else. PORT and HOST can be set in the environment.
 * It sends the same security headers as the ready server configurations (tools/server-config/headers.ts),
 * so the browser tests see the page as a reader on the real host would.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { SECURITY_HEADERS } from '../server-config/headers.ts';

const root = path.resolve(process.argv[2] ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** The file for a URL path, or undefined; never a file outside the site folder. */
async function resolveFile(urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const candidate = path.join(root, path.normalize(decoded));
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return undefined;
  try {
    const info = await stat(candidate);
    if (info.isFile()) return candidate;
    if (info.isDirectory()) {
      const index = path.join(candidate, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  void (async () => {
    // A folder without its trailing slash: send the reader to the address with it.
    if (!url.pathname.endsWith('/') && !path.extname(url.pathname)) {
      const folder = await resolveFile(`${url.pathname}/`);
      if (folder) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        response.end();
        return;
      }
    }
    const file = await resolveFile(url.pathname);
    const notFound = file === undefined;
    const served = file ?? path.join(root, '404.html');
    response.writeHead(notFound ? 404 : 200, {
      ...Object.fromEntries(SECURITY_HEADERS.map((header) => [header.name, header.value])),
      'Content-Type': TYPES[path.extname(served)] ?? 'application/octet-stream',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(served)
      .on('error', () => response.destroy())
      .pipe(response);
  })();
});

server.listen(port, host, () => {
  console.log(`Die Seite läuft: http://${host}:${port}/`);
  console.log('Beenden mit Strg und C.');
});
