/**
 * `npm run bench`: builds the site, measures every page template, search and the build at scale,
 * writes tools/bench/results.json and tools/bench/results.md, prints the table, and exits with 1 when a budget
 * in tools/bench/budgets.ts is missed.
 *
 * Options: `--quick` leaves out Lighthouse and the build of 1,000 generated lessons (for trying
 * a change; it checks only what it measured). `--memory` also builds 5,000 generated lessons for the
 * build's peak memory; that build alone takes several minutes (the report says how long). BENCH_PORT sets the port the browser talks to (4451):
 * a brotli-compressing proxy (tools/bench/compressing-proxy.ts) in front of tools/serve/serve.ts on the next port.
 * The load runs (tools/bench/measure-load.ts) ask serve.ts on that port directly, and nginx on a free port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, rm, stat, writeFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateLessons } from './generate-lessons.ts';
import { TEMPLATES, type Template } from './budgets.ts';
import {
  checkBudgets,
  failsBench,
  type BackgroundFigures,
  type BenchResults,
  type LoadFigures,
  type SearchFigures,
  type TemplateFigures,
} from './figures.ts';
import { lighthouseMedian, startLighthouse } from './measure-lighthouse.ts';
import { measureAstroBuild, runQuietly } from './measure-build.ts';
import { indexedWords, launchBrowser, measureBackground, measureFirstVisit, measureSearch } from './measure-transfer.ts';
import { startCompressingProxy } from './compressing-proxy.ts';
import { LOAD, measureLoad, startBenchNginx } from './measure-load.ts';
import { freePort } from '../../tests/support/net.ts';
import { formatReport } from './report.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORK = path.join(ROOT, 'tools/bench/.work');
const GENERATED_LESSONS = 1000;
/** The site size at which `--memory` measures the build's peak memory. */
const MEMORY_LESSONS = 5000;
/** Two different words that occur on many pages, so both queries load index chunks and fragments. */
const SEARCH_TERMS = ['Werkstatt', 'Prüfung'] as const;
const quick = process.argv.includes('--quick');
const memory = process.argv.includes('--memory');
const port = Number(process.env['BENCH_PORT'] ?? 4451);
const origin = `http://127.0.0.1:${port}`;

const log = (message: string) => {
  console.error(`› ${message}`);
};

/** The first link in the <main> of a built page whose path matches `pattern`. */
async function firstLink(page: string, pattern: RegExp): Promise<string> {
  const html = await readFile(path.join(ROOT, 'dist', page, 'index.html'), 'utf8');
  const main = html.slice(html.indexOf('<main'));
  for (const match of main.matchAll(/href="([^"#?]+)"/g)) {
    const href = match[1] ?? '';
    if (pattern.test(href)) return href;
  }
  throw new Error(`Kein Link wie ${String(pattern)} auf ${page}.`);
}

/** The page of each template: fixed paths, and the first module, lesson and offer as the site lists them. */
async function templatePaths(): Promise<Record<Template, string>> {
  const module = await firstLink('lernen', /^\/lernen\/[^/]+\/$/);
  const lesson = await firstLink(module, new RegExp(`^${RegExp.escape(module)}[^/]+/$`));
  const offerIds = new Set((await readdir(path.join(ROOT, 'content/workshops'))).map((name) => name.replace(/\.mdx?$/, '')));
  const offers = /^\/workshops\/([^/]+)\/$/;
  const workshopList = await readFile(path.join(ROOT, 'dist/workshops/index.html'), 'utf8');
  const workshop = [...workshopList.matchAll(/href="(\/workshops\/[^"/]+\/)"/g)]
    .map((m) => m[1] ?? '')
    .find((href) => offerIds.has(offers.exec(href)?.[1] ?? ''));
  if (!workshop) throw new Error('Keine Seite eines Angebots auf /workshops/ verlinkt.');
  return {
    start: '/',
    module,
    lesson,
    workshopList: '/workshops/',
    workshop,
    network: '/netzwerk/',
    dictionary: '/woerterbuch/',
    search: '/suche/',
    learningRecord: '/mein-lernstand/',
  };
}

function startServer(): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const server = spawn(process.execPath, [path.join(ROOT, 'tools/serve/serve.ts'), path.join(ROOT, 'dist')], {
      env: { ...process.env, PORT: String(port + 1), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    server.on('error', reject);
    server.on('exit', (code) => {
      reject(new Error(`Der Server endete mit ${String(code)} (Port ${port + 1} belegt?).`));
    });
    server.stdout.once('data', () => {
      resolve(server);
    });
  });
}

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(folder, { recursive: true })) {
    const info = await stat(path.join(folder, name));
    if (info.isFile()) total += info.size;
  }
  return total;
}

async function pagefindIndex(): Promise<Pick<SearchFigures, 'indexBytes' | 'indexedPages' | 'indexBytesPerPage'>> {
  const entry = JSON.parse(await readFile(path.join(ROOT, 'dist/pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const indexedPages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  const indexBytes = await folderBytes(path.join(ROOT, 'dist/pagefind'));
  return { indexBytes, indexedPages, indexBytesPerPage: Math.round(indexBytes / indexedPages) };
}

/** Builds a copy of the content with `lessons` more lessons into tools/bench/.work, then removes it. */
async function measureGeneratedBuild(lessons: number): Promise<NonNullable<BenchResults['build']['generated']>> {
  log(`${lessons} Lektionen erzeugen und bauen …`);
  const content = path.join(WORK, 'content');
  const outDir = path.join(WORK, 'dist');
  try {
    await generateLessons(path.join(ROOT, 'content'), content, lessons);
    return { ...(await measureAstroBuild(outDir, content)), lessons };
  } finally {
    await rm(WORK, { recursive: true, force: true });
  }
}

/** The load runs: a lesson and a Pagefind index file, each from serve.ts and from nginx, one after the other. */
async function measureServers(lesson: string): Promise<LoadFigures[]> {
  const indexFile = (await readdir(path.join(ROOT, 'dist/pagefind/index'))).find((name) => name.endsWith('.pf_index'));
  if (!indexFile) throw new Error('Keine Index-Datei in dist/pagefind/index.');
  const nginxPort = await freePort();
  const stopNginx = await startBenchNginx(path.join(ROOT, 'dist'), nginxPort);
  const runs: LoadFigures[] = [];
  try {
    for (const target of [lesson, `/pagefind/index/${indexFile}`]) {
      for (const [server, serverPort] of [
        ['serve.ts', port + 1],
        ['nginx', nginxPort],
      ] as const) {
        log(`Last: ${String(LOAD.requests)} Anfragen, ${String(LOAD.connections)} gleichzeitig, ${server} ${target}`);
        runs.push(await measureLoad(server, `http://127.0.0.1:${String(serverPort)}`, target));
      }
    }
  } finally {
    await stopNginx();
  }
  return runs;
}

async function main(): Promise<number> {
  // The generated site first: the real build then leaves Astro's generated files (.astro/) for the real content.
  const generated = quick ? undefined : await measureGeneratedBuild(GENERATED_LESSONS);
  const memoryStarted = performance.now();
  const large = memory ? await measureGeneratedBuild(MEMORY_LESSONS) : undefined;
  const memoryBuild = large ? { ...large, minutes: Math.round((performance.now() - memoryStarted) / 6000) / 10 } : undefined;
  log('Build der Seite (astro build) …');
  const site = await measureAstroBuild('dist');
  log(`${site.pages} Seiten in ${site.ms} ms. Such-Index (pagefind) …`);
  await runQuietly(process.execPath, [path.join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist']);
  // The service worker is part of the site as readers get it (npm run build writes it after Pagefind).
  await runQuietly(process.execPath, [path.join(ROOT, 'tools/offline-manifest/build.ts')]);

  const paths = await templatePaths();
  const server = await startServer();
  const proxy = await startCompressingProxy(port, port + 1);
  const templates = {} as Record<Template, TemplateFigures>;
  let search: SearchFigures;
  let background: BackgroundFigures;
  let load: LoadFigures[];
  try {
    const browser = await launchBrowser();
    try {
      for (const template of TEMPLATES) {
        log(`Übertragung: ${paths[template]}`);
        templates[template] = { path: paths[template], transfer: await measureFirstVisit(browser, origin, paths[template]) };
      }
      log('Suche …');
      const [first, second] = await measureSearch(browser, origin, SEARCH_TERMS);
      if (!first || !second) throw new Error('Die Suche lieferte keine Messung.');
      const lessonIndexedWords = await indexedWords(path.join(ROOT, 'dist'), paths.lesson);
      search = { ...(await pagefindIndex()), lessonIndexedWords, firstQuery: first, secondQuery: second };
      log(`Im Hintergrund: ${paths.lesson}, erster und späterer Besuch …`);
      background = await measureBackground(browser, origin, paths.lesson);
    } finally {
      await browser.close();
    }
    if (!quick) {
      const session = await startLighthouse();
      try {
        for (const template of TEMPLATES) {
          log(`Lighthouse (3 Läufe): ${paths[template]}`);
          templates[template].lighthouse = await lighthouseMedian(session, origin + paths[template]);
        }
      } finally {
        await session.close();
      }
    }
    load = await measureServers(paths.lesson);
  } finally {
    proxy.close();
    server.kill();
  }

  const results: BenchResults = {
    measuredAt: new Date().toISOString(),
    templates,
    background,
    build: { site, ...(generated ? { generated } : {}), ...(memoryBuild ? { memory: memoryBuild } : {}) },
    search,
    load,
  };
  const checks = checkBudgets(results);
  const report = formatReport(results, checks);
  await writeFile(path.join(ROOT, 'tools/bench/results.json'), `${JSON.stringify({ ...results, checks }, null, 2)}\n`);
  await writeFile(path.join(ROOT, 'tools/bench/results.md'), `${report}\n`);
  console.log(report);
  if (quick) console.log('\n(--quick: ohne Lighthouse und ohne den Build mit erzeugten Lektionen.)');
  return failsBench(checks) ? 1 : 0;
}

process.exitCode = await main();
