import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * One Astro at a time across the site tests' two workers (vitest.config.ts):
 * every `astro build` and `astro dev` writes the project's .astro/ (its
 * content's image paths, its types), which another run beside it would read.
 */
export interface FolderLock {
  /** Runs `run` (which starts a process and waits for it) holding the lock, waiting for it first. */
  hold<T>(run: () => T): T;
  /** Takes the lock for a process that runs on while the test goes on (`astro dev`); call what it returns once it has exited. */
  take(): Promise<() => void>;
  /** At the start of a run: a lock left by an interrupted one goes. */
  clear(): void;
}

const WAIT_MS = 100;
/** A lock folder made but not signed this long ago was left by a process that died between the two steps. */
const UNSIGNED_MS = 10_000;

/**
 * A lock between processes: a folder (mkdir either makes it or fails, in one
 * step) holding its owner's process id. A lock whose owner has died is taken
 * over. Re-entrant within a process: the base-path site's build
 * (base-site.ts) holds it while buildSite takes it again.
 */
export function folderLock(path: string): FolderLock {
  const owner = join(path, 'pid');
  let depth = 0;

  const ownerAlive = (): boolean => {
    let pid: number;
    try {
      pid = Number(readFileSync(owner, 'utf8'));
    } catch {
      const made = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
      return made !== undefined && Date.now() - made < UNSIGNED_MS;
    }
    if (!Number.isInteger(pid) || pid <= 0) return false;
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  };

  const tryTake = (): boolean => {
    if (depth > 0) {
      depth++;
      return true;
    }
    mkdirSync(dirname(path), { recursive: true });
    try {
      mkdirSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!ownerAlive()) rmSync(path, { recursive: true, force: true });
      return false;
    }
    writeFileSync(owner, String(process.pid));
    depth = 1;
    return true;
  };

  const release = () => {
    depth--;
    if (depth === 0) rmSync(path, { recursive: true, force: true });
  };

  return {
    hold(run) {
      const pause = new Int32Array(new SharedArrayBuffer(4));
      while (!tryTake()) Atomics.wait(pause, 0, 0, WAIT_MS);
      try {
        return run();
      } finally {
        release();
      }
    },
    async take() {
      while (!tryTake()) await new Promise((done) => setTimeout(done, WAIT_MS));
      let released = false;
      return () => {
        if (released) return;
        released = true;
        release();
      };
    },
    clear() {
      depth = 0;
      rmSync(path, { recursive: true, force: true });
    },
  };
}

const astroLock = folderLock(resolve('tests/.output/.astro-lock'));

/** Runs `run`, which runs Astro and waits for it, when no other test's Astro runs. */
export const withAstroLock = <T>(run: () => T): T => astroLock.hold(run);
/** For a test that keeps an Astro running (`astro dev`): release once it has exited. */
export const takeAstroLock = (): Promise<() => void> => astroLock.take();
export const clearAstroLock = (): void => astroLock.clear();
