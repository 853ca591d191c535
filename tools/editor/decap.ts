/**
 * Decap CMS, the program behind the editing page, is not one of the project's packages: as a dependency it would
 * add 664 packages (about 1 GB) to every `npm install` and every CI run, for a page only editors open.
 * `tools/setup/ensure-editor.ts` fetches its package from the npm registry on demand (`npm run editor` and
 * `npm run test:editor` call it) and keeps only the browser bundle the page loads, in DECAP_FOLDER.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const DECAP_VERSION = '3.16.3';
/** The registry's integrity value of decap-cms-3.16.3.tgz: a package changed after the fact is refused. */
export const DECAP_INTEGRITY = 'sha512-hf+dPlCh7TJmWl8+6VRzHYOWhri5xgUknrZbDewaWe4s9B7xJ8PQugp2QHeSldMUKzav6+z0oIpwUYhUJDYtYw==';
/** Inside node_modules, so that it is ignored by git and goes away with a clean install. */
export const DECAP_FOLDER = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../node_modules/.editor',
  `decap-cms-${DECAP_VERSION}`,
);
/** Written last: the folder is complete when it names the version and the integrity of the package. */
export const DECAP_MARKER = 'fertig.json';

/** The files of the package's dist/ the page loads: the bundle, its chunks and WebAssembly, its licence notes. */
export function isBundleFile(name: string): boolean {
  return /^(?:\d+\.)?decap-cms\.js$/.test(name) || /^[0-9a-f]+\.wasm$/.test(name) || name === 'decap-cms.js.LICENSE.txt';
}

export function integrityOf(data: Buffer): string {
  return `sha512-${createHash('sha512').update(data).digest('base64')}`;
}

/** The regular files of a gzipped tar archive (the format of npm packages), by their path in it. */
export function untar(tgz: Buffer): Map<string, Buffer> {
  const tar = gunzipSync(tgz);
  const files = new Map<string, Buffer>();
  const text = (start: number, length: number) => tar.toString('utf8', start, start + length).replace(/\0.*$/s, '');
  let longName: string | undefined;
  for (let offset = 0; offset + 512 <= tar.length;) {
    if (tar[offset] === 0) break; // the empty blocks at the end
    const size = Number.parseInt(text(offset + 124, 12).trim() || '0', 8);
    const type = text(offset + 156, 1) || '0';
    const prefix = text(offset + 345, 155);
    const body = tar.subarray(offset + 512, offset + 512 + size);
    const name = longName ?? (prefix ? `${prefix}/${text(offset, 100)}` : text(offset, 100));
    longName = undefined;
    if (type === 'x') longName = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1];
    else if (type === '0') files.set(name, Buffer.from(body));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** True when DECAP_FOLDER holds the bundle of DECAP_VERSION from the package with DECAP_INTEGRITY. */
export function decapReady(): boolean {
  const marker = path.join(DECAP_FOLDER, DECAP_MARKER);
  if (!existsSync(marker)) return false;
  const { version, integrity } = JSON.parse(readFileSync(marker, 'utf8')) as { version?: string; integrity?: string };
  return version === DECAP_VERSION && integrity === DECAP_INTEGRITY;
}
