import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * One Astro at a time across the site tests' two workers (vitest.config.ts):
 * every `astro build` and `astro dev` writes the project's .astro/ (its
 * content's image paths, its types), which another run beside it would read.
 * The lock is a folder (mkdir either makes it or fails, in one step) holding
 * its owner's process id; a lock whose owner has died is taken over, and
 * tests/support/global-setup.ts clears what an interrupted run left.
 * Re-entrant within a process: the base-path site's build (base-site.ts)
 * holds it while buildSite takes it again.
 */
const LOCK = resolve('tests/.output/.astro-lock');
const OWNER = join(LOCK, 'pid');
const WAIT_MS = 100;

let depth = 0;

function ownerAlive(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(OWNER, 'utf8'));
  } catch {
    // Made but not yet signed: its maker is between two calls, unless that was long ago.
    const made = statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs;
    return made !== undefined && Date.now() - made < 10_000;
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryTake(): boolean {
  if (depth > 0) {
    depth++;
    return true;
  }
  try {
    mkdirSync(LOCK, { recursive: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      mkdirSync(resolve(LOCK, '..'), { recursive: true });
      return tryTake();
    }
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    if (!ownerAlive()) rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
  writeFileSync(OWNER, String(process.pid));
  depth = 1;
  return true;
}

function release(): void {
  depth--;
  if (depth === 0) rmSync(LOCK, { recursive: true, force: true });
}

/** Runs `run` (which starts Astro and waits for it) holding the lock, waiting for it first. */
export function withAstroLock<T>(run: () => T): T {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (!tryTake()) Atomics.wait(pause, 0, 0, WAIT_MS);
  try {
    return run();
  } finally {
    release();
  }
}

/** Takes the lock for an Astro that runs on while the test goes on (`astro dev`); call what it returns once that Astro has exited. */
export async function takeAstroLock(): Promise<() => void> {
  while (!tryTake()) await new Promise((done) => setTimeout(done, WAIT_MS));
  let released = false;
  return () => {
    if (released) return;
    released = true;
    release();
  };
}

/** At the start of a run: a lock left by an interrupted one goes. */
export function clearAstroLock(): void {
  depth = 0;
  rmSync(LOCK, { recursive: true, force: true });
}
