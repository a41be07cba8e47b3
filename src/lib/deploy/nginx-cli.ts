/**
 * `npm run nginx:config`: reads the flags into NginxOptions, renders, and
 * writes the three files (never over existing ones without --force) or
 * prints the HTTP server. scripts/nginx-config.ts is the front door; its
 * usage errors are the commands' own UsageError (src/lib/cli).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deploy as m } from '../../i18n/zh-CN/deploy.ts';
import { normalizeBasePath } from '../base-path.ts';
import { parseOptions, usageMessage, UsageError } from '../cli/index.ts';
import { DEFAULT_NGINX_OPTIONS, renderNginx, type NginxFiles, type NginxOptions } from './nginx.ts';

const OPTIONS = {
  root: { type: 'string' },
  base: { type: 'string' },
  listen: { type: 'string' },
  'server-name': { type: 'string' },
  brotli: { type: 'boolean' },
  hsts: { type: 'boolean' },
  cert: { type: 'string' },
  key: { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type NginxCommand = { help: true } | { help: false; options: NginxOptions; out?: string | undefined; force: boolean };

/** A value nginx reads as one token: no spaces, quotes, semicolons or braces. */
function plain(flag: string, value: string): string {
  if (!/^[^\s"';{}$\\]+$/.test(value)) throw new UsageError(m.badValue(flag, value));
  return value;
}

/** `80`, `127.0.0.1:8080`, `[::]:80`: the port, where there is one, must be one nginx can listen on. */
function listen(value: string): string {
  if (value.startsWith('unix:')) return value;
  const port = /^\d+$/.test(value) ? value : /^(?:[^:[\]]+|\[[^\]]+\]):(.*)$/.exec(value)?.[1];
  if (port !== undefined && !(/^\d{1,5}$/.test(port) && Number(port) >= 1 && Number(port) <= 65535))
    throw new UsageError(m.badPort(value));
  return value;
}

/** `defaults` gives what the site's settings say: its base path, and its CSP for a base (which names the base's script folders). */
export function parseNginxArgs(argv: string[], defaults: { base: () => string; csp: (base: string) => string }): NginxCommand {
  let values;
  try {
    ({ values } = parseOptions({ args: argv, options: OPTIONS, strict: true }));
  } catch (error) {
    throw new UsageError(usageMessage(error, Object.keys(OPTIONS), () => m.aValue));
  }
  if (values.help) return { help: true };
  if (values.root === undefined) throw new UsageError(m.rootRequired);
  if (!values.root.startsWith('/')) throw new UsageError(m.rootAbsolute(values.root));
  // `/` would put the site's folder at the file system's top and nginx's root at the whole disk.
  if (/^\/+$/.test(values.root)) throw new UsageError(m.rootIsTop);
  const base = values.base === undefined ? defaults.base() : normalizeBasePath(values.base);
  if (!base) throw new UsageError(m.badBase(values.base ?? ''));
  return {
    help: false,
    options: {
      ...DEFAULT_NGINX_OPTIONS,
      root: plain('--root', values.root),
      base,
      listen: listen(plain('--listen', values.listen ?? DEFAULT_NGINX_OPTIONS.listen)),
      serverName: plain('--server-name', values['server-name'] ?? DEFAULT_NGINX_OPTIONS.serverName),
      brotli: values.brotli === true,
      hsts: values.hsts === true,
      certificate: plain('--cert', values.cert ?? DEFAULT_NGINX_OPTIONS.certificate),
      certificateKey: plain('--key', values.key ?? DEFAULT_NGINX_OPTIONS.certificateKey),
      csp: defaults.csp(base),
    },
    out: values.out,
    force: values.force === true,
  };
}

/** Writes the files into `out`; refuses, before writing any, if one exists and `force` is not set. Returns the paths written. */
export function writeNginxFiles(files: NginxFiles, out: string, force: boolean): string[] {
  const paths = Object.keys(files).map((name) => join(out, name));
  if (!force) for (const path of paths) if (existsSync(path)) throw new UsageError(m.exists(path));
  mkdirSync(out, { recursive: true });
  for (const [name, text] of Object.entries(files) as [string, string][])
    writeFileSync(join(out, name), text, { flag: force ? 'w' : 'wx' });
  return paths;
}

export { renderNginx };
