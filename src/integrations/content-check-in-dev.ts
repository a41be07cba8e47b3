import type { AstroIntegration } from 'astro';
import { resolve, sep } from 'node:path';
import { devPreview as text } from '../i18n/zh-CN/dev-preview.ts';
import { checkInputs } from '../lib/check-inputs.ts';
import { contentDir } from '../lib/content-dir.ts';
import { problemPage } from '../lib/dev/problem-page.ts';
import { errorsOf, formatProblems, type InputProblem } from '../lib/input-problem.ts';

/**
 * `npm run dev` checks content as the build does, and while a file is wrong
 * every page in the browser lists the problems (file, field, what to do)
 * instead of a stale page or a stopped server; the terminal says the same
 * once. An editor previewing a change sees the mistake where they look.
 */
export function contentCheckInDev(): AstroIntegration {
  return {
    name: 'learning-week:content-check-in-dev',
    hooks: {
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        const root = resolve(contentDir());
        let problems: InputProblem[] | undefined;
        let reported = '';
        let reloading: Promise<void> | undefined;

        const current = (): InputProblem[] => {
          if (problems) return problems;
          // Warnings do not stop the build, nor the preview.
          problems = errorsOf(checkInputs(contentDir()).problems);
          const summary = problems.length ? `${text.logHeading(problems.length)}\n${formatProblems(problems)}` : '';
          if (summary !== reported) {
            if (summary) logger.error(summary);
            else if (reported) {
              logger.info(text.logFixed);
              // Load every folder again: one that failed while the file was wrong is complete only now.
              reloading = refreshContent?.({}).catch(() => undefined);
            }
            reported = summary;
          }
          return problems;
        };

        server.watcher.add(root);
        server.watcher.on('all', (_event, path) => {
          if (resolve(path) === root || resolve(path).startsWith(root + sep)) problems = undefined;
        });

        server.middlewares.use((request, response, next) => {
          const wantsPage = request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
          const found = wantsPage ? current() : [];
          if (found.length === 0) {
            void (reloading ?? Promise.resolve()).then(() => next());
            return;
          }
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.setHeader('Cache-Control', 'no-store');
          response.end(problemPage(found));
        });
      },
    },
  };
}
