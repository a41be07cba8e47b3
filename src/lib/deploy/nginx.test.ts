import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseNginxArgs, UsageError, writeNginxFiles } from './nginx-cli.ts';
import { DEFAULT_NGINX_OPTIONS, renderNginx, securityHeaders } from './nginx.ts';

const options = { ...DEFAULT_NGINX_OPTIONS, root: '/srv/www', base: '/zt/xxzq/', csp: "default-src 'self'; frame-ancestors 'self'" };
const defaults = { base: () => '/zt/xxzq/', csp: "default-src 'self'" };
const out = mkdtempSync(join(tmpdir(), 'nginx-out-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('rendering the nginx configuration', () => {
  it('serves the base path from the root, with every header in every location that adds headers', () => {
    const { 'learning-week-locations.conf': locations, 'learning-week-http.conf': http } = renderNginx(options);
    expect(locations).toContain('location ^~ /zt/xxzq/ {');
    expect(locations).toContain('root /srv/www;');
    expect(locations).toContain('error_page 404 /zt/xxzq/404.html;');
    expect(locations).toMatch(/location = \/zt\/xxzq \{\s+absolute_redirect off;\s+return 301 \/zt\/xxzq\/\$is_args\$args;/);
    // nginx drops a parent's add_header in a location that has its own: each block carries them all.
    const blocks = locations.split(/\n\s*location /).filter((b) => b.includes('add_header'));
    expect(blocks).toHaveLength(4);
    for (const block of blocks) for (const [name] of securityHeaders(options.csp)) expect(block).toContain(`add_header ${name} `);
    expect(http).toContain('listen 80;');
    expect(http).not.toMatch(/\{\{/);
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
    const command = parseNginxArgs(['--root', '/srv/www', '--listen', '127.0.0.1:8080', '--brotli'], defaults);
    expect(command.help === false && command.options).toMatchObject({
      root: '/srv/www',
      base: '/zt/xxzq/',
      listen: '127.0.0.1:8080',
      brotli: true,
      csp: defaults.csp,
    });
    expect(parseNginxArgs(['--root', '/srv/www', '--base', 'zt/other'], defaults)).toMatchObject({ options: { base: '/zt/other/' } });
    expect(() => parseNginxArgs([], defaults)).toThrow(/缺少 --root/);
    expect(() => parseNginxArgs(['--root', 'www'], defaults)).toThrow(/绝对路径/);
    expect(() => parseNginxArgs(['--root', '/srv/www', '--lisen', '80'], defaults)).toThrow(
      /未知的选项 --lisen（是否应为 --listen？）/,
    );
    expect(() => parseNginxArgs(['--root', '/srv/www', '--server-name', 'a.cn; include /etc/passwd'], defaults)).toThrow(UsageError);
    expect(parseNginxArgs(['--help'], defaults)).toEqual({ help: true });
  });

  it('writes the three files, and never over existing ones without --force', () => {
    const files = renderNginx(options);
    const written = writeNginxFiles(files, out, false);
    expect(written).toHaveLength(3);
    expect(readdirSync(out).sort()).toEqual(Object.keys(files).sort());
    expect(() => writeNginxFiles(renderNginx({ ...options, listen: '8080' }), out, false)).toThrow(/已存在，未覆盖/);
    expect(readFileSync(join(out, 'learning-week-http.conf'), 'utf8')).toContain('listen 80;');
    writeNginxFiles(renderNginx({ ...options, listen: '8080' }), out, true);
    expect(readFileSync(join(out, 'learning-week-http.conf'), 'utf8')).toContain('listen 8080;');
  });
});
