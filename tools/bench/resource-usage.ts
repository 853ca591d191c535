/**
 * Loaded with `node --import` into a measured child process (tools/bench/measure-build.ts): on exit it
 * writes the process's peak memory (maximum resident set size, kB) and CPU time (user and system,
 * all threads, ms) as JSON to BENCH_USAGE_FILE.
 */
import { writeFileSync } from 'node:fs';

const file = process.env['BENCH_USAGE_FILE'];
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
  });
}
