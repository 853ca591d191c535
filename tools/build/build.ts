/**
 * `npm run build`: checks the content and the easy-read rules first, then builds the site (Astro), its search
 * index (Pagefind) and its service worker, and prints only what a person needs:
 * - a failing run ends with one summary: each error with file, line, field and what to do, and one line with
 *   the number of easy-read warnings, which `npm run lint:text` shows (they never stop a build);
 * - a passing run prints a few lines: what was built, in how many seconds, and that warnings line.
 * Astro logs only warnings and errors, Pagefind only warnings and errors; their own reports stay available with
 * `npx astro build` and `npx pagefind --site dist`.
 */
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'astro';
import { checkContent } from '../content-check/check.ts';
import { formatSummary, warningsLine, type SummaryItem } from '../content-check/summary.ts';
import { summaryItem } from '../lint/report.ts';
import { contentDirFor } from '../../src/lib/content/dir.ts';

const run = promisify(execFile);
const root = process.cwd();
const started = Date.now();

/** A finding of `npm run lint:text -- --json`, as far as the summary needs it. */
type LintFinding = Parameters<typeof summaryItem>[0] & { severity: 'error' | 'warning' };

/** Runs the easy-read linter as its command does and returns its findings (it exits 1 when one is an error). */
async function lintFindings(): Promise<LintFinding[]> {
  const output = await run(process.execPath, ['tools/lint/cli.ts', '--json'], { maxBuffer: 64 * 1024 * 1024 }).catch((error: unknown) => {
    const failed = error as { stdout?: string; stderr?: string; code?: number };
    // Exit code 1: the linter ran and found errors; anything else: it could not run.
    if (failed.code === 1 && failed.stdout) return { stdout: failed.stdout };
    throw new Error(`Die Prüfung der Leichten Sprache läuft nicht:\n${failed.stderr ?? ''}`, { cause: error });
  });
  return (JSON.parse(output.stdout) as { findings: LintFinding[] }).findings;
}

/** Stops with the summary of `errors`. */
function fail(title: string, errors: readonly SummaryItem[], warnings: number): never {
  console.error(`\n${formatSummary(title, errors, warnings)}`);
  process.exit(1);
}

const [content, lint] = await Promise.all([checkContent(root, contentDirFor(root)), lintFindings()]);
const warnings = lint.filter((f) => f.severity === 'warning').length;
// A file the content check cannot read, the linter cannot read either: its English parser message adds nothing.
const unreadable = new Set(content.map((f) => f.file));
const lintErrors = lint.filter((f) => f.severity === 'error' && !(f.ruleId === 'datei' && unreadable.has(f.file))).map(summaryItem);
if (content.length + lintErrors.length > 0) fail('Der Bau hat nicht angefangen', [...content, ...lintErrors], warnings);

try {
  await build({ root, logLevel: 'warn' });
} catch (error) {
  const problem = error as { message?: string; hint?: string; loc?: { file?: string; line?: number } };
  const file = problem.loc?.file ? path.relative(root, problem.loc.file) : 'astro build';
  fail(
    'Der Bau ist abgebrochen',
    [{ file, line: problem.loc?.line, message: `${problem.message ?? String(error)}${problem.hint ? ` ${problem.hint}` : ''}` }],
    warnings,
  );
}

const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const { stdout: index } = await run(process.execPath, [bin('pagefind'), '--site', 'dist', '--quiet']);
if (index.trim()) console.log(index.trim());
const { stdout: worker } = await run(process.execPath, ['tools/offline-manifest/build.ts']);

const pages = (await readdir(path.join(root, 'dist'), { recursive: true })).filter((name) => name.endsWith('.html')).length;
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(
  [`Die Seite ist gebaut: ${pages} Seiten in dist/, mit Such·index, in ${seconds} s.`, worker.trim(), warningsLine(warnings)]
    .filter(Boolean)
    .join('\n'),
);
