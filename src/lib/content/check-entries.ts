import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'zod';
import { fileLabelOf, type InputProblem } from '../input-problem.ts';
import { COLLECTION_NAMES, COLLECTIONS, isCollectionName, type ImageSchema } from './collections.ts';

/**
 * Checks every Markdown entry under content/ against the same schemas the
 * build uses, before Astro starts, so that an editor's mistake is reported
 * as a plain list (file, field, what to do) instead of a stack trace. The
 * front matter is read the way Astro reads it (js-yaml's default schema).
 */

/** A file name is part of the entry's URL: lowercase letters, digits, hyphens. */
export const ENTRY_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

export const SLUG_MESSAGE = '文件名只能用小写字母、数字和连字符（如 gz-reading.md），因为文件名就是网址的一部分';

const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;

/** An image beside the Markdown file, as Astro's image() would resolve it. */
function localImage(entryFile: string) {
  return z.string({ error: '须填写图片文件名，如 ./photo.jpg' }).superRefine((src, ctx) => {
    if (!IMAGE_FILE.test(src)) {
      ctx.addIssue({ code: 'custom', message: `“${src}”不是支持的图片格式：请用 JPEG、PNG、WebP 或 AVIF` });
    } else if (!existsSync(resolve(dirname(entryFile), src))) {
      ctx.addIssue({ code: 'custom', message: `找不到图片文件“${src}”：图片应放在该 Markdown 文件旁边` });
    }
  });
}

const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** Problems of one entry; `file` is the path shown to the editor. */
export function checkEntry(collection: string, file: string, text: string): InputProblem[] {
  if (!isCollectionName(collection)) return [{ file, field: '(文件)', message: `未知的栏目 ${collection}` }];
  const raw = FRONTMATTER.exec(text)?.[1];
  if (raw === undefined) {
    return [{ file, field: '(文件头)', message: '缺少文件头：文件须以 --- 开头，写明各字段，再以 --- 结束' }];
  }
  let data: unknown;
  try {
    data = yaml.load(raw);
  } catch (error) {
    const reason = error instanceof yaml.YAMLException ? `第 ${error.mark.line + 2} 行：${error.reason}` : String(error);
    return [{ file, field: '(文件头)', message: `文件头格式有误（YAML）：${reason}` }];
  }
  // The check needs only the file's presence; the build's image() turns it into image data.
  const result = COLLECTIONS[collection].schema(localImage(file) as unknown as ImageSchema).safeParse(data ?? {});
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ file, field: issue.path.join('.') || '(文件头)', message: issue.message }));
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.mdx?$/.test(name) && statSync(join(dir, name)).isFile())
    .map((name) => name.split(sep).join('/'))
    .sort();
}

/** Every entry of every collection under `contentDir`; returns the problems and how many files were read. */
export function checkContentFolder(contentDir: string): { problems: InputProblem[]; files: number } {
  const problems: InputProblem[] = [];
  let files = 0;
  for (const collection of COLLECTION_NAMES) {
    const dir = join(contentDir, COLLECTIONS[collection].folder);
    for (const name of markdownFiles(dir)) {
      files += 1;
      const path = join(dir, name);
      const shown = fileLabelOf(path);
      if (!ENTRY_SLUG.test(name.replace(/\.mdx?$/, ''))) problems.push({ file: shown, field: '(文件名)', message: SLUG_MESSAGE });
      problems.push(...checkEntry(collection, shown, readFileSync(path, 'utf8')));
    }
  }
  return { problems, files };
}
