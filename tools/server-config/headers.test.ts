/** The committed server configurations are exactly what tools/server-config/headers.ts writes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES } from '../../src/lib/security/csp.ts';
import { IMMUTABLE, SECURITY_HEADERS, renderHeadersFile, renderNginxConfig } from './headers.ts';

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
      expect(nginx).toContain(`\n    add_header ${name} "${value}" always;\n`);
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
});
