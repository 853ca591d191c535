/**
 * Which nginx the server test uses: NGINX_PATH, else `nginx` on PATH or in the usual sbin folders
 * (Debian puts it in /usr/sbin, which is not on every user's PATH).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const SBIN_FOLDERS = ['/usr/sbin', '/usr/local/sbin', '/usr/local/nginx/sbin'];

export function findNginx(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const explicit = env['NGINX_PATH'];
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`NGINX_PATH zeigt auf ${explicit}, aber dort ist keine Datei.`);
    return explicit;
  }
  const folders = [...(env['PATH'] ?? '').split(path.delimiter).filter(Boolean), ...SBIN_FOLDERS];
  return folders.map((folder) => path.join(folder, 'nginx')).find((candidate) => existsSync(candidate));
}

/** The mime.types file next to nginx's own configuration (from `nginx -V`), e.g. /etc/nginx/mime.types. */
export function nginxMimeTypes(nginx: string): string {
  // nginx -V writes its build options to stderr.
  const { stdout, stderr } = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  const output = `${stdout}${stderr}`;
  const confPath = /--conf-path=(\S+)/.exec(output)?.[1] ?? '/etc/nginx/nginx.conf';
  return path.join(path.dirname(confPath), 'mime.types');
}
