import { execFileSync, spawnSync } from 'node:child_process';

/**
 * Something the tests (or a benchmark) need from the system, with the Debian
 * packages that provide it and how to tell it is there.
 */
export interface SystemNeed {
  /** What it is for, in a few words, for the message when it is missing. */
  purpose: string;
  packages: readonly string[];
  present(): boolean;
}

export interface InstallOptions {
  /** Whether packages may be installed: root on a machine with apt-get (a CI machine, a fresh container). */
  canInstall?: boolean;
  /** Runs apt-get with these arguments (replaced in the tests). */
  aptGet?: (args: string[]) => void;
}

/** Whether a command is on the PATH. */
export function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', 'command -v "$0"', command], { stdio: 'ignore' }).status === 0;
}

function rootWithAptGet(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0 && onPath('apt-get');
}

function runAptGet(args: string[]): void {
  execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/**
 * Installs, with one apt-get call, the packages of every need that is not
 * met, where that is allowed; returns the needs still unmet, for the caller to
 * name. A machine with only Node and npm thus gets what the tests need from
 * `npm test` itself, as a CI machine does.
 */
export function installMissing(needs: readonly SystemNeed[], options: InstallOptions = {}): SystemNeed[] {
  const missing = needs.filter((need) => !need.present());
  if (missing.length === 0 || !(options.canInstall ?? rootWithAptGet())) return missing;
  const packages = packagesOf(missing);
  console.log(`正在用 apt-get 安装所需的 Debian 软件包（installing）：${packages.join(' ')} …`);
  const aptGet = options.aptGet ?? runAptGet;
  try {
    aptGet(['update', '-qq']);
    aptGet(['install', '-y', '-qq', '--no-install-recommends', ...packages]);
  } catch (error) {
    // No network or a locked package database: what is still missing is named by the caller.
    console.warn(`apt-get 安装失败（apt-get failed）：${error instanceof Error ? error.message : String(error)}`);
  }
  return missing.filter((need) => !need.present());
}

/** `sudo apt-get install …` for the needs given, each named with what it is for. */
export function installAdvice(needs: readonly SystemNeed[]): string {
  return `${needs.map((need) => `- ${need.purpose}（${need.packages.join(' ')}）`).join('\n')}\nsudo apt-get install ${packagesOf(needs).join(' ')}`;
}

/** The needs' packages, each once, in order. */
function packagesOf(needs: readonly SystemNeed[]): string[] {
  return [...new Set(needs.flatMap((need) => need.packages))];
}
