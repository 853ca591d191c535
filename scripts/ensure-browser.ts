/**
 * Makes sure the end-to-end tests have a Chromium (see tests/support/browser.ts for the order).
 * Where none is found, it installs one: Debian's package when running as root on Debian,
 * otherwise Playwright's download. Where that is impossible, it says exactly what to do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from '../tests/support/browser.ts';

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  try {
    execFileSync(command, args, { stdio: 'inherit', env });
    return true;
  } catch {
    return false;
  }
}

const found = findBrowser();
if (found) {
  console.log(`Browser für die Tests: ${found.source}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version');

if (isRoot && isDebian) {
  console.log('Kein Chromium gefunden. Installiere Debians Paket chromium …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const ok =
    run('apt-get', ['update', '-qq'], env) &&
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], env);
  if (ok && findBrowser()) {
    console.log(`Browser für die Tests: ${findBrowser()?.source}`);
    process.exit(0);
  }
} else {
  console.log('Kein Chromium gefunden. Lade Playwrights Chromium …');
  if (run('npx', ['playwright', 'install', 'chromium']) && findBrowser()) {
    console.log(`Browser für die Tests: ${findBrowser()?.source}`);
    process.exit(0);
  }
}

console.error(`
Für die Tests fehlt ein Chromium-Browser. So bekommen Sie einen:
  - auf Debian oder Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  - mit Internet-Zugang:     npx playwright install chromium
  - oder einen vorhandenen Chromium nennen:  CHROMIUM_PATH=/pfad/zu/chromium npm test
`);
process.exit(1);
