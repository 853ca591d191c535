/**
 * The README's layout tables name every folder that exists at the top, in src/ and in tools/, and only those:
 * a newcomer reads the table to find where a thing lives, so it must not go stale.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Folders git tracks directly under `base` ('' for the top), e.g. ['content/', 'src/']. */
function trackedFolders(base: string): string[] {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '--', base || '.'], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  const folders = new Set<string>();
  for (const file of files) {
    const rest = file.slice(base.length).split('/');
    if (rest.length > 1) folders.add(`${base}${rest[0] ?? ''}/`);
  }
  return [...folders].sort();
}

/** The first-column paths of the README table whose header cell is `header`, e.g. '`src/` path'. */
function tablePaths(readme: string, header: string): string[] {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`| ${header} |`));
  if (start < 0) throw new Error(`README: no table headed „${header}“`);
  const paths: string[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const cell = /^\| `([^`]+)` \|/.exec(line)?.[1];
    if (cell) paths.push(cell);
  }
  return paths;
}

const readme = readFileSync('README.md', 'utf8');
const folders = (paths: string[]) => paths.filter((p) => p.endsWith('/')).sort();

describe('the README layout tables', () => {
  it('name every top-level folder and no other', () => {
    expect(folders(tablePaths(readme, 'path'))).toEqual(trackedFolders(''));
  });

  it('name every folder in src/ and no other', () => {
    expect(folders(tablePaths(readme, '`src/` path'))).toEqual(trackedFolders('src/'));
  });

  it('name every folder in tools/ and no other', () => {
    expect(folders(tablePaths(readme, '`tools/` path'))).toEqual(trackedFolders('tools/'));
  });

  it('name only files that exist', () => {
    const files = [...tablePaths(readme, 'path'), ...tablePaths(readme, '`src/` path'), ...tablePaths(readme, '`tools/` path')].filter(
      (p) => !p.endsWith('/'),
    );
    const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '--', ...files], {
      encoding: 'utf8',
    }).split('\n');
    for (const file of files) expect(tracked, file).toContain(file);
  });
});
