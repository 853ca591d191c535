/**
 * The HTTP headers the site is served with, in one place. `npm run write:server-config` writes them into
 * the two ready server configurations: `public/_headers` (Netlify, Cloudflare Pages and hosts that read
 * the same format) and `deploy/nginx.conf`. A unit test checks that the committed files match.
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
    value: "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'",
    why: 'No other site may show ours in a frame. Script hashes come from the <meta> policy in each page.',
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
  return `${lines.join('\n')}\n`;
}

export interface NginxSite {
  /** The absolute path of the built site (dist/). */
  root: string;
  /** What nginx listens on, e.g. "80" or "127.0.0.1:8080"; one `listen` line each. */
  listen: readonly string[];
  serverName: string;
}

/** The site as the committed deploy/nginx.conf has it; the README says what to change. */
export const DEFAULT_NGINX_SITE: NginxSite = {
  root: '/var/www/lernen-leicht-gemacht/dist',
  listen: ['80', '[::]:80'],
  serverName: 'lernen-leicht.example',
};

const quoted = (value: string) => `"${value.replaceAll('"', '\\"')}"`;

/**
 * A complete nginx site for the http block (Debian: /etc/nginx/sites-enabled/), which brings
 * mime.types. add_header sits at server level only: a location with its own add_header would lose
 * all of them, so locations here set types only.
 */
export function renderNginxConfig(site: NginxSite = DEFAULT_NGINX_SITE): string {
  const header = (name: string, value: string) => `    add_header ${name} ${quoted(value)} always;`;
  return `# Lernen leicht gemacht: nginx site for the built pages in dist/ (README: "Hosting").
# ${GENERATED_BY}

# Cache-Control by address: names that change with their content are kept for a year,
# everything else is checked again on every visit.
map $uri $lernen_leicht_cache_control {
    default ${quoted(REVALIDATE)};
    ~${HASHED_FILES.pattern} ${quoted(IMMUTABLE)};
}

server {
${site.listen.map((address) => `    listen ${address};`).join('\n')}
    # For HTTPS, run certbot --nginx: it adds the certificate and listen 443 ssl to this block.
    server_name ${site.serverName};
    root ${site.root};
    index index.html;
    charset utf-8;
    server_tokens off;
    # Redirects (/lernen to /lernen/) keep the address the reader used, also behind a proxy.
    absolute_redirect off;

    gzip on;
    gzip_vary on;
    gzip_comp_level 5;
    gzip_min_length 512;
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

    # The file for other hosts (public/_headers) is no page of the site.
    location = /_headers {
        return 404;
    }
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
