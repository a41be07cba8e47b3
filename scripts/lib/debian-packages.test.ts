import { afterEach, describe, expect, it, vi } from 'vitest';
import { installAdvice, installMissing, type SystemNeed } from './debian-packages.ts';

/** A need whose packages a fake apt-get can install. */
function need(purpose: string, packages: string[], installed: Set<string>): SystemNeed {
  return { purpose, packages, present: () => packages.every((p) => installed.has(p)) };
}

function fakeAptGet(installed: Set<string>) {
  return vi.fn((args: string[]) => {
    if (args[0] === 'install') for (const p of args.filter((a) => !a.startsWith('-')).slice(1)) installed.add(p);
  });
}

describe('the Debian packages a test run needs', () => {
  afterEach(() => vi.restoreAllMocks());

  it('installs what is missing in one apt-get install, each package once, and reports nothing left', () => {
    const installed = new Set(['openssl']);
    const needs = [
      need('browser', ['chromium'], installed),
      need('server', ['nginx', 'libnginx-mod-http-brotli-static'], installed),
      need('certificates', ['openssl'], installed),
      need('server again', ['nginx'], installed),
    ];
    const aptGet = fakeAptGet(installed);
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(installMissing(needs, { canInstall: true, aptGet })).toEqual([]);
    expect(aptGet.mock.calls.map(([args]) => args)).toEqual([
      ['update', '-qq'],
      ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'nginx', 'libnginx-mod-http-brotli-static'],
    ]);
  });

  it('runs no apt-get when everything is there', () => {
    const installed = new Set(['chromium']);
    const aptGet = fakeAptGet(installed);
    expect(installMissing([need('browser', ['chromium'], installed)], { canInstall: true, aptGet })).toEqual([]);
    expect(aptGet).not.toHaveBeenCalled();
  });

  it('where it may not install (not root, no apt-get), installs nothing and names what is missing and the command', () => {
    const installed = new Set<string>();
    const aptGet = fakeAptGet(installed);
    const missing = installMissing([need('浏览器', ['chromium'], installed), need('字体', ['fonts-noto-cjk'], installed)], {
      canInstall: false,
      aptGet,
    });
    expect(aptGet).not.toHaveBeenCalled();
    expect(missing.map((n) => n.purpose)).toEqual(['浏览器', '字体']);
    expect(installAdvice(missing)).toBe(
      '- 浏览器（chromium）\n- 字体（fonts-noto-cjk）\nsudo apt-get install chromium fonts-noto-cjk',
    );
  });

  it('names what is still missing when apt-get fails (no network, a locked database), without throwing', () => {
    const installed = new Set<string>();
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const offline = vi.fn(() => {
      throw new Error('Temporary failure resolving deb.debian.org');
    });
    const missing = installMissing([need('浏览器', ['chromium'], installed)], { canInstall: true, aptGet: offline });
    expect(missing.map((n) => n.purpose)).toEqual(['浏览器']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Temporary failure resolving deb.debian.org'));
  });

  it('reports a need that the install did not meet', () => {
    const installed = new Set<string>();
    const stubborn: SystemNeed = { purpose: 'never there', packages: ['ghost'], present: () => false };
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(installMissing([stubborn], { canInstall: true, aptGet: fakeAptGet(installed) })).toEqual([stubborn]);
  });
});
