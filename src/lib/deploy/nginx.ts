import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The nginx configuration of the site, rendered from the templates in
 * deploy/nginx/ for one server: where the files are, the base path, the
 * port, and the Content-Security-Policy (src/lib/security/csp.ts) sent as a
 * header with the other security headers. The templates are nginx as Debian
 * ships it (1.22, its mime.types, and optionally its brotli_static module).
 */
export interface NginxOptions {
  /** The folder the base path is under: the build's files are in `root + base` (a symlink to the current release). */
  root: string;
  /** `/zt/xxzq/` or `/`. */
  base: string;
  /** What the HTTP server listens on: `80`, `127.0.0.1:8080`. */
  listen: string;
  /** `edu.gd.gov.cn`, or `_` for any. */
  serverName: string;
  /** Send the build's .br files (needs libnginx-mod-http-brotli-static). */
  brotli: boolean;
  /**
   * Strict-Transport-Security in the locations file, for a department that includes it in its
   * HTTPS server (nginx drops that server's own add_header in locations that add their own).
   * The whole HTTPS server always sends it; the HTTP one never (browsers ignore it there).
   */
  hsts: boolean;
  /** The Content-Security-Policy header's value (with frame-ancestors). */
  csp: string;
  certificate: string;
  certificateKey: string;
  mimeTypes: string;
}

export const DEFAULT_NGINX_OPTIONS = {
  listen: '80',
  serverName: '_',
  brotli: false,
  hsts: false,
  certificate: '/etc/nginx/ssl/CHANGE-ME-fullchain.pem',
  certificateKey: '/etc/nginx/ssl/CHANGE-ME-privkey.pem',
  mimeTypes: '/etc/nginx/mime.types',
} as const;

/**
 * Browser features the site never uses, turned off for its pages and anything
 * they might embed. Left on: clipboard-write (the media page copies links)
 * and web-share (sharing from a phone). Only names Chromium recognises: it
 * reports an unknown one as a console error on every page.
 */
export const PERMISSIONS_OFF = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
  'browsing-topics',
] as const;

/**
 * HTTPS only, for a year. Not includeSubDomains nor preload: the site is a 专题 under a
 * department's host, whose other hosts are the department's decision, not this site's.
 */
export const HSTS = 'max-age=31536000';

export function securityHeaders(csp: string, { hsts = false } = {}): [name: string, value: string][] {
  return [
    ['Content-Security-Policy', csp],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', PERMISSIONS_OFF.map((feature) => `${feature}=()`).join(', ')],
    ...(hsts ? [['Strict-Transport-Security', HSTS] as [string, string]] : []),
  ];
}

export interface NginxFiles {
  /** The locations alone, to include in a department's existing server block. */
  'learning-week-locations.conf': string;
  /** A whole HTTP server. */
  'learning-week-http.conf': string;
  /** A whole HTTPS server (certificate paths to fill in), and the redirect from HTTP. */
  'learning-week-https.conf': string;
}

const TEMPLATES = join(import.meta.dirname, '../../../deploy/nginx');

function fill(template: string, values: Record<string, string>): string {
  const out = template.replace(/\{\{([A-Z_]+)\}\}/g, (match, key: string) => {
    if (!(key in values)) throw new Error(`nginx template: no value for ${match}`);
    return values[key]!;
  });
  return out;
}

/** Indents every line of `text` by `spaces`. */
const indent = (text: string, spaces: number) =>
  text
    .split('\n')
    .map((line) => (line ? ' '.repeat(spaces) + line : line))
    .join('\n');

/** A value inside nginx's double quotes. */
function quoted(value: string): string {
  if (/["\\$\n]/.test(value)) throw new Error(`nginx header value cannot hold quotes, backslashes, $ or newlines: ${value}`);
  return `"${value}"`;
}

/** A path or name nginx reads as one token. */
function token(value: string, what: string): string {
  if (!/^[\w./:[\]*-]+$/.test(value)) throw new Error(`${what} must be a plain path or name without spaces or quotes: ${value}`);
  return value;
}

export function renderNginx(options: NginxOptions, templates = TEMPLATES): NginxFiles {
  const read = (name: string) => readFileSync(join(templates, name), 'utf8');
  const base = options.base;
  if (!/^\/([\w.~-]+\/)*$/.test(base)) throw new Error(`base must be / or /a/b/: ${base}`);
  const headerLines = (hsts: boolean) =>
    securityHeaders(options.csp, { hsts })
      .map(([name, value]) => `add_header ${name} ${quoted(value)} always;`)
      .join('\n');
  const bareBase = base.replace(/\/$/, '');
  const noCache = 'add_header Cache-Control "no-cache" always;';
  const locations = (hsts: boolean) => {
    const headers = headerLines(hsts);
    return fill(read('locations.conf.template'), {
      BASE: base,
      BASE_RE: base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      ROOT: token(options.root.replace(/\/+$/, ''), 'root'),
      MIME_TYPES: token(options.mimeTypes, 'mime types'),
      BROTLI: options.brotli ? '' : '# ',
      BARE_BASE_REDIRECT: bareBase
        ? `location = ${bareBase} {\n${indent(`${headers}\n${noCache}`, 4)}\n    absolute_redirect off;\n    return 301 ${base}$is_args$args;\n}`
        : '',
      HEADERS: indent(headers, 4),
      HEADERS_NESTED: indent(headers, 8),
    });
  };
  const anyHost = options.serverName === '_';
  const server = (template: string, tls: boolean) =>
    fill(read(template), {
      BASE: base,
      LISTEN: token(options.listen, 'listen'),
      // Any host (`_`) means this server answers whatever Host a request carries: it must be the port's
      // default, or the first server nginx read for the port (Debian's own default site) takes them all.
      DEFAULT_SERVER: anyHost ? ' default_server' : '',
      DEFAULT_SERVER_NOTE: anyHost ? read('default-server-note.conf.template') : '',
      SERVER_NAME: token(options.serverName, 'server name'),
      CERTIFICATE: token(options.certificate, 'certificate'),
      CERTIFICATE_KEY: token(options.certificateKey, 'certificate key'),
      // The HTTP server that only sends readers on to HTTPS: the headers too, for whoever checks it.
      REDIRECT_HEADERS: indent(headerLines(false), 4),
      LOCATIONS: indent(locations(tls).trimEnd(), 4),
      // A server of its own answers every address: those outside the base get the site's 404 page
      // (with the headers of the base's location), not the welcome page of nginx's default root.
      OUTSIDE_BASE: bareBase ? indent(fill(read('outside-base.conf.template'), { BASE: base }).trimEnd(), 4) : '',
    });
  return {
    'learning-week-locations.conf': locations(options.hsts),
    'learning-week-http.conf': server('http.conf.template', false),
    'learning-week-https.conf': server('https.conf.template', true),
  };
}
