import { accessSync, constants } from 'node:fs';
import { installMissing, type SystemNeed } from './debian-packages.ts';

/**
 * Finds the system Chromium that the browser tests drive (playwright-core
 * cannot download browsers here, and Debian's build is the one CI installs).
 * Order: $CHROMIUM_PATH, /usr/bin/chromium-headless-shell, /usr/bin/chromium,
 * /usr/bin/chromium-browser. The headless shell is the same Blink without the
 * browser's window machinery, as Playwright itself uses for headless runs: on
 * CI's two cores the age-friendly and CSP walks took 126 s with it against
 * 186 s with the full browser (the run, its build included, used 87 s of
 * processor time against 137 s).
 * On a fresh machine, when we are root and apt-get exists, installs Debian's
 * `chromium-headless-shell` package once; otherwise fails saying what to install.
 */
const CANDIDATES = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

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

export const CHROMIUM_NEED: SystemNeed = {
  purpose: '浏览器测试用的 Chromium',
  packages: ['chromium-headless-shell'],
  present: () => found() !== undefined,
};

export function chromiumPath(): string {
  installMissing([CHROMIUM_NEED]);
  const path = found();
  if (path) return path;
  throw new Error(
    '浏览器测试需要 Chromium（browser tests need Chromium）：请安装 Debian/Ubuntu 的 chromium-headless-shell 软件包' +
      '（sudo apt-get install chromium-headless-shell；chromium 亦可），或把 CHROMIUM_PATH 设为 Chromium 可执行文件的路径。',
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
