import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/nginx-config.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, BASE_PATH: '/zt/xxzq/' },
  });

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
  }, 30_000);

  it('prints the HTTP server for the base path BASE_PATH gives, with the CSP header', () => {
    const printed = run('--root', '/srv/www', '--listen', '8080');
    expect(printed.status).toBe(0);
    expect(printed.stdout).toContain('listen 8080;');
    expect(printed.stdout).toContain('location ^~ /zt/xxzq/ {');
    expect(printed.stdout).toMatch(/add_header Content-Security-Policy "[^"]*frame-ancestors[^"]*" always;/);
  }, 30_000);
});
