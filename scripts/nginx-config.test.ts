import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deploy } from '../src/i18n/zh-CN/deploy.ts';
import { FIXTURE_CONTENT } from '../tests/support/fixture.ts';

const runIn = (env: Record<string, string | undefined>, ...args: string[]) =>
  spawnSync(process.execPath, ['scripts/nginx-config.ts', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
const run = (...args: string[]) => runIn({ BASE_PATH: '/zt/xxzq/' }, ...args);

describe('npm run nginx:config', () => {
  it('prints its help with exit 0, and a usage error with exit 2', () => {
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('npm run nginx:config -- --root');
    const bad = run();
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('缺少 --root');
    const badPort = run('--root', '/srv/www', '--listen', '99999');
    expect(badPort.status).toBe(2);
    expect(badPort.stderr).toContain('--listen “99999”的端口不对');
    const mistyped = run('--root', '/srv/www', '--lisen', '80');
    expect(mistyped.status).toBe(2);
    expect(mistyped.stderr).toBe('错误：未知的选项 --lisen（是否应为 --listen？）\n（npm run nginx:config -- --help 查看用法）\n');
    const stray = run('--root', '/srv/www', '80');
    expect(stray.status).toBe(2);
    expect(stray.stderr).toContain('多余的参数 80：这个命令只接受以 -- 开头的选项');
  });

  it('lists the site settings’ problems with exit 1 when the base path cannot be read from them', () => {
    const content = join(mkdtempSync(join(tmpdir(), 'nginx-config-')), 'content');
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    writeFileSync(join(content, 'data/site.json'), '{');
    // No BASE_PATH: the base is the settings'.
    const broken = runIn({ CONTENT_DIR: content, BASE_PATH: undefined }, '--root', '/srv/www');
    expect(broken.status).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toContain(`✗ 站点设置有误：\n  ✗ ${join(content, 'data/site.json')} › （整个文件）：不是有效的 JSON`);
  });

  it('says which path the configuration serves and where that came from, so that a staging build\u2019s BASE_PATH is not forgotten', () => {
    const settingsBase = (JSON.parse(readFileSync(join(FIXTURE_CONTENT, 'data/site.json'), 'utf8')) as { base?: string }).base ?? '/';
    expect(run('--root', '/srv/www').stderr).toBe(`${deploy.base('/zt/xxzq/', 'environment')}\n`);
    expect(run('--root', '/srv/www', '--base', '/zt/other/').stderr).toBe(`${deploy.base('/zt/other/', 'flag')}\n`);
    const fromSettings = runIn({ CONTENT_DIR: FIXTURE_CONTENT, BASE_PATH: undefined }, '--root', '/srv/www');
    expect(fromSettings.stderr).toBe(`${deploy.base(settingsBase, 'settings')}\n`);
    // The configuration itself stays alone on stdout, to be redirected into a file.
    expect(fromSettings.stdout).toMatch(/^[#\s\S]*server \{/);
    expect(fromSettings.stdout).not.toContain('专题路径');
  });

  it('prints the HTTP server for the base path BASE_PATH gives, with the CSP header', () => {
    const printed = run('--root', '/srv/www', '--listen', '8080');
    expect(printed.status).toBe(0);
    expect(printed.stdout).toContain('listen 8080 default_server;');
    expect(printed.stdout).toContain('location ^~ /zt/xxzq/ {');
    expect(printed.stdout).toMatch(/add_header Content-Security-Policy "[^"]*frame-ancestors[^"]*" always;/);
  });

  it('lets scripts and stylesheets come only from the site\u2019s folders under the base it serves, and scripts from the settings\u2019 JS-SDK copy, in the header', () => {
    const header = (stdout: string) => /add_header Content-Security-Policy "([^"]*)" always;/.exec(stdout)?.[1] ?? '';
    // The policy after the list's comma names the site's own folders; the first one keeps 'self'.
    const scriptPlaces = (stdout: string) => header(stdout).split(', ')[1];
    expect(scriptPlaces(run('--root', '/srv/www').stdout)).toBe(
      "script-src *:*/zt/xxzq/_astro/ *:*/zt/xxzq/pagefind/ 'wasm-unsafe-eval'; style-src *:*/zt/xxzq/_astro/",
    );
    expect(scriptPlaces(run('--root', '/srv/www', '--base', '/zt/other/').stdout)).toBe(
      "script-src *:*/zt/other/_astro/ *:*/zt/other/pagefind/ 'wasm-unsafe-eval'; style-src *:*/zt/other/_astro/",
    );
    const content = join(mkdtempSync(join(tmpdir(), 'nginx-config-')), 'content');
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    const settings = JSON.parse(readFileSync(join(content, 'data/site.json'), 'utf8')) as Record<string, unknown>;
    const wechat = { appId: 'wx1234567890abcdef', signatureUrl: '/wechat/signature', sdk: '/wechat/jweixin-1.6.0.js' };
    writeFileSync(join(content, 'data/site.json'), JSON.stringify({ ...settings, wechat }));
    const withSdk = runIn({ CONTENT_DIR: content, BASE_PATH: '/zt/xxzq/' }, '--root', '/srv/www');
    expect(scriptPlaces(withSdk.stdout)).toBe(
      `script-src *:*/zt/xxzq/_astro/ *:*/zt/xxzq/pagefind/ *:*${wechat.sdk} 'wasm-unsafe-eval'; style-src *:*/zt/xxzq/_astro/`,
    );
  });
});
