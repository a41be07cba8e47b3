import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { z } from 'zod';
import { inputText } from '../../i18n/zh-CN/input.ts';
import { fileLabelOf, type InputProblem } from '../input-problem.ts';
import { FILE_NAME, FRONT_MATTER, WHOLE_FILE, fieldPath, readFrontMatter, readTextFile } from '../input/index.ts';
import { unsafeBodyProblems } from '../markdown/unsafe-body.ts';
import { COLLECTION_NAMES, COLLECTIONS, isCollectionName, type ImageSchema } from './collections.ts';

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
  if (!isCollectionName(collection)) return [{ file, field: WHOLE_FILE, message: inputText.content.unknownCollection(collection) }];
  const frontMatter = readFrontMatter(text, file);
  if (!frontMatter.ok) return frontMatter.problems;
  // The check needs only the file's presence; the build's image() turns it into image data.
  const result = COLLECTIONS[collection].schema(localImage(file) as unknown as ImageSchema).safeParse(frontMatter.data);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ file, field: issue.path.length ? fieldPath(issue.path) : FRONT_MATTER, message: issue.message }));
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.mdx?$/.test(name) && statSync(join(dir, name)).isFile())
    .map((name) => name.split(sep).join('/'))
    .sort();
}

/**
 * Every entry of every collection under `contentDir`, front matter and body
 * (what the sanitiser would remove, code in MDX: src/lib/markdown); returns
 * the problems and how many files were read.
 */
export function checkContentFolder(contentDir: string): { problems: InputProblem[]; files: number } {
  const problems: InputProblem[] = [];
  let files = 0;
  for (const collection of COLLECTION_NAMES) {
    const dir = join(contentDir, COLLECTIONS[collection].folder);
    for (const name of markdownFiles(dir)) {
      files += 1;
      const path = join(dir, name);
      const shown = fileLabelOf(path);
      if (!ENTRY_SLUG.test(name.replace(/\.mdx?$/, ''))) problems.push({ file: shown, field: FILE_NAME, message: SLUG_MESSAGE });
      const text = readTextFile(path, shown);
      if (!text.ok) problems.push(...text.problems);
      else problems.push(...checkEntry(collection, shown, text.text), ...unsafeBodyProblems(shown, text.text, name.endsWith('.mdx') ? 'mdx' : 'markdown'));
    }
  }
  return { problems, files };
}
