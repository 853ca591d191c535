/**
 * Loaded with `node --import` into a measured child process (bench/measure-build.ts): on exit it
 * writes the process's peak memory (maximum resident set size, in kB) to BENCH_MAX_RSS_FILE.
 */
import { writeFileSync } from 'node:fs';

const file = process.env['BENCH_MAX_RSS_FILE'];
if (file) {
  process.on('exit', () => {
    writeFileSync(file, String(process.resourceUsage().maxRSS));
  });
}
