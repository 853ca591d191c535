/** Installing a Debian package for a test tool (Chromium, nginx): possible as root on Debian only. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Runs a command with its output shown; false when it fails. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  try {
    execFileSync(command, args, { stdio: 'inherit', env });
    return true;
  } catch {
    return false;
  }
}

export function canInstallDebianPackages(): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && existsSync('/etc/debian_version');
}

/** apt-get update, then the package without its recommendations; false when either fails. */
export function installDebianPackage(name: string): boolean {
  console.log(`Installiere Debians Paket ${name} …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return run('apt-get', ['update', '-qq'], env) && run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', name], env);
}
