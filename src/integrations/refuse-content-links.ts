import type { AstroIntegration } from 'astro';
import { inputText } from '../i18n/zh-CN/input.ts';
import { contentDir } from '../lib/content-dir.ts';
import { contentLinkProblems } from '../lib/content/content-links.ts';
import { formatProblems } from '../lib/input-problem.ts';

/**
 * `npm run check` refuses a symbolic link under the content folder, but Astro
 * loads the content while the check runs (src/integrations/wait-for-input-check.ts),
 * and its loaders follow links: a link to a file of the build machine's (a
 * deploy key) would be read into the content store, in the cache folder a CI
 * keeps between builds, before the check could stop the build. So before
 * Astro loads anything, in a build, `npm run dev` or Astro run by itself,
 * any link stops it, named as the check names it.
 */
export function refuseContentLinks(): AstroIntegration {
  return {
    name: 'learning-week:refuse-content-links',
    hooks: {
      'astro:config:setup': () => {
        const links = contentLinkProblems(contentDir());
        if (links.length === 0) return;
        const error = new Error(`${inputText.problem.linksRefused(links.length)}\n${formatProblems(links)}`);
        // The list is all an editor needs: Astro would print this hook's stack trace under it.
        error.stack = '';
        throw error;
      },
    },
  };
}
