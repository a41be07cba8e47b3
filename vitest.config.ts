import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    // The build under test must not depend on the machine's zone.
    env: { TZ: 'America/New_York' },
  },
});
