/**
 * Build time and peak memory of `astro build`, run as a child process so its memory is its own.
 * Pages are the HTML files the build wrote.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildFigures } from './figures.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
const MAX_RSS_HOOK = fileURLToPath(new URL('max-rss.ts', import.meta.url));

export async function countPages(outDir: string): Promise<number> {
  const files = await readdir(outDir, { recursive: true });
  return files.filter((file) => file.endsWith('.html')).length;
}

/** Runs a command to its end; rejects with its output when it fails. */
export function runQuietly(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(args[args.length - 1] ?? command)} endete mit ${String(code)}:\n${output.slice(-4000)}`));
    });
  });
}

/** `astro build` into `outDir`, with `contentDir` as the content (see src/lib/content/dir.ts). */
export async function measureAstroBuild(outDir: string, contentDir = 'content'): Promise<BuildFigures> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'll-bench-'));
  const rssFile = path.join(scratch, 'max-rss');
  try {
    const started = performance.now();
    await runQuietly(process.execPath, ['--import', MAX_RSS_HOOK, ASTRO, 'build', '--outDir', outDir], {
      CONTENT_DIR: contentDir,
      BENCH_MAX_RSS_FILE: rssFile,
    });
    const ms = performance.now() - started;
    const pages = await countPages(path.resolve(ROOT, outDir));
    const maxRssKb = Number(await readFile(rssFile, 'utf8'));
    return { pages, ms: Math.round(ms), msPerPage: Math.round((ms / pages) * 10) / 10, maxRssMb: Math.round(maxRssKb / 1024) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
