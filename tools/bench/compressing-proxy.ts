/**
 * A proxy in front of tools/serve/serve.ts that compresses text with brotli (quality 11), as a real
 * host does (nginx, or any static host): Lighthouse then sees the bytes a reader's phone receives.
 * Compressed bodies are kept per address; the site does not change during a benchmark.
 */
import { createServer, request as forward, type IncomingMessage, type Server } from 'node:http';
import { brotliCompressSync, constants } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json|wasm)|image\/svg\+xml)/;

function readBody(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    stream.on('error', reject);
  });
}

export function startCompressingProxy(port: number, upstreamPort: number): Promise<Server> {
  const cache = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const acceptsBrotli = /\bbr\b/.test(request.headers['accept-encoding'] ?? '');
    const upstream = forward(
      {
        host: '127.0.0.1',
        port: upstreamPort,
        path: request.url,
        method: request.method,
        headers: { ...request.headers, 'accept-encoding': 'identity' },
      },
      (answer) => {
        void (async () => {
          const type = answer.headers['content-type'] ?? '';
          const headers = { ...answer.headers };
          if (!acceptsBrotli || !COMPRESSIBLE.test(type) || request.method === 'HEAD') {
            response.writeHead(answer.statusCode ?? 502, headers);
            answer.pipe(response);
            return;
          }
          const key = `${String(answer.statusCode)} ${request.url ?? ''}`;
          let body = cache.get(key);
          if (!body) {
            body = brotliCompressSync(await readBody(answer), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
            cache.set(key, body);
          } else {
            answer.resume();
          }
          response.writeHead(answer.statusCode ?? 502, {
            ...headers,
            'content-encoding': 'br',
            'content-length': String(body.length),
            vary: 'Accept-Encoding',
          });
          response.end(body);
        })();
      },
    );
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve(server);
    });
  });
}
