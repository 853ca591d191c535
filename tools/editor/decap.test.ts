import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { integrityOf, isBundleFile, untar } from './decap.ts';

const folders: string[] = [];
afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('the Decap CMS bundle fetched on demand', () => {
  it('keeps the bundle, its chunks, WebAssembly and licence notes, and nothing else', () => {
    expect(
      ['decap-cms.js', '2598.decap-cms.js', 'dd5d52671a5763720504.wasm', 'decap-cms.js.LICENSE.txt'].filter(isBundleFile),
    ).toHaveLength(4);
    expect(['cms.js', '2598.cms.js', 'decap-cms.js.map', '../decap-cms.js', 'package.json', 'x.decap-cms.js'].filter(isBundleFile)).toEqual(
      [],
    );
  });

  it('reads every regular file of a package archive made by tar, long paths too', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'decap-tar-'));
    folders.push(folder);
    const long = `package/dist/${'a'.repeat(120)}.decap-cms.js`;
    await mkdir(path.join(folder, 'package/dist'), { recursive: true });
    await writeFile(path.join(folder, 'package/dist/decap-cms.js'), 'console.log(1);\n');
    await writeFile(path.join(folder, long), 'x'.repeat(1500));
    execFileSync('tar', ['-czf', 'p.tgz', '--format=posix', 'package'], { cwd: folder });
    const files = untar(await readFile(path.join(folder, 'p.tgz')));
    expect([...files.keys()].sort()).toEqual([long, 'package/dist/decap-cms.js']);
    expect(files.get('package/dist/decap-cms.js')?.toString()).toBe('console.log(1);\n');
    expect(files.get(long)?.length).toBe(1500);
  });

  it('gives the integrity value in the registry’s form', () => {
    expect(integrityOf(Buffer.from('abc'))).toBe(
      'sha512-3a81oZNherrMQXNJriBBMRLm+k6JqX6iCp7u5ktV05ohkpkqJ0/BqDa6PCOj/uu9RU1EI2Q86A4qmslPpUyknw==',
    );
  });
});
