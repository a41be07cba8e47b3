import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentDir } from '../lib/content-dir.ts';
import { t } from '../i18n/zh-CN.ts';
import { RETRY_FAILED_LOADS } from './retry-failed-loads.ts';
import { ENTRY_SLUG, SLUG_MESSAGE } from '../lib/content/check-entries.ts';
import { formatProblem } from '../lib/input-problem.ts';
import { FILE_NAME } from '../lib/input/index.ts';

/**
 * The glob() loader over one folder of `content/`, with two changes editors
 * notice: an entry's id is its file path (so URLs follow file names, as
 * design.md promises), and a schema error names the file and each field in
 * Chinese instead of Astro's generic English heading.
 */
export function contentFolder(folder: string, pattern = '**/*.{md,mdx}'): Loader {
  const base = `${contentDir()}/${folder}`;
  const inner = glob({
    base: isAbsolute(base) ? pathToFileURL(base) : base,
    pattern,
    generateId: ({ entry }) => {
      const id = entry.replace(/\.(md|mdx)$/, '');
      if (!ENTRY_SLUG.test(id)) {
        throw new Error(formatProblem({ file: `${base}/${entry}`, field: FILE_NAME, message: SLUG_MESSAGE }));
      }
      return id;
    },
  });
  return {
    name: `content-folder:${folder}`,
    load: async (context: LoaderContext) => {
      // Whether the last load stopped at an editor's mistake (only `npm run dev` gets this far, see below).
      const FAILED = 'failedAtEditorsMistake';
      if (context.refreshContextData?.[RETRY_FAILED_LOADS] && !context.meta.has(FAILED)) return;
      try {
        await inner.load({
          ...context,
          parseData: async (props) => {
            try {
              return await context.parseData(props);
            } catch (error) {
              throw new Error(describeEntryError(props.filePath ?? `${base}/${props.id}`, error), { cause: error });
            }
          },
        });
        context.meta.delete(FAILED);
      } catch (error) {
        // The build stops. `npm run dev` (the only one with a watcher) keeps serving: the browser
        // lists the problem meanwhile, and the folder is loaded again once it is fixed
        // (src/integrations/content-check-in-dev.ts).
        if (!context.watcher) throw error;
        context.meta.set(FAILED, 'yes');
        context.logger.error(error instanceof Error ? error.message : String(error));
      }
    },
  };
}

function describeEntryError(filePath: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  // Astro lists one `**field.path**: message` line per problem.
  const fields = [...raw.matchAll(/\*\*([^*]+)\*\*: (.+)/g)]
    .filter(([, path]) => !path!.includes('→'))
    .map(([, path, message]) => t.build.fieldProblem(path!, message!));
  const file = filePath.replace(/^\.\//, '');
  return t.build.entryError(file, fields.length ? fields.join('\n') : raw);
}
