import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/**
 * Finds the system Chromium that the browser tests drive (playwright-core
 * cannot download browsers here, and Debian's build is the one CI installs).
 * Order: $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser.
 * On a fresh machine, when we are root and apt-get exists, installs Debian's
 * `chromium` package once; otherwise fails saying what to install.
 */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function found(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!executable(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} 不是可执行文件（not an executable）`);
    return fromEnv;
  }
  return CANDIDATES.find(executable);
}

function hasAptGet(): boolean {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

export function chromiumPath(): string {
  const path = found();
  if (path) return path;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && hasAptGet()) {
    console.log('未找到 Chromium，正在用 apt-get 安装 Debian 的 chromium 软件包（installing chromium）…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
    const installed = found();
    if (installed) return installed;
  }
  throw new Error(
    '浏览器测试需要 Chromium（browser tests need Chromium）：请安装 Debian/Ubuntu 的 chromium 软件包' +
      '（sudo apt-get install chromium），或把 CHROMIUM_PATH 设为 Chromium 可执行文件的路径。',
  );
}

/** The flags every run uses: headless, no sandbox (containers), and no calls home. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
