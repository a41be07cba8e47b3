import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The code under test must not depend on the machine's zone.
    env: { TZ: 'America/New_York' },
    projects: [
      {
        extends: true,
        // BASE_PATH pinned: the URL helper would otherwise read the base from the editors' content/.
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], env: { TZ: 'America/New_York', BASE_PATH: '/' } },
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
          fileParallelism: false,
        },
      },
    ],
  },
});
