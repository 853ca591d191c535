/**
 * Writes dist/sw.js, the service worker, after Astro and Pagefind have built the site.
 * Runs last in `npm run build`, because its version and file lists come from the finished dist/:
 * any change to any file gives a new version, and readers get the new build on their next visit.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { buildVersion, fragmentPage, frameFiles, searchFiles, type OfflineManifest, type PagefindEntry } from './manifest.ts';

const WORKER_SOURCE = 'src/offline/service-worker.ts';
const WORKER_FILE = '/sw.js';

const dist = path.resolve(process.argv[2] ?? 'dist');
const entries = await readdir(dist, { recursive: true, withFileTypes: true });
const paths = entries
  .filter((entry) => entry.isFile())
  .map((entry) => `/${path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`)
  .filter((p) => p !== WORKER_FILE);

const read = (p: string) => readFile(path.join(dist, p));
const digests = await Promise.all(
  paths.map(async (p) => ({
    path: p,
    digest: createHash('sha256')
      .update(await read(p))
      .digest('hex'),
  })),
);
const entry = JSON.parse((await read('/pagefind/pagefind-entry.json')).toString('utf8')) as PagefindEntry;
const fragmentFiles = paths.filter((p) => p.startsWith('/pagefind/fragment/'));
const fragments = Object.fromEntries(await Promise.all(fragmentFiles.map(async (p) => [fragmentPage(await read(p)), p] as const)));

const manifest: OfflineManifest = {
  version: buildVersion(digests),
  frame: frameFiles(paths),
  search: searchFiles(paths, entry),
  fragments,
};

await build({
  entryPoints: [WORKER_SOURCE],
  outfile: path.join(dist, WORKER_FILE),
  bundle: true,
  format: 'iife',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  define: { __OFFLINE_MANIFEST__: JSON.stringify(manifest) },
  logLevel: 'warning',
});

const bytes = (await stat(path.join(dist, WORKER_FILE))).size;
console.log(
  `Service-Worker ${WORKER_FILE}: Version ${manifest.version}, ${String(manifest.frame.length)} Dateien im Rahmen, ` +
    `${String(manifest.search.length)} Such-Dateien, ${String(fragmentFiles.length)} Fragmente, ${String(bytes)} Bytes.`,
);
