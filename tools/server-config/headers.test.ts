/** The committed server configurations are exactly what tools/server-config/headers.ts writes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES } from '../../src/lib/security/csp.ts';
import {
  DEFAULT_NGINX_SITE,
  IMMUTABLE,
  REVALIDATE,
  SECURITY_HEADERS,
  WORKER_POLICIES,
  renderHeadersFile,
  renderNginxConfig,
  responseHeaders,
} from './headers.ts';

const FIX = 'Nach einer Änderung an den Headern: npm run write:server-config';

describe('server configuration files', () => {
  it('public/_headers matches the generator', () => {
    expect(readFileSync('public/_headers', 'utf8'), FIX).toBe(renderHeadersFile());
  });

  it('deploy/nginx.conf matches the generator', () => {
    expect(readFileSync('deploy/nginx.conf', 'utf8'), FIX).toBe(renderNginxConfig());
  });

  it('both carry every security header for every address and a year of caching for hashed files', () => {
    const headersFile = renderHeadersFile();
    const nginx = renderNginxConfig();
    for (const { name, value } of SECURITY_HEADERS) {
      expect(headersFile).toContain(`\n  ${name}: ${value}\n`);
      // The policy differs by address (workers), so nginx takes it from a map; its default is the value.
      if (name === 'Content-Security-Policy') {
        expect(nginx).toContain(`\n    add_header ${name} $lernen_leicht_csp always;\n`);
        expect(nginx).toContain(`map $uri $lernen_leicht_csp {\n    default "${value}";\n`);
      } else {
        expect(nginx).toContain(`\n    add_header ${name} "${value}" always;\n`);
      }
    }
    expect(headersFile).toContain(`/_astro/*\n  Cache-Control: ${IMMUTABLE}\n`);
    expect(nginx).toMatch(/map \$uri \$lernen_leicht_cache_control \{[^}]*~\^\/_astro\/[^}]*"public, max-age=31536000, immutable";/);
  });

  it('the header policy forbids frames, which a policy in a <meta> tag cannot', () => {
    const policy = SECURITY_HEADERS.find((h) => h.name === 'Content-Security-Policy')?.value ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    // Browsers ignore frame-ancestors in <meta> and say so in the console.
    expect(CSP_DIRECTIVES.join(';')).not.toContain('frame-ancestors');
    // The header must not restrict scripts: the per-page hashes live in the <meta> policy only.
    expect(policy).not.toMatch(/script-src|default-src/);
  });

  it('gives the two workers their own policy with a script-src, in both files and for npm start', () => {
    const nginx = renderNginxConfig();
    const headersFile = renderHeadersFile();
    expect(WORKER_POLICIES.map((policy) => policy.path)).toEqual(['/sw.js', '/pagefind/pagefind-worker.js']);
    for (const { path, value } of WORKER_POLICIES) {
      expect(value).toMatch(/(^|; )default-src 'none'(;|$)/);
      expect(value).toMatch(/(^|; )script-src 'self'/);
      expect(nginx).toContain(`\n    ${path} "${value}";\n`);
      expect(headersFile).toContain(`\n${path}\n  Content-Security-Policy: ${value}\n`);
      expect(responseHeaders(path)['Content-Security-Policy']).toBe(value);
    }
    // Only Pagefind's worker compiles WebAssembly.
    expect(WORKER_POLICIES[0]?.value).not.toContain('wasm-unsafe-eval');
    expect(WORKER_POLICIES[1]?.value).toContain("'wasm-unsafe-eval'");
  });

  it('gives npm start the same headers by address as nginx', () => {
    expect(responseHeaders('/lernen/index.html')['Cache-Control']).toBe(REVALIDATE);
    expect(responseHeaders('/_astro/page.B1x2c3.css')['Cache-Control']).toBe(IMMUTABLE);
    expect(responseHeaders('/pagefind/index/de_abc.pf_index')).toMatchObject({
      'Cache-Control': IMMUTABLE,
      'Content-Type': 'application/octet-stream',
    });
    expect(responseHeaders('/pagefind/pagefind-entry.json')['Cache-Control']).toBe(REVALIDATE);
    expect(responseHeaders('/workshops/a/termin-1.ics')['Content-Type']).toBe('text/calendar; charset=utf-8');
    expect(responseHeaders('/lernen/index.html')['Content-Type']).toBeUndefined();
  });

  it('moves HTTP to HTTPS on the same host, naming a port only where it is not 443', () => {
    const shipped = renderNginxConfig();
    expect(shipped).toContain('        return 301 https://$host$request_uri;\n');
    expect(shipped).toContain('    listen 443 ssl http2;\n    listen [::]:443 ssl http2;\n');
    expect(shipped).toContain(`    ssl_certificate ${DEFAULT_NGINX_SITE.https?.certificate ?? '?'};\n`);
    const https = { listen: ['127.0.0.1:8443'], port: 8443, certificate: '/c.pem', certificateKey: '/k.pem' };
    const test = renderNginxConfig({ ...DEFAULT_NGINX_SITE, listen: ['127.0.0.1:8080'], https });
    expect(test).toContain('        return 301 https://$host:8443$request_uri;\n');
    // Without HTTPS (behind a proxy, or the benchmark): the site itself on HTTP, no redirect, no certificate.
    const plain = renderNginxConfig({ root: '/srv/dist', listen: ['127.0.0.1:8080'], serverName: 'localhost' });
    expect(plain).not.toContain('return 301');
    expect(plain).not.toContain('ssl');
    expect(plain).toContain('    listen 127.0.0.1:8080;\n    server_name localhost;\n    root /srv/dist;\n');
  });
});
