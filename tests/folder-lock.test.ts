import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The lock that keeps the site tests' Astro runs one at a time across their two workers.
const MODULE = resolve('tests/support/astro-lock.ts');

/**
 * Runs `body` in a process of its own, with `lock` the lock at `path` and `sleep(ms)`, and resolves
 * with what it returns. A process, as the workers are, and one that a lock that never frees cannot
 * hang the test in: it is stopped after 60 s (a case that passes takes a few seconds).
 */
function inProcess<T>(path: string, body: string): Promise<T> {
  const code = `
    const { folderLock } = await import(${JSON.stringify(MODULE)});
    const lock = folderLock(${JSON.stringify(path)});
    const pause = new Int32Array(new SharedArrayBuffer(4));
    const sleep = (ms) => Atomics.wait(pause, 0, 0, ms);
    const result = await (async () => { ${body} })();
    console.log(JSON.stringify(result));`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 60_000,
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((done, fail) =>
    child.on('close', (status, signal) =>
      status === 0 ? done(JSON.parse(out) as T) : fail(new Error(`the process ended with ${signal ?? status}`)),
    ),
  );
}

const HOLD = 'return lock.hold(() => { const from = Date.now(); sleep(400); return { from, to: Date.now() }; });';
const scratchLock = () => join(mkdtempSync(join(tmpdir(), 'lock-')), 'lock');

describe('the lock between the site tests’ workers', () => {
  it('lets one process hold it at a time', async () => {
    const path = scratchLock();
    const held = await Promise.all([1, 2, 3].map(() => inProcess<{ from: number; to: number }>(path, HOLD)));
    held.sort((a, b) => a.from - b.from);
    for (let i = 1; i < held.length; i++) expect(held[i]!.from).toBeGreaterThanOrEqual(held[i - 1]!.to);
  });

  it('is taken over from a process that died holding it', async () => {
    const path = scratchLock();
    const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    mkdirSync(path);
    writeFileSync(join(path, 'pid'), dead.stdout.trim());
    expect(await inProcess(path, "return lock.hold(() => 'held');")).toBe('held');
  });

  it('is taken again by the process holding it, and let go by the outer hold only', async () => {
    const path = scratchLock();
    const nested = `const { existsSync } = await import('node:fs');
      return lock.hold(() => {
        lock.hold(() => {});
        return existsSync(${JSON.stringify(path)});
      });`;
    expect(await inProcess(path, nested)).toBe(true);
    expect(existsSync(path)).toBe(false);
  });

  it('is held by take() until its release is called', async () => {
    const path = scratchLock();
    const body = `
      const release = await lock.take();
      const { spawn } = await import('node:child_process');
      const other = spawn(process.execPath, ['--input-type=module', '-e',
        'const { folderLock } = await import(' + JSON.stringify(${JSON.stringify(MODULE)}) + ');' +
        'folderLock(' + JSON.stringify(${JSON.stringify(path)}) + ').hold(() => console.log(Date.now()));'], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      other.stdout.on('data', (chunk) => (out += chunk));
      await new Promise((done) => setTimeout(done, 1000));
      const released = Date.now();
      release();
      await new Promise((done) => other.on('close', done));
      return { released, taken: Number(out) };`;
    const { released, taken } = await inProcess<{ released: number; taken: number }>(path, body);
    expect(taken).toBeGreaterThanOrEqual(released);
  });
});
