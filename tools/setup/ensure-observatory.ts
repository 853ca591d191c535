/**
 * Makes sure the server test (`npm run test:server`) has the MDN HTTP Observatory's analyzer in the version
 * it grades with (tests/support/observatory.ts says why it is not one of the project's packages). It installs
 * the package from the npm registry without its install scripts, which download lists from the internet.
 * The one list the analyzer reads, the HSTS preload list, then starts empty: no host of a test is on it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { OBSERVATORY_FOLDER, OBSERVATORY_PACKAGE, OBSERVATORY_VERSION } from '../../tests/support/observatory.ts';

const manifest = path.join(OBSERVATORY_PACKAGE, 'package.json');
const installed = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version : undefined;

if (installed !== OBSERVATORY_VERSION) {
  console.log(`Installiere @mdn/mdn-http-observatory ${OBSERVATORY_VERSION} für den Server-Test …`);
  mkdirSync(OBSERVATORY_FOLDER, { recursive: true });
  writeFileSync(path.join(OBSERVATORY_FOLDER, 'package.json'), '{ "private": true }\n');
  try {
    execFileSync(
      'npm',
      [
        'install',
        '--prefix',
        OBSERVATORY_FOLDER,
        '--ignore-scripts',
        '--no-save',
        '--no-audit',
        '--no-fund',
        `@mdn/mdn-http-observatory@${OBSERVATORY_VERSION}`,
      ],
      { stdio: 'inherit' },
    );
  } catch {
    console.error(`
Für den Server-Test fehlt das MDN HTTP Observatory. So bekommen Sie es:
  npm install --prefix ${OBSERVATORY_FOLDER} --ignore-scripts --no-save @mdn/mdn-http-observatory@${OBSERVATORY_VERSION}
`);
    process.exit(1);
  }
}

const preloadList = path.join(OBSERVATORY_PACKAGE, 'conf/hsts-preload.json');
if (!existsSync(preloadList)) writeFileSync(preloadList, '{}\n');
console.log(`MDN HTTP Observatory für den Server-Test: ${OBSERVATORY_VERSION}`);
