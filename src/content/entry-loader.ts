import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentDir } from '../lib/content-dir.ts';
import { t } from '../i18n/zh-CN.ts';
import { ENTRY_SLUG, SLUG_MESSAGE } from '../lib/content/check-entries.ts';
import { formatProblem } from '../lib/input-problem.ts';
import { fieldLabel } from '../lib/editor-schemas/field-labels.ts';
import { coverFileDefect } from '../lib/images/cover-file.ts';
import { inputText } from '../i18n/zh-CN/input.ts';
import { FILE_NAME, frontMatterYaml, holdsDate, keepTimestampOffsets } from '../lib/input/index.ts';

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
  const load = async (context: LoaderContext): Promise<void> => {
    try {
      await inner.load({
        ...context,
        parseData: async (props) => {
          try {
            refuseCoverFile(props.data, props.filePath);
            return await context.parseData({ ...props, data: withTimestampOffsets(props.data, props.filePath) });
          } catch (error) {
            const { text, fieldsNamed } = describeEntryError(props.filePath ?? `${base}/${props.id}`, error);
            // An editor's mistake, its fields named: the list alone, as the check gives it. Anything
            // else (a fault of the site's code) keeps its stack trace for whoever maintains the site.
            if (!fieldsNamed) throw new Error(text, { cause: error });
            const mistake = new Error(text);
            mistake.stack = '';
            throw mistake;
          }
        },
      });
    } catch (error) {
      // The build stops. `npm run dev` (the only one with a watcher) keeps serving, the browser
      // lists the problem meanwhile (src/integrations/content-check-in-dev.ts), and the folder
      // loads again at the next change of a file in it.
      if (!context.watcher) throw error;
      context.logger.error(error instanceof Error ? error.message : String(error));
      retryOnChange(context.watcher, resolve(base), () => load(context));
    }
  };
  return { name: `content-folder:${folder}`, load };
}

/**
 * A cover whose file the check refuses (coverFileDefect: outside the content
 * folder, an SVG …) stops the entry before image() imports the file, with
 * the check's words, as a field problem of the entry.
 */
function refuseCoverFile(data: Record<string, unknown>, markdownFile: string | undefined): void {
  const src = (data.cover as { src?: unknown } | undefined)?.src;
  if (typeof src !== 'string' || markdownFile === undefined) return;
  const defect = coverFileDefect(src, markdownFile, contentDir());
  // As Astro lists a schema problem, which describeEntryError reads.
  if (defect) throw new Error(`**cover.src**: ${inputText.content.image[defect](src)}`);
}

/**
 * Astro's YAML forgets the offset of a timestamp like `2023-11-18T19:30:00+08:00`
 * (timestamp-offsets.ts): the file is read again, only when the entry holds one.
 */
function withTimestampOffsets<T extends Record<string, unknown>>(data: T, markdownFile: string | undefined): T {
  if (markdownFile === undefined || !holdsDate(data)) return data;
  const yaml = frontMatterYaml(readFileSync(markdownFile, 'utf8'));
  return yaml === undefined ? data : keepTimestampOffsets(data, yaml);
}

/** Calls `retry` once, at the first change under `folder`. */
function retryOnChange(watcher: NonNullable<LoaderContext['watcher']>, folder: string, retry: () => Promise<void>): void {
  const events = ['add', 'change', 'unlink'] as const;
  const onEvent = (path: string) => {
    if (!resolve(path).startsWith(folder + sep)) return;
    for (const event of events) watcher.off(event, onEvent);
    void retry();
  };
  for (const event of events) watcher.on(event, onEvent);
}

/** The entry's file and each field Astro names (`**field.path**: message`, one line a problem) in Chinese; else Astro's message as it is. */
function describeEntryError(filePath: string, error: unknown): { text: string; fieldsNamed: boolean } {
  const raw = error instanceof Error ? error.message : String(error);
  const file = filePath.replace(/^\.\//, '');
  const fields = [...raw.matchAll(/\*\*([^*]+)\*\*: (.+)/g)]
    .filter(([, path]) => !path!.includes('→'))
    .map(([, path, message]) => t.build.fieldProblem(path!, message!, fieldLabel(file, path!)));
  return { text: t.build.entryError(file, fields.length ? fields.join('\n') : raw), fieldsNamed: fields.length > 0 };
}
