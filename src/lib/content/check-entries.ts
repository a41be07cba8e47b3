import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { z } from 'zod';
import { inputText } from '../../i18n/zh-CN/input.ts';
import { fileLabelOf, type InputProblem } from '../input-problem.ts';
import { FILE_NAME, FRONT_MATTER, WHOLE_FILE, fieldPath, readFrontMatter, readTextFile } from '../input/index.ts';
import { COLLECTION_NAMES, COLLECTIONS, isCollectionName, type CollectionName, type ImageSchema } from './collections.ts';

/**
 * Checks every Markdown entry under content/ against the same schemas the
 * build uses, before Astro starts, so that an editor's mistake is reported
 * as a plain list (file, field, what to do) instead of a stack trace. The
 * front matter is read by the input kit the way Astro reads it.
 */

/** A file name is part of the entry's URL: lowercase letters, digits, hyphens. */
export const ENTRY_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

export const SLUG_MESSAGE = inputText.content.slug;

const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;

/** An image beside the Markdown file, as Astro's image() would resolve it. */
function localImage(entryFile: string) {
  return z.string({ error: inputText.content.image.required }).superRefine((src, ctx) => {
    if (!IMAGE_FILE.test(src)) {
      ctx.addIssue({ code: 'custom', message: inputText.content.image.format(src) });
    } else if (!existsSync(resolve(dirname(entryFile), src))) {
      ctx.addIssue({ code: 'custom', message: inputText.content.image.missing(src) });
    }
  });
}

/** Problems of one entry; `file` is the path shown to the editor. */
export function checkEntry(collection: string, file: string, text: string): InputProblem[] {
  return parseEntry(collection, file, text).problems;
}

/**
 * One entry read as the build reads it: its problems, and its front matter
 * as the schema gives it (dates as Dates, defaults filled) when it has none.
 * `path` is where the file is, when it differs from `file` (images are found beside it).
 */
export function parseEntry(collection: string, file: string, text: string, path = file): { problems: InputProblem[]; data?: Record<string, unknown> } {
  if (!isCollectionName(collection)) return { problems: [{ file, field: WHOLE_FILE, message: inputText.content.unknownCollection(collection) }] };
  const frontMatter = readFrontMatter(text, file);
  if (!frontMatter.ok) return { problems: frontMatter.problems };
  // The check needs only the file's presence; the build's image() turns it into image data.
  const result = COLLECTIONS[collection].schema(localImage(path) as unknown as ImageSchema).safeParse(frontMatter.data);
  if (result.success) return { problems: [], data: result.data };
  return { problems: result.error.issues.map((issue) => ({ file, field: issue.path.length ? fieldPath(issue.path) : FRONT_MATTER, message: issue.message })) };
}

/** An entry that passed its schema, for the checks that look across entries (src/lib/content/reader-checks). */
export interface CheckedEntry {
  collection: CollectionName;
  /** The id the build gives it: its path under the collection's folder, without extension (`2023/gz-reading`). */
  id: string;
  /** Where the file is, and how messages name it. */
  path: string;
  file: string;
  text: string;
  format: 'markdown' | 'mdx';
  data: Record<string, unknown>;
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.mdx?$/.test(name) && statSync(join(dir, name)).isFile())
    .map((name) => name.split(sep).join('/'))
    .sort();
}

/**
 * Every entry of every collection under `contentDir`; returns the problems,
 * how many files were read, and the entries that passed their schema.
 */
export function checkContentFolder(contentDir: string): { problems: InputProblem[]; files: number; entries: CheckedEntry[] } {
  const problems: InputProblem[] = [];
  const entries: CheckedEntry[] = [];
  let files = 0;
  for (const collection of COLLECTION_NAMES) {
    const dir = join(contentDir, COLLECTIONS[collection].folder);
    for (const name of markdownFiles(dir)) {
      files += 1;
      const path = join(dir, name);
      const shown = fileLabelOf(path);
      if (!ENTRY_SLUG.test(name.replace(/\.mdx?$/, ''))) problems.push({ file: shown, field: FILE_NAME, message: SLUG_MESSAGE });
      const text = readTextFile(path, shown);
      if (!text.ok) {
        problems.push(...text.problems);
        continue;
      }
      const parsed = parseEntry(collection, shown, text.text, path);
      problems.push(...parsed.problems);
      if (parsed.data) {
        const format = name.endsWith('.mdx') ? 'mdx' : 'markdown';
        entries.push({ collection, id: name.replace(/\.mdx?$/, ''), path, file: shown, text: text.text, format, data: parsed.data });
      }
    }
  }
  return { problems, files, entries };
}
