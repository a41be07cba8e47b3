import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../cli/index.ts';
import { parseNginxArgs, writeNginxFiles } from './nginx-cli.ts';
import { DEFAULT_NGINX_OPTIONS, HSTS, renderNginx, securityHeaders } from './nginx.ts';

const options = { ...DEFAULT_NGINX_OPTIONS, root: '/srv/www', base: '/zt/xxzq/', csp: "default-src 'self'; frame-ancestors 'self'" };
const defaults = { base: () => '/zt/xxzq/', csp: (base: string) => `default-src 'self', script-src *:*${base}_astro/` };
const out = mkdtempSync(join(tmpdir(), 'nginx-out-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('rendering the nginx configuration', () => {
  it('serves the base path from the root, with every header in every location that adds headers', () => {
    const { 'learning-week-locations.conf': locations, 'learning-week-http.conf': http } = renderNginx(options);
    expect(locations).toContain('location ^~ /zt/xxzq/ {');
    expect(locations).toContain('root /srv/www;');
    expect(locations).toContain('error_page 404 /zt/xxzq/404.html;');
    expect(locations).toMatch(/location = \/zt\/xxzq \{[^}]+absolute_redirect off;\s+return 301 \/zt\/xxzq\/\$is_args\$args;/);
    // nginx drops a parent's add_header in a location that has its own: each block carries them all.
    const blocks = locations.split(/\n\s*location /).filter((b) => b.includes('add_header'));
    expect(blocks).toHaveLength(5);
    for (const block of blocks) for (const [name] of securityHeaders(options.csp)) expect(block).toContain(`add_header ${name} `);
    expect(http).toContain('listen 80 default_server;');
    expect(http).not.toMatch(/\{\{/);
    // A server for one host is not the port's default: requests for other hosts are another site's.
    const named = renderNginx({ ...options, serverName: 'edu.gd.gov.cn' });
    expect(named['learning-week-http.conf']).toContain('listen 80;');
    expect(named['learning-week-https.conf']).not.toContain('default_server');
  });

  it('answers outside the base in a server of its own, and leaves text/html to nginx in charset_types', () => {
    const files = renderNginx(options);
    for (const name of ['learning-week-http.conf', 'learning-week-https.conf'] as const)
      expect(files[name], name).toMatch(/location \/ \{\s+error_page 404 \/zt\/xxzq\/404\.html;\s+return 404;\s+\}/);
    // Included in a department's own server, which answers the rest of its site itself.
    expect(files['learning-week-locations.conf']).not.toMatch(/location \/ \{/);
    expect(files['learning-week-locations.conf']).toMatch(/error_page 403 =404 \/zt\/xxzq\/404\.html;/);
    const charsetTypes = /charset_types([^;]+);/.exec(files['learning-week-locations.conf'])?.[1];
    expect(charsetTypes).toContain('text/plain');
    expect(charsetTypes).not.toContain('text/html');
    // At the root the site's own location is already `/`.
    expect(renderNginx({ ...options, base: '/' })['learning-week-http.conf']).not.toMatch(/location \/ \{/);
  });

  it('sends Strict-Transport-Security only over HTTPS: the HTTPS server always, the locations file when asked', () => {
    const files = renderNginx(options);
    const [redirect, tls] = files['learning-week-https.conf'].split(/\n(?=server \{)/).filter((b) => b.includes('server {'));
    const headerBlocks = (text: string) => text.split(/\n\s*location /).filter((b) => b.includes('add_header'));
    // Every block of the HTTPS server that adds headers (nginx inherits none into it) carries HSTS.
    expect(headerBlocks(tls!).length).toBeGreaterThanOrEqual(5);
    for (const block of headerBlocks(tls!)) expect(block).toContain(`add_header Strict-Transport-Security "${HSTS}" always;`);
    // The redirect from HTTP has the other headers, and no HSTS (browsers ignore it over HTTP).
    expect(redirect).toMatch(/return 301 https:/);
    for (const [name] of securityHeaders(options.csp)) expect(redirect).toContain(`add_header ${name} `);
    expect(redirect).not.toContain('Strict-Transport-Security');
    expect(files['learning-week-http.conf']).not.toContain('Strict-Transport-Security');
    expect(files['learning-week-locations.conf']).not.toContain('Strict-Transport-Security');
    const asked = renderNginx({ ...options, hsts: true });
    for (const block of headerBlocks(asked['learning-week-locations.conf'])) expect(block).toContain('Strict-Transport-Security');
    expect(asked['learning-week-http.conf']).not.toContain('Strict-Transport-Security');
    expect(HSTS).not.toMatch(/includeSubDomains|preload/);
  });

  it('leaves brotli_static commented out unless asked for', () => {
    expect(renderNginx(options)['learning-week-locations.conf']).toMatch(/# brotli_static on;/);
    expect(renderNginx({ ...options, brotli: true })['learning-week-locations.conf']).toMatch(/\n\s+brotli_static on;/);
  });

  it('has no bare-path redirect for a site at the root', () => {
    const locations = renderNginx({ ...options, base: '/' })['learning-week-locations.conf'];
    expect(locations).not.toContain('location = ');
    expect(locations).toContain('location ^~ / {');
    expect(locations).toContain('location ^~ /_astro/ {');
  });

  it('refuses values that would break out of their directive', () => {
    expect(() => renderNginx({ ...options, root: '/srv/my www' })).toThrow(/root/);
    expect(() => renderNginx({ ...options, csp: 'default-src "self"' })).toThrow(/quotes/);
    expect(() => renderNginx({ ...options, base: '/zt/x;y/' })).toThrow(/base/);
  });
});

describe('npm run nginx:config arguments', () => {
  it('takes the base from the settings unless given, and says what is wrong in Chinese', () => {
    const command = parseNginxArgs(['--root', '/srv/www', '--listen', '127.0.0.1:8080', '--brotli', '--hsts'], defaults);
    expect(command.help === false && command.options).toMatchObject({
      root: '/srv/www',
      base: '/zt/xxzq/',
      listen: '127.0.0.1:8080',
      brotli: true,
      hsts: true,
      csp: defaults.csp('/zt/xxzq/'),
    });
    // The header's script folders follow the base given.
    expect(parseNginxArgs(['--root', '/srv/www', '--base', 'zt/other'], defaults)).toMatchObject({
      options: { base: '/zt/other/', csp: defaults.csp('/zt/other/') },
    });
    expect(() => parseNginxArgs([], defaults)).toThrow(/缺少 --root/);
    expect(() => parseNginxArgs(['--root', 'www'], defaults)).toThrow(/绝对路径/);
    expect(() => parseNginxArgs(['--root', '/'], defaults)).toThrow(
      new UsageError('--root 不能是 /（那样整个磁盘都在网站根目录下）：须写专题上一级的目录，如 --root /srv/www'),
    );
    expect(() => parseNginxArgs(['--root', '/srv/www', '--lisen', '80'], defaults)).toThrow(
      /未知的选项 --lisen（是否应为 --listen？）/,
    );
    expect(() => parseNginxArgs(['--root', '/srv/www', '--server-name', 'a.cn; include /etc/passwd'], defaults)).toThrow(UsageError);
    expect(parseNginxArgs(['--help'], defaults)).toEqual({ help: true });
  });

  it('takes a port from 1 to 65535 in --listen, alone or after an address', () => {
    const listenOf = (value: string) => {
      const command = parseNginxArgs(['--root', '/srv/www', '--listen', value], defaults);
      return command.help ? undefined : command.options.listen;
    };
    for (const good of ['1', '80', '65535', '127.0.0.1:8089', '[::]:443', 'localhost', '[::1]', 'unix:/run/site.sock'])
      expect(listenOf(good), good).toBe(good);
    for (const bad of ['0', '65536', '99999', '127.0.0.1:0', '127.0.0.1:99999', '127.0.0.1:', '[::]:x', 'edu.cn:80a']) {
      expect(() => listenOf(bad), bad).toThrow(UsageError);
      expect(() => listenOf(bad), bad).toThrow(new RegExp(`--listen “${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”的端口不对`));
    }
  });

  it('writes the three files, and never over existing ones without --force', () => {
    const files = renderNginx(options);
    const written = writeNginxFiles(files, out, false);
    expect(written).toHaveLength(3);
    expect(readdirSync(out).sort()).toEqual(Object.keys(files).sort());
    expect(() => writeNginxFiles(renderNginx({ ...options, listen: '8080' }), out, false)).toThrow(/已存在，未覆盖/);
    expect(readFileSync(join(out, 'learning-week-http.conf'), 'utf8')).toContain('listen 80 default_server;');
    writeNginxFiles(renderNginx({ ...options, listen: '8080' }), out, true);
    expect(readFileSync(join(out, 'learning-week-http.conf'), 'utf8')).toContain('listen 8080 default_server;');
  });
});
