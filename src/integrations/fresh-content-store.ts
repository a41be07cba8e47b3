import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { inputText } from '../i18n/zh-CN/input.ts';
import { forgetStoreOfOtherCode, storeMakersDigest } from '../lib/content/store-code.ts';

/**
 * Before Astro opens its content store (a build, `astro sync`, `npm run dev`),
 * the store goes if the site's code changed since it was written
 * (src/lib/content/store-code.ts): a kept CI cache must not carry bodies the
 * last sanitiser rendered.
 */
export function freshContentStore(): AstroIntegration {
  return {
    name: 'learning-week:fresh-content-store',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // Where Astro keeps the store: .astro/ for the dev server, the cache folder otherwise.
        const storeDir = command === 'dev' ? new URL('.astro/', config.root) : config.cacheDir;
        if (forgetStoreOfOtherCode(fileURLToPath(storeDir), storeMakersDigest(fileURLToPath(config.root))))
          logger.info(inputText.problem.storeCleared);
      },
    },
  };
}
