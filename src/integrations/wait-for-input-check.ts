import type { AstroIntegration } from 'astro';

/** Set by scripts/build.ts on the Astro build it starts while it checks the content. */
export const INPUT_CHECK_GATE = 'LEARNING_WEEK_INPUT_CHECK_GATE';

/** What the build script and the Astro build it started say to each other. */
export const GATE_MESSAGE = { waiting: 'waiting-for-input-check', go: 'inputs-checked' } as const;

/**
 * `npm run build` checks the content while Astro loads it (both read every
 * file; on two cores the check then costs no time of its own), but Astro must
 * not touch the output folder before the check has passed: a build stopped
 * for an editor's mistake leaves the last site as it was. So Astro, once it
 * has loaded the content and before it empties and writes the output folder,
 * asks the build script and waits for its go; if the check finds a mistake,
 * the script stops Astro instead. Without the script (`astro build` itself, the
 * tests' builds) nothing waits.
 */
export function waitForInputCheck(): AstroIntegration {
  return {
    name: 'learning-week:wait-for-input-check',
    hooks: {
      'astro:build:start': async () => {
        if (process.env[INPUT_CHECK_GATE] !== '1' || !process.send) return;
        await new Promise<void>((resolve) => {
          process.on('message', (message) => {
            if (message === GATE_MESSAGE.go) resolve();
          });
          process.send!(GATE_MESSAGE.waiting);
        });
        // The channel would keep the build's process alive after it is done.
        process.disconnect();
      },
    },
  };
}
