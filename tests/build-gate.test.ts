import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GATE_MESSAGE, INPUT_CHECK_GATE } from '../src/integrations/wait-for-input-check.ts';
import { takeAstroLock } from './support/astro-lock.ts';
import { buildEnvironment, fixtureContent } from './support/build-site.ts';

// npm run build starts Astro while it checks the content (scripts/build.ts); this is the
// promise that makes that safe: Astro loads the content, then waits for the check's go
// before it empties or writes the output folder.
describe('Astro started by npm run build', () => {
  it('loads the content, then waits before touching the output folder until the check says go', async () => {
    const contentDir = fixtureContent('gate');
    const outDir = resolve('tests/.output/gate/dist');
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const lastSite = '<!doctype html><title>上一版网站</title>';
    writeFileSync(join(outDir, 'index.html'), lastSite);

    const release = await takeAstroLock();
    const astro = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: { ...buildEnvironment(), CONTENT_DIR: contentDir, OUT_DIR: outDir, [INPUT_CHECK_GATE]: '1' },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    let log = '';
    astro.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    astro.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const exited = new Promise<number | null>((done) => astro.on('close', done));
    try {
      const asked = await new Promise<unknown>((done, fail) => {
        astro.once('message', done);
        void exited.then((code) => fail(new Error(`Astro exited (${code}) without waiting:\n${log}`)));
      });
      expect(asked).toBe(GATE_MESSAGE.waiting);
      expect(log).toMatch(/\[content\] Synced content/);
      // Give it time to do what it should not: the folder still holds the last site only.
      await new Promise((done) => setTimeout(done, 1500));
      expect(readdirSync(outDir)).toEqual(['index.html']);
      expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe(lastSite);
    } finally {
      astro.kill();
      await exited;
      release();
    }
  });
});
