import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Scratch files the tests make (mkdtemp in the system temp folder, and the
// browsers and servers they start) go to one folder for this checkout,
// emptied when its next run starts, instead of piling up in the temp folder.
// Outside the project, as a temp folder is: commands print such paths whole. `npm test` runs the unit and
// the site tests side by side (scripts/test.ts), each with a TEST_RUN name and so a folder of its own.
const checkout = createHash('sha256').update(process.cwd()).digest('hex').slice(0, 8);
const run = process.env.TEST_RUN ? `-${process.env.TEST_RUN}` : '';
const scratch = join(tmpdir(), `learning-week-hub-tests-${checkout}${run}`);
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
// The few scratch files that must be inside the project (a boundary file the settings name) likewise.
const projectScratch = join(process.cwd(), 'tests', '.output', `scratch${run}`);
rmSync(projectScratch, { recursive: true, force: true });
mkdirSync(projectScratch, { recursive: true });

const testEnv = {
  // The code under test must not depend on the machine's zone.
  TZ: 'America/New_York',
  TMPDIR: scratch,
  PROJECT_SCRATCH: projectScratch,
  // The commands the tests spawn (npm run stats, new, check, build …) keep V8's compiled code of the
  // modules they load: every spawn after the first starts faster (the unit tests' commands took 30% less).
  NODE_COMPILE_CACHE: join(scratch, 'node-compile-cache'),
};

export default defineConfig({
  test: {
    env: testEnv,
    projects: [
      {
        extends: true,
        // BASE_PATH pinned: the URL helper would otherwise read the base from the editors' content/.
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          env: { ...testEnv, BASE_PATH: '/' },
          // Vitest's default is a worker fewer than the cores: one on the two-core CI machine, leaving a
          // core idle (a test waiting for a command it spawned, as scripts/*.test.ts do, uses one).
          // Two workers took these tests there from 133 s to 90 s.
          maxWorkers: Math.max(2, availableParallelism() - 1),
          // npm test runs these at nice 10 beside the site tests (scripts/test.ts): they get what the browsers
          // leave, so a test that starts a command five times took 14 to 26 s there, and over 30 s once.
          // The limit is there to stop a hang, not to time a test: one that passes returns as soon as it does.
          // A hook that sets a test up by running commands (a git repository of six commits) waits the same way:
          // with Vitest's 10 s it timed out once, on a machine busy with more than CI's own tests.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A worker runs file after file instead of starting afresh for each (isolation cost these
          // 130 files 98 s against 62 on the two-core machine, a third of it loading modules again). What
          // isolation gave them is kept: each file loads the code under test anew (fresh-modules.ts,
          // so a module that read CONTENT_DIR reads it again), and environment variables, globals
          // and spies a test changed are put back after it.
          isolate: false,
          setupFiles: ['tests/support/fresh-modules.ts'],
          unstubEnvs: true,
          unstubGlobals: true,
          restoreMocks: true,
        },
      },
      {
        // Builds the fixture site (tests/fixtures/site-guangdong/) once, then reads its output (and drives Chromium).
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          // What a page's script changes (a note, a state) can take more than expect.poll's default
          // second when the machine is busy; a check that passes returns as soon as it does.
          expect: { poll: { timeout: 10_000 } },
          // Two files at a time: one file alone left a quarter of CI's two cores idle once the unit tests
          // had ended (a page is rendered on one core; a build spends seconds on one). Astro runs still go one
          // at a time, whichever file starts them (tests/support/astro-lock.ts): each writes the project's .astro/.
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
