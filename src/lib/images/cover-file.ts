import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { imageFileDefect, type ImageDefect } from './image-defect.ts';
import { isLocalImageSource, localImagePathDefect } from './local-image-path.ts';

/**
 * What is wrong with the file a cover's `src` names, as `npm run check`
 * judges it (imageFileDefect): a path that leads out of the content folder
 * `root` (when given), an SVG, a folder, too many pixels, a file cut short. The build asks
 * before Astro's image() imports the file, which would publish it: Astro run
 * by itself (`npm run dev`, a build that skipped the check) has no other line.
 * A path the schema refuses already (a query: coverSourceText) or a file that
 * does not exist (image() names it) is left to them; a name without an image
 * extension is not (image() takes `.svg`).
 */
export function coverFileDefect(src: string, markdownFile: string, root?: string): ImageDefect | undefined {
  if (!isLocalImageSource(src) || localImagePathDefect(src) === 'query') return undefined;
  // As the check resolves it, beside the Markdown file.
  const path = resolve(dirname(markdownFile), src);
  return existsSync(path) ? imageFileDefect(path, root) : undefined;
}
