import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { rawRequest as rawHttpRequest, type RawAnswer } from '../../src/lib/deploy/http-get.ts';
import { DEFAULT_NGINX_OPTIONS, renderNginx, type NginxFiles } from '../../src/lib/deploy/nginx.ts';
import { contentSecurityPolicyHeader } from '../../src/lib/security/csp.ts';
import { BASE_WECHAT } from './base-site.ts';
import type { ServedRequest } from '../../scripts/lib/static-server.ts';

/**
 * Debian's nginx serving a built site with the repository's configuration
 * (deploy/nginx/, rendered by src/lib/deploy/nginx.ts), as a department's
 * server would: the build under its base path inside a parent folder, on a
 * loopback port. Runs as root (CI) or not: everything nginx writes is in a
 * temporary folder. `.ci/run` installs nginx and its brotli_static module.
 */
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
/** Debian's libnginx-mod-http-brotli-static. */
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
/** The department's host as the HTTPS server's certificate and server_name give it. */
export const SERVER_NAME = 'edu.example.cn';

export interface NginxServer {
  /** `http://127.0.0.1:port`, or `https://…` for the HTTPS server. */
  origin: string;
  /** Where plain HTTP is answered: the origin itself, or the HTTPS server's redirect. */
  httpOrigin: string;
  /** The served folder: the build is linked at `root + base`. */
  root: string;
  files: NginxFiles;
  /** What `nginx -t` said of the configuration (it passed). */
  configTest: string;
  /** Every request so far, from nginx's access log, oldest first. */
  readonly requests: ServedRequest[];
  close(): Promise<void>;
}

export function nginxMissing(): string | undefined {
  if (!existsSync(NGINX))
    return `找不到 nginx（${NGINX}）：请安装 Debian 的 nginx（apt-get install nginx libnginx-mod-http-brotli-static）`;
  if (!existsSync(BROTLI_MODULE)) return `找不到 nginx 的 brotli_static 模块：请安装 libnginx-mod-http-brotli-static`;
  return undefined;
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
    });
  });
}

/** The main configuration around the rendered server, as Debian's nginx.conf has it, with every path in `dir`. */
function mainConfig(dir: string, serverFile: string, brotli: boolean, before?: string): string {
  const root = process.getuid?.() === 0;
  return [
    // Workers as root here only so that the test reads any build folder; Debian runs them as www-data.
    root ? 'user root root;' : '',
    brotli ? `load_module ${BROTLI_MODULE};` : '',
    'daemon off;',
    'worker_processes 1;',
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log warn;`,
    'events { worker_connections 256; }',
    'http {',
    '  sendfile on;',
    '  tcp_nopush on;',
    '  types_hash_max_size 2048;',
    `  include ${DEFAULT_NGINX_OPTIONS.mimeTypes};`,
    '  default_type application/octet-stream;',
    '  gzip on;',
    "  log_format probe '$status $request_uri';",
    `  access_log ${dir}/access.log probe;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${dir}/${kind};`),
    // Another site on the same port, read first (Debian reads sites-enabled/ in name order).
    before ? `  include ${before};` : '',
    `  include ${serverFile};`,
    '}',
    '',
  ].join('\n');
}

/** Checks a configuration with `nginx -t`; returns nginx's output when it fails. */
export function nginxTest(dir: string, conf: string): { ok: boolean; output: string } {
  const run = spawnSync(NGINX, ['-t', '-p', dir, '-c', conf, '-e', join(dir, 'error.log')], { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

/** A self-signed certificate for `host` in `dir` (Debian's openssl), for the HTTPS server. */
export function selfSignedCertificate(dir: string, host: string): { certificate: string; certificateKey: string } {
  const certificate = join(dir, 'cert.pem');
  const certificateKey = join(dir, 'key.pem');
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      `/CN=${host}`,
      '-keyout',
      certificateKey,
      '-out',
      certificate,
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`openssl: ${made.stderr}`);
  return { certificate, certificateKey };
}

/**
 * The HTTPS server file with its ports (443 and 80, on every address) moved to loopback ports,
 * which is all a test may bind; the rest exactly as rendered.
 */
function onLoopback(https: string, tlsPort: number, httpPort: number): string {
  const moved = https
    .replace(/^\s*listen \[::\]:(80|443)\b.*\n/gm, '')
    .replace(/\blisten 443 ssl/g, `listen 127.0.0.1:${tlsPort} ssl`)
    .replace(/\blisten 80( default_server)?;/g, `listen 127.0.0.1:${httpPort}$1;`);
  if (moved.includes(' 443') || /listen 80\b/.test(moved))
    throw new Error('the HTTPS template listens somewhere this test does not move');
  return moved;
}

export type { RawAnswer } from '../../src/lib/deploy/http-get.ts';

/** A request over HTTP or HTTPS, the body exactly as sent (not decompressed); the test's certificate is self-signed, so not checked. */
export function rawRequest(url: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<RawAnswer> {
  return rawHttpRequest(url, { ...options, anyCertificate: true });
}

/** The CSP header `npm run nginx:config` writes for the base-path fixture (tests/support/base-site.ts): its base, and its WeChat JS-SDK copy. */
export function baseSiteHeaderPolicy(base: string): string {
  return contentSecurityPolicyHeader({ base, wechatSdk: BASE_WECHAT.sdk });
}

/**
 * Renders the configuration for a temporary root holding `site` at `base`, and starts nginx on a
 * free loopback port: the HTTP server, or with `tls` the HTTPS server and its redirect from HTTP
 * (`httpOrigin`). `csp`: the header's policy, when not the one nginx:config writes for the fixture's settings.
 */
export async function startNginx(
  site: string,
  base: string,
  options: { tls?: boolean; neighbour?: (listen: string) => string; csp?: string } = {},
): Promise<NginxServer> {
  const missing = nginxMissing();
  if (missing) throw new Error(missing);
  const dir = mkdtempSync(join(tmpdir(), 'nginx-'));
  const root = join(dir, 'www');
  // The release is linked in at the base path, as docs/部署.md switches releases.
  mkdirSync(dirname(join(root, base)), { recursive: true });
  symlinkSync(site, join(root, base.replace(/\/$/, '')));
  const port = await freePort();
  let httpPort = port;
  // Two probes in a row may be handed the same port.
  while (options.tls && httpPort === port) httpPort = await freePort();
  const files = renderNginx({
    ...DEFAULT_NGINX_OPTIONS,
    root,
    base,
    listen: `127.0.0.1:${port}`,
    ...(options.tls ? { serverName: SERVER_NAME } : {}),
    brotli: true,
    csp: options.csp ?? baseSiteHeaderPolicy(base),
    ...(options.tls ? selfSignedCertificate(dir, SERVER_NAME) : {}),
  });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  let served = join(dir, 'learning-week-http.conf');
  if (options.tls) {
    served = join(dir, 'https-on-loopback.conf');
    writeFileSync(served, onLoopback(files['learning-week-https.conf'], port, httpPort));
  }
  let before: string | undefined;
  if (options.neighbour) {
    before = join(dir, 'neighbour.conf');
    writeFileSync(before, options.neighbour(`127.0.0.1:${port}`));
  }
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, mainConfig(dir, served, true, before));
  const checked = nginxTest(dir, conf);
  if (!checked.ok) throw new Error(`nginx -t:\n${checked.output}`);

  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', conf, '-e', join(dir, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  const origin = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx stopped (${child.exitCode}):\n${stderr}`);
    const up = await rawRequest(`${origin}${base}`, { method: 'HEAD' }).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer on ${origin}:\n${stderr}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
  const log = join(dir, 'access.log');
  return {
    origin,
    httpOrigin: `http://127.0.0.1:${httpPort}`,
    root,
    files,
    configTest: checked.output,
    get requests(): ServedRequest[] {
      if (!existsSync(log)) return [];
      return readFileSync(log, 'utf8')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => {
          const [status, uri = ''] = line.split(' ');
          return { path: uri.split('?')[0]!, status: Number(status), bytes: 0 };
        });
    },
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((ok) => child.once('exit', ok));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
