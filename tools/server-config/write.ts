/**
 * `npm run write:server-config`: writes the ready server configurations from tools/server-config/headers.ts:
 * public/_headers (Netlify, Cloudflare Pages) and deploy/nginx.conf. Run it after changing a header.
 */
import { writeFile } from 'node:fs/promises';
import { renderHeadersFile, renderNginxConfig } from './headers.ts';

await writeFile('public/_headers', renderHeadersFile());
await writeFile('deploy/nginx.conf', renderNginxConfig());
console.log('public/_headers und deploy/nginx.conf sind neu geschrieben.');
