/**
 * Makes sure the server test (`npm run test:server`) has an nginx (see tests/support/nginx.ts for where
 * it looks). Where none is found, it installs Debian's package when running as root on Debian;
 * otherwise it says exactly what to do.
 */
import { canInstallDebianPackages, installDebianPackage } from './debian-package.ts';
import { findNginx } from '../../tests/support/nginx.ts';

const found = findNginx();
if (found) {
  console.log(`nginx für den Server-Test: ${found}`);
  process.exit(0);
}

if (canInstallDebianPackages()) {
  console.log('Kein nginx gefunden.');
  const installed = installDebianPackage('nginx') ? findNginx() : undefined;
  if (installed) {
    console.log(`nginx für den Server-Test: ${installed}`);
    process.exit(0);
  }
}

console.error(`
Für den Server-Test fehlt nginx. So bekommen Sie es:
  - auf Debian oder Ubuntu:  sudo apt-get update && sudo apt-get install -y nginx
  - oder ein vorhandenes nginx nennen:  NGINX_PATH=/pfad/zu/nginx npm run test:server
`);
process.exit(1);
