import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * A small static server over a built site, on 127.0.0.1 and a free port, for
 * the browser tests and the search benchmark (scripts/bench-search.ts). node:http rather than a
 * package: it is 80 lines, and it counts the bytes it sends (what the
 * benchmark reports), gzipping text the way any real host would. Pagefind's
 * own files are compressed already and go out as they are.
 */
export interface ServedRequest {
  path: string;
  status: number;
  /** Bytes of body sent (after gzip when the client accepted it). */
  bytes: number;
}

export interface StaticServer {
  origin: string;
  requests: ServedRequest[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const full = normalize(join(root, path));
  if (full !== root && !full.startsWith(root + sep)) return undefined;
  for (const candidate of [full, join(full, 'index.html')]) {
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
  }
  return undefined;
}

export interface ServeOptions {
  /** Cache-Control for every response, or by path; `no-store` (the default) makes every visit cold. */
  cacheControl?: string | ((path: string) => string);
  /**
   * Serve the site under this path (`/zt/xxzq/`), as a department's server
   * serves a site built with that base path: nothing answers outside it.
   */
  prefix?: string;
}

function cacheControlOf(options: ServeOptions, path: string): string {
  const { cacheControl = 'no-store' } = options;
  return typeof cacheControl === 'function' ? cacheControl(path) : cacheControl;
}

export async function serveSite(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = normalize(root);
  const requests: ServedRequest[] = [];
  // Each file's gzip, kept while its bytes stay the same: a browser test asks for the same pages and
  // stylesheets again and again, and compressing them anew took the test's own process 4 ms a file.
  const gzipped = new Map<string, { raw: Buffer; packed: Buffer }>();
  const gzipOf = (file: string, raw: Buffer): Buffer => {
    const kept = gzipped.get(file);
    if (kept?.raw.equals(raw)) return kept.packed;
    const packed = gzipSync(raw);
    gzipped.set(file, { raw, packed });
    return packed;
  };
  const respond = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const prefix = options.prefix ?? '/';
    const inside = path.startsWith(prefix);
    let file = inside ? await resolveFile(base, path.slice(prefix.length - 1)) : undefined;
    let status = 200;
    if (!file) {
      status = 404;
      file = inside ? await resolveFile(base, '/404.html') : undefined;
    }
    let body: Buffer = file ? await readFile(file) : Buffer.from('Not found');
    const type = (file && TYPES[extname(file)]) ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': cacheControlOf(options, path) };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = file ? gzipOf(file, body) : gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    requests.push({ path, status, bytes: req.method === 'HEAD' ? 0 : body.length });
  };
  // A file that cannot be read answers 500 instead of leaving an unhandled rejection behind.
  const server: Server = createServer((req, res) => {
    respond(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
