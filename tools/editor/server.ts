/**
 * `npm run editor`: the editing page in the browser, on this computer, without any account.
 *
 * Serves the page (index.html), Decap CMS's bundle (fetched by tools/setup/ensure-editor.ts), our own widgets (browser.ts, bundled with
 * esbuild on start), the configuration built from the content schemas (config.ts), the pictures for the
 * picture picker, and the local backend (store.ts) that reads and writes the files in `content/`.
 * Only 127.0.0.1 can reach it. The public site never contains any of it: the build does not read tools/.
 *
 * Usage: node tools/editor/server.ts [folder with content/]   (PORT, default 4730)
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parse as parseYaml } from 'yaml';
import { pictureSvg } from '../../src/lib/pictures.ts';
import { editorConfig } from './config.ts';
import { ContentStore, RefusedSave } from './store.ts';
import { DECAP_FOLDER, decapReady, isBundleFile } from './decap.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const root = path.resolve(process.argv[2] ?? '.');
const port = Number(process.env['PORT'] ?? 4730);
const store = new ContentStore(root);

/** The site's own styles for the preview: the CSS of the last build in dist/, where there is one. */
async function siteStyles(): Promise<string> {
  const dir = path.resolve(here, '../../dist/_astro');
  try {
    const names = (await readdir(dir)).filter((name) => name.endsWith('.css')).sort();
    return (await Promise.all(names.map((name) => readFile(path.join(dir, name), 'utf8')))).join('\n');
  } catch {
    return '';
  }
}

const script = (await build({ entryPoints: [path.join(here, 'browser.ts')], bundle: true, write: false, format: 'iife', target: 'es2022' }))
  .outputFiles[0]?.text;
if (!decapReady()) {
  console.error('Decap CMS fehlt. Bitte starten Sie den Editor mit: npm run editor');
  process.exit(1);
}
const page = await readFile(path.join(here, 'index.html'), 'utf8');
const config = JSON.stringify(editorConfig({ name: 'proxy', proxy_url: '/api/v1' }));

async function body(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
}

function send(response: ServerResponse, status: number, type: string, content: string) {
  response.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' });
  response.end(content);
}

async function handle(request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (request.method === 'POST' && url.pathname === '/api/v1') {
    const { action, params } = (await body(request)) as { action: string; params: Record<string, unknown> };
    try {
      send(response, 200, 'application/json', JSON.stringify(await store.handle(action, params)));
    } catch (error) {
      const status = error instanceof RefusedSave ? 422 : 500;
      send(response, status, 'application/json', JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
    }
    return;
  }
  if (request.method === 'POST' && url.pathname === '/api/pruefen') {
    const { file, raw } = (await body(request)) as { file: string; raw: string };
    send(response, 200, 'application/json', JSON.stringify(await store.lint(file, raw)));
    return;
  }
  if (url.pathname === '/') {
    send(response, 200, 'text/html', page);
    return;
  }
  if (url.pathname === '/config.json') {
    send(response, 200, 'application/json', config);
    return;
  }
  // The bundle loads its chunks and WebAssembly from the folder of its own script: here, the root.
  const bundleFile = url.pathname.slice(1);
  if (isBundleFile(bundleFile)) {
    const type = bundleFile.endsWith('.wasm') ? 'application/wasm' : bundleFile.endsWith('.js') ? 'text/javascript' : 'text/plain';
    response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    response.end(await readFile(path.join(DECAP_FOLDER, bundleFile)));
    return;
  }
  if (url.pathname === '/editor.js') {
    send(response, 200, 'text/javascript', script ?? '');
    return;
  }
  if (url.pathname === '/seite.css') {
    send(response, 200, 'text/css', await siteStyles());
    return;
  }
  const picture = /^\/bild\/([a-z0-9-]+)\.svg$/.exec(url.pathname)?.[1];
  const svg = picture ? pictureSvg(picture) : undefined;
  if (svg) {
    send(response, 200, 'image/svg+xml', svg);
    return;
  }
  if (url.pathname === '/woerter.json') {
    send(response, 200, 'application/json', JSON.stringify(await glossaryWords()));
    return;
  }
  if (url.pathname === '/bilder.json') {
    send(response, 200, 'application/json', JSON.stringify(pictureNames()));
    return;
  }
  send(response, 404, 'text/plain', 'Nicht gefunden.');
}

/** The words of the dictionary, for the "Schweres Wort" block: id and the word as texts write it. */
async function glossaryWords(): Promise<{ id: string; wort: string }[]> {
  const entries = await store.entriesByFolder('content/glossary', 'yaml', 1);
  return entries.map((entry) => ({
    id: path.basename(entry.file.path, '.yaml'),
    wort: (parseYaml(entry.data ?? '') as { wort?: string } | null)?.wort ?? '',
  }));
}

function pictureNames(): string[] {
  const set = JSON.parse(readFileSync(require.resolve('@iconify-json/fluent-emoji-flat/icons.json'), 'utf8')) as {
    icons: Record<string, unknown>;
  };
  return Object.keys(set.icons).sort();
}

createServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    send(response, 500, 'text/plain', String(error));
  });
}).listen(port, '127.0.0.1', () => {
  console.log(`Der Editor läuft: http://127.0.0.1:${port}/ (Inhalt aus ${path.join(root, 'content')})`);
});
