/**
 * Makes sure the end-to-end tests have a Chromium (see tests/support/browser.ts for the order).
 * Where none is found, it installs one: Debian's package when running as root on Debian,
 * otherwise Playwright's download. Where that is impossible, it says exactly what to do.
 */
import { canInstallDebianPackages, installDebianPackage, run } from './debian-package.ts';
import { findBrowser } from '../../tests/support/browser.ts';

const found = findBrowser();
if (found) {
  console.log(`Browser für die Tests: ${found.source}`);
  process.exit(0);
}

if (canInstallDebianPackages()) {
  console.log('Kein Chromium gefunden.');
  if (installDebianPackage('chromium') && findBrowser()) {
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
