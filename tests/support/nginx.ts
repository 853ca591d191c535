/**
 * Which nginx the server test and the benchmark use (NGINX_PATH, else `nginx` on PATH or in the usual sbin
 * folders; Debian puts it in /usr/sbin, which is not on every user's PATH), and how they start it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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

/** nginx's main file around one site: everything nginx writes goes to the folder `prefix`. */
function mainConfig(nginx: string, prefix: string, site: string): string {
  const temp = (name: string) => path.join(prefix, name);
  return `daemon off;
master_process off;
worker_processes 1;
pid ${temp('nginx.pid')};
error_log ${temp('error.log')} warn;
events { worker_connections 256; }
http {
    include ${nginxMimeTypes(nginx)};
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${temp('client_body')};
    proxy_temp_path ${temp('proxy')};
    fastcgi_temp_path ${temp('fastcgi')};
    uwsgi_temp_path ${temp('uwsgi')};
    scgi_temp_path ${temp('scgi')};
${site}
}
`;
}

export interface RunningNginx {
  /** Stops nginx and waits until it has ended. */
  stop(): Promise<void>;
}

/**
 * Starts nginx in the foreground (one process, one worker) with `site`, a configuration such as
 * renderNginxConfig() writes, in its http block. Resolves once `ready` succeeds; fails with nginx's errors
 * when nginx ends first or `ready` fails for 10 s.
 */
export async function startNginx(site: string, prefix: string, ready: () => Promise<unknown>): Promise<RunningNginx> {
  const nginx = findNginx();
  if (!nginx) throw new Error('Kein nginx gefunden: node tools/setup/ensure-nginx.ts sagt, was zu tun ist.');
  const config = path.join(prefix, 'nginx.conf');
  const log = path.join(prefix, 'error.log');
  writeFileSync(config, mainConfig(nginx, prefix, site));
  const child = spawn(nginx, ['-p', `${prefix}/`, '-e', log, '-c', config], { stdio: 'ignore' });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  };
  for (let attempt = 0; attempt < 100 && child.exitCode === null; attempt++) {
    try {
      await ready();
      return { stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await stop();
  throw new Error(`nginx ist nicht gestartet.\n${existsSync(log) ? readFileSync(log, 'utf8') : ''}`);
}
