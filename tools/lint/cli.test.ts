/**
 * The command `npm run lint:text`: exit code, output for people and for tools,
 * and the whole site's texts without errors.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintPaths } from './lint.ts';
import { totals } from './report.ts';

const run = promisify(execFile);
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'll-lint-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs tools/lint/cli.ts with the Node that runs the tests (24: it runs .ts directly). */
async function lintText(...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, ['tools/lint/cli.ts', ...args], { cwd: process.cwd() });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

// Each test starts Node, which loads the linter and the content schemas: about 1 s on a quiet machine,
// over 5 s (vitest's default limit) on a busy two-core one.
describe('the lint:text command', { timeout: 30_000 }, () => {
  it('exits 1 on an error and names the file and the line', async () => {
    const file = path.join(dir, 'entwurf.mdx');
    await writeFile(file, '## Ein Entwurf\n\nSie lernen viel.\nDas ist z. B. gut.\n');
    const { code, stdout } = await lintText(file);
    expect(code).toBe(1);
    expect(stdout).toContain(file);
    expect(stdout).toMatch(/^ {2}4:9 +Fehler +abkuerzung +„z\. B\.“ ist eine Abkürzung\./m);
    expect(stdout).toContain('Vorschlag: Schreiben Sie: zum Beispiel.');
    expect(stdout).toMatch(/1 Datei, 3 Sätze: 1 Fehler, 0 Warnungen\./);
    expect(stdout.trim().split('\n').slice(-3, -1)).toEqual([
      'Leichte Sprache: 1 Fehler. Bitte ändern:',
      `1. ${file}, Zeile 4: „z. B.“ ist eine Abkürzung. Vorschlag: Schreiben Sie: zum Beispiel. (Regel abkuerzung)`,
    ]);
  });

  it('exits 0 with only warnings and shows the measures of the file', async () => {
    const file = path.join(dir, 'warnung.mdx');
    await writeFile(file, '## Kopf\n\nDas ist nicht schwer.\n');
    const { code, stdout } = await lintText(file);
    expect(code).toBe(0);
    expect(stdout).toContain('Warnung verneinung');
    expect(stdout).toMatch(/2 Sätze · 2,5 Wörter pro Satz, längster 4 · lange Wörter 0 % · Flesch \(Amstad\) \d+ · Wiener Sachtextformel/);
  });

  it('--quiet shows only the errors and ends with their summary and one line about the warnings', async () => {
    const bad = path.join(dir, 'fehler.mdx');
    const fine = path.join(dir, 'gut.mdx');
    await writeFile(bad, '## Kopf\n\nDas ist nicht z. B. gut.\n');
    await writeFile(fine, '## Kopf\n\nDas ist nicht schwer.\n');
    const { code, stdout } = await lintText('--quiet', bad, fine);
    expect(code).toBe(1);
    expect(stdout).not.toContain('Warnung verneinung');
    expect(stdout).not.toContain(`${fine}\n`);
    expect(stdout.trim().split('\n').slice(-4, -1)).toEqual([
      'Leichte Sprache: 1 Fehler. Bitte ändern:',
      `1. ${bad}, Zeile 3: „z. B.“ ist eine Abkürzung. Vorschlag: Schreiben Sie: zum Beispiel. (Regel abkuerzung)`,
      '2 Warnungen zur Leichten Sprache, die den Bau nicht aufhalten: npm run lint:text zeigt sie.',
    ]);
  });

  it('gives every finding with file, line, column, rule, severity, message and suggestion as JSON', async () => {
    const file = path.join(dir, 'seed.txt');
    await writeFile(file, 'Das kostet ca. 50 % mehr.\n');
    const { code, stdout } = await lintText('--json', file);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { findings: Record<string, unknown>[]; summary: { errors: number } };
    expect(report.findings).toContainEqual({
      file,
      line: 1,
      column: 12,
      ruleId: 'abkuerzung',
      severity: 'error',
      message: '„ca.“ ist eine Abkürzung.',
      words: 'ca.',
      suggestion: 'Schreiben Sie: ungefähr.',
    });
    expect(report.summary.errors).toBe(2);
  });

  it('stops with exit code 2 for a path that does not exist', async () => {
    expect((await lintText(path.join(dir, 'gibt-es-nicht.mdx'))).code).toBe(2);
  });
});

describe('the site', () => {
  // Reads every text of the site: about 2 s on a quiet machine, more on a busy one.
  it('has no errors in any text of content/ and the UI strings', { timeout: 30_000 }, async () => {
    const reports = await lintPaths(process.cwd());
    const errors = reports.flatMap((r) => r.findings).filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.file}:${String(f.line)}:${String(f.column)} ${f.ruleId} ${f.message}`)).toEqual([]);
    expect(totals(reports).files).toBeGreaterThan(10);
  });
});
