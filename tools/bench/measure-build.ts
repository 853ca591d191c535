/**
 * Build time and peak memory of `astro build`, run as a child process so its memory is its own.
 * Pages are the HTML files the build wrote. Time is measured twice: on the clock, and as CPU time of
 * the build process. The budget uses CPU time: our machines are shared, and the clock also counts the
 * time the build waits while other processes run; on a quiet machine both agree, as astro build
 * works on one core.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildFigures } from './figures.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
const USAGE_HOOK = fileURLToPath(new URL('resource-usage.ts', import.meta.url));

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

/** `astro build` into `outDir`, with `contentDir` as the content if given (see src/lib/content/dir.ts). */
export async function measureAstroBuild(outDir: string, contentDir?: string): Promise<BuildFigures> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'll-bench-'));
  const usageFile = path.join(scratch, 'usage.json');
  try {
    const started = performance.now();
    await runQuietly(process.execPath, ['--import', USAGE_HOOK, ASTRO, 'build', '--outDir', outDir], {
      ...(contentDir ? { CONTENT_DIR: contentDir } : {}),
      BENCH_USAGE_FILE: usageFile,
    });
    const ms = performance.now() - started;
    const pages = await countPages(path.resolve(ROOT, outDir));
    const usage = JSON.parse(await readFile(usageFile, 'utf8')) as { maxRssKb: number; cpuMs: number };
    const perPage = (total: number) => Math.round((total / pages) * 10) / 10;
    return {
      pages,
      ms: Math.round(ms),
      msPerPage: perPage(ms),
      cpuMs: Math.round(usage.cpuMs),
      cpuMsPerPage: perPage(usage.cpuMs),
      maxRssMb: Math.round(usage.maxRssKb / 1024),
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
