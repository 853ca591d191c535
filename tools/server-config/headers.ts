/**
 * The HTTP headers the site is served with, in one place. `npm run write:server-config` writes them into
 * the two ready server configurations: `public/_headers` (Netlify, Cloudflare Pages and hosts that read
 * the same format) and `deploy/nginx.conf`. A unit test checks that the committed files match. The server
 * behind `npm start` (tools/serve/serve.ts) sends the same headers through responseHeaders().
 *
 * The per-page script hashes stay in the Content Security Policy that Astro writes into each page
 * (src/lib/security/csp.ts). The header policy below adds what a <meta> policy cannot do or may
 * forget. A browser applies both policies, so a resource must pass each of them.
 */

export interface ResponseHeader {
  name: string;
  value: string;
  /** Why we send it: written as a comment into the configuration files. */
  why: string;
}

/** The header policy of every response but a worker's: what a <meta> policy cannot say or may forget. */
const PAGE_POLICY = "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

/** Sent with every response: pages, files and the 404 page. */
export const SECURITY_HEADERS: readonly ResponseHeader[] = [
  {
    name: 'Strict-Transport-Security',
    value: 'max-age=31536000',
    why: 'Browsers use only HTTPS for a year. Without includeSubDomains: other sites of the organisation may still need HTTP.',
  },
  {
    name: 'X-Content-Type-Options',
    value: 'nosniff',
    why: 'Files are only what their type says, never guessed.',
  },
  {
    name: 'Content-Security-Policy',
    value: PAGE_POLICY,
    why: 'No other site may show ours in a frame. Script hashes come from the <meta> policy in each page; workers get their own (WORKER_POLICIES).',
  },
  {
    name: 'X-Frame-Options',
    value: 'DENY',
    why: 'The same for old browsers that do not know frame-ancestors.',
  },
  {
    name: 'Referrer-Policy',
    value: 'no-referrer',
    why: 'A link to another site does not tell it which page the reader came from.',
  },
  {
    name: 'Permissions-Policy',
    value: 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    why: 'The site needs none of these; nothing on it may ask for them.',
  },
  {
    name: 'Cross-Origin-Resource-Policy',
    value: 'same-origin',
    why: 'Other sites cannot embed our files.',
  },
  {
    name: 'Cross-Origin-Opener-Policy',
    value: 'same-origin',
    why: 'A window opened from another site cannot reach into ours.',
  },
];

/**
 * Scripts that run as workers. A worker obeys the policy of its own response only, never the <meta> policy
 * of the page that starts it, so these files get a policy that limits their scripts and requests too.
 */
export const WORKER_POLICIES: readonly { path: string; value: string; why: string }[] = [
  {
    path: '/sw.js',
    value: `${PAGE_POLICY}; default-src 'none'; script-src 'self'; connect-src 'self'`,
    why: 'The service worker runs only its own file and fetches only pages and files of this site.',
  },
  {
    path: '/pagefind/pagefind-worker.js',
    value: `${PAGE_POLICY}; default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'`,
    why: "Pagefind's worker compiles its WebAssembly search engine and fetches only the index of this site.",
  },
];

/** Files in dist/ that are configuration for a host, never a page of the site: both servers answer 404. */
export const HOST_ONLY_FILES = ['/_headers'] as const;

/** Files whose names change with their content: a browser may keep them for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (pages, Pagefind's entry files, a service worker): checked again on every visit. */
export const REVALIDATE = 'no-cache';

/**
 * The files with a content hash in their names: Astro's bundles and fonts under /_astro/, and Pagefind's
 * index chunks, fragments and metadata file (pagefind.js, its worker and pagefind-entry.json are not hashed).
 */
export const HASHED_FILES = {
  /** For _headers: path patterns with a splat at the end. pf_meta lies beside unhashed files, so it is left out there. */
  paths: ['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*'],
  /** For nginx: one regular expression over the path. */
  pattern: '^/_astro/|\\.pf_(fragment|index|meta)$',
} as const;

/** Types nginx's mime.types lacks or gets wrong for this site. */
export const EXTRA_TYPES: readonly { pattern: string; type: string; why: string }[] = [
  { pattern: '\\.ics$', type: 'text/calendar; charset=utf-8', why: 'calendar files of workshop dates' },
  { pattern: '\\.wasm$', type: 'application/wasm', why: 'WebAssembly, compiled while it loads' },
  {
    pattern: '\\.(pf_fragment|pf_index|pf_meta|pagefind)$',
    type: 'application/octet-stream',
    why: 'Pagefind unpacks these itself: no type that nginx would compress again',
  },
];

/** Types nginx compresses on the fly (text/html always). */
export const COMPRESSED_TYPES = [
  'text/css',
  'text/javascript',
  'application/javascript',
  'application/json',
  'application/manifest+json',
  'application/xml',
  'image/svg+xml',
  'text/plain',
  'text/xml',
  'text/calendar',
  'application/wasm',
] as const;

/** On-the-fly gzip in both servers (nginx and tools/serve/serve.ts): its level and the smallest body worth it. */
export const COMPRESSION = { level: 5, minBytes: 512 } as const;

/**
 * Every header from this file for one response of the site, as tools/serve/serve.ts sends it: the security
 * headers (with a worker's own policy), Cache-Control by address, and the type where EXTRA_TYPES names one.
 * `pathname` is the decoded path of the file that is sent (for an unknown address: /404.html).
 */
export function responseHeaders(pathname: string): Record<string, string> {
  const headers: Record<string, string> = Object.fromEntries(SECURITY_HEADERS.map((h) => [h.name, h.value]));
  const worker = WORKER_POLICIES.find((policy) => policy.path === pathname);
  if (worker) headers['Content-Security-Policy'] = worker.value;
  headers['Cache-Control'] = new RegExp(HASHED_FILES.pattern).test(pathname) ? IMMUTABLE : REVALIDATE;
  const type = EXTRA_TYPES.find((t) => new RegExp(t.pattern).test(pathname));
  if (type) headers['Content-Type'] = type.type;
  return headers;
}

const GENERATED_BY = 'Written by `npm run write:server-config` from tools/server-config/headers.ts: change it there.';

/** `public/_headers`: copied to dist/, where Netlify, Cloudflare Pages and similar hosts read it. */
export function renderHeadersFile(): string {
  const lines = [
    '# Response headers for static hosts that read this format (Netlify, Cloudflare Pages).',
    `# ${GENERATED_BY}`,
    '# These hosts already revalidate pages on every visit and send 404.html for unknown addresses.',
    '',
    ...SECURITY_HEADERS.map((header) => `# ${header.name}: ${header.why}`),
    '/*',
    ...SECURITY_HEADERS.map((header) => `  ${header.name}: ${header.value}`),
    '',
    '# Names that change with their content: keep them for a year.',
  ];
  for (const path of HASHED_FILES.paths) lines.push(path, `  Cache-Control: ${IMMUTABLE}`);
  lines.push('', '# Workers obey only the policy of their own file. A browser applies every policy it gets, so the stricter one holds.');
  for (const policy of WORKER_POLICIES) lines.push(`# ${policy.why}`, policy.path, `  Content-Security-Policy: ${policy.value}`);
  return `${lines.join('\n')}\n`;
}

export interface NginxSite {
  /** The absolute path of the built site (dist/). */
  root: string;
  /** What nginx listens on for HTTP, e.g. "80" or "127.0.0.1:8080"; one `listen` line each. */
  listen: readonly string[];
  serverName: string;
  /**
   * HTTPS: the site is served there, and every HTTP request moves to it. Without it (the benchmark, or behind
   * a proxy that speaks HTTPS), the site is served over HTTP on `listen`.
   */
  https?: {
    /** What nginx listens on for HTTPS, e.g. "443". */
    listen: readonly string[];
    /** The HTTPS port the redirect names; 443 is left out of the address. */
    port: number;
    certificate: string;
    certificateKey: string;
  };
}

/** The site as the committed deploy/nginx.conf has it; the README says what to change. */
export const DEFAULT_NGINX_SITE: NginxSite = {
  root: '/var/www/lernen-leicht-gemacht/dist',
  listen: ['80', '[::]:80'],
  serverName: 'lernen-leicht.example',
  https: {
    listen: ['443', '[::]:443'],
    port: 443,
    // Where certbot puts the certificate for this address (README "Hosting").
    certificate: '/etc/letsencrypt/live/lernen-leicht.example/fullchain.pem',
    certificateKey: '/etc/letsencrypt/live/lernen-leicht.example/privkey.pem',
  },
};

const quoted = (value: string) => `"${value.replaceAll('"', '\\"')}"`;

/** The server block on HTTP that sends every request to the same address on HTTPS. */
function renderRedirect(site: NginxSite, httpsPort: number): string {
  const port = httpsPort === 443 ? '' : `:${String(httpsPort)}`;
  return `# HTTP: every address moves to the same address on HTTPS.
server {
${site.listen.map((address) => `    listen ${address};`).join('\n')}
    server_name ${site.serverName};
    server_tokens off;
    # certbot renews the certificate through this block: for a moment its nginx plugin adds a location
    # of its own here that answers the check, then takes it out again.
    location / {
        return 301 https://$host${port}$request_uri;
    }
}

`;
}

/**
 * A complete nginx site for the http block (Debian: /etc/nginx/sites-enabled/), which brings
 * mime.types. add_header sits at server level only: a location with its own add_header would lose
 * all of them, so locations here set types only, and headers that differ by address come from a map.
 */
export function renderNginxConfig(site: NginxSite = DEFAULT_NGINX_SITE): string {
  const header = (name: string, value: string) =>
    `    add_header ${name} ${name === 'Content-Security-Policy' ? '$lernen_leicht_csp' : quoted(value)} always;`;
  const listen = site.https
    ? site.https.listen.map((address) => `    listen ${address} ssl http2;`)
    : site.listen.map((address) => `    listen ${address};`);
  const tls = site.https
    ? `    # The certificate comes from certbot (README "Hosting"): certbot certonly --nginx -d ${site.serverName}
    # gets it before this file is enabled, and renews it by itself. On nginx 1.25.1 or newer,
    # "http2 on;" replaces the http2 in the listen lines.
    ssl_certificate ${site.https.certificate};
    ssl_certificate_key ${site.https.certificateKey};
    ssl_protocols TLSv1.2 TLSv1.3;
`
    : '';
  const page = SECURITY_HEADERS.find((h) => h.name === 'Content-Security-Policy')?.value ?? '';
  return `# Lernen leicht gemacht: nginx site for the built pages in dist/ (README: "Hosting").
# ${GENERATED_BY}

# Cache-Control by address: names that change with their content are kept for a year,
# everything else is checked again on every visit.
map $uri $lernen_leicht_cache_control {
    default ${quoted(REVALIDATE)};
    ~${HASHED_FILES.pattern} ${quoted(IMMUTABLE)};
}

# Content-Security-Policy by address: a worker obeys only the policy of its own file.
map $uri $lernen_leicht_csp {
    default ${quoted(page)};
${WORKER_POLICIES.map((policy) => `    # ${policy.why}\n    ${policy.path} ${quoted(policy.value)};`).join('\n')}
}

${site.https ? renderRedirect(site, site.https.port) : ''}server {
${listen.join('\n')}
    server_name ${site.serverName};
${tls}    root ${site.root};
    index index.html;
    charset utf-8;
    server_tokens off;
    # Redirects (/lernen to /lernen/) keep the address the reader used, also behind a proxy.
    absolute_redirect off;

    gzip on;
    gzip_vary on;
    gzip_comp_level ${String(COMPRESSION.level)};
    gzip_min_length ${String(COMPRESSION.minBytes)};
    gzip_types ${COMPRESSED_TYPES.join(' ')};
    # Brotli: where Debian's libnginx-mod-http-brotli-filter is installed, add
    #   brotli on; brotli_types ${COMPRESSED_TYPES.join(' ')};

    # The easy-read page for unknown addresses, with status 404.
    error_page 404 /404.html;

${SECURITY_HEADERS.map((h) => `    # ${h.why}\n${header(h.name, h.value)}`).join('\n')}
    add_header Cache-Control $lernen_leicht_cache_control always;

    location / {
        try_files $uri $uri/ =404;
    }

    # Configuration for other hosts (public/_headers) is no page of the site.
${HOST_ONLY_FILES.map(
  (file) => `    location = ${file} {
        return 404;
    }`,
).join('\n')}
${EXTRA_TYPES.map(
  (t) => `
    # ${t.why}
    location ~ ${t.pattern} {
        types { }
        default_type ${quoted(t.type)};
    }`,
).join('\n')}
}
`;
}
