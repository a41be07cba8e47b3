import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { imageSize } from 'image-size';
import { inputText } from '../../../i18n/zh-CN/input.ts';
import { readerChecksText as text } from '../../../i18n/zh-CN/reader-checks.ts';
import { imageFileDefect } from '../../images/image-defect.ts';
import { isLocalImageSource, localImagePathDefect } from '../../images/local-image-path.ts';
import { removePrivateMetadata } from '../../images/private-metadata.ts';
import type { InputProblem } from '../../input-problem.ts';
import { displayedSize, shareCardEnlargement } from '../../seo/share-card-fit.ts';
import { judgeAlt } from './alt-text.ts';
import { referencesOf } from './body-references.ts';
import { warning, type ReaderCheckContext } from './context.ts';

/**
 * Photos as readers get them: a cover smaller than the share card (blurred
 * when the page is shared in WeChat), an image over 5 MB, an image
 * description that describes nothing, an image in a body that is not there
 * (or is outside the content folder, an SVG, too many pixels: imageFileDefect),
 * a photo that says where it was taken (the published one will not).
 * Dimensions are read from the file's header; EXIF rotation is applied.
 */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
const MAX_IMAGE_MB = MAX_IMAGE_BYTES / 1024 / 1024;
/** Share cards enlarge a smaller cover; by up to a tenth it does not show. */
const ENLARGEMENT_SEEN = 1.1;

function dimensions(path: string): { width: number; height: number } | undefined {
  try {
    const size = imageSize(readFileSync(path));
    if (!size.width || !size.height) return undefined;
    return displayedSize({ width: size.width, height: size.height, orientation: size.orientation });
  } catch {
    return undefined;
  }
}

/**
 * Whether a photo says where it was taken (a phone's GPS): the published
 * original will not, so the editor is told rather than surprised. A copy
 * in memory is cleaned to find out; the file is left as it is.
 */
function saysWhere(path: string): boolean {
  try {
    return removePrivateMetadata(readFileSync(path)).includes('location');
  } catch {
    // A file that cannot be read is another check's to name.
    return false;
  }
}

interface ImageUse {
  file: string;
  item?: string;
  /** The field named for the image file, and for its description. */
  srcField: string;
  altField: string;
  src: string;
  alt: string | undefined;
  path: string;
  contentDir: string;
  cover: boolean;
}

function usesOf(context: ReaderCheckContext): ImageUse[] {
  const uses: ImageUse[] = [];
  for (const entry of context.entries) {
    const cover = entry.data.cover as { src?: unknown; alt?: string } | undefined;
    // The schema checked the cover's file is there; its `src` is still the path as written here.
    if (cover && typeof cover.src === 'string') {
      uses.push({ file: entry.file, srcField: 'cover.src', altField: 'cover.alt', src: cover.src, alt: cover.alt, path: resolve(dirname(entry.path), cover.src), contentDir: entry.contentDir, cover: true });
    }
    for (const reference of referencesOf(entry)) {
      // A path with a query is the body check's to report (unsafe-body.ts).
      if (reference.kind !== 'image' || !isLocalImageSource(reference.url) || localImagePathDefect(reference.url) === 'query') continue;
      let src = reference.url;
      try {
        src = decodeURI(src);
      } catch {
        // Kept as written.
      }
      const item = text.line(reference.line);
      uses.push({ file: entry.file, item, srcField: text.bodyField, altField: text.bodyField, src, alt: reference.alt, path: resolve(dirname(entry.path), src), contentDir: entry.contentDir, cover: false });
    }
  }
  return uses;
}

export function imageProblems(context: ReaderCheckContext): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const use of usesOf(context)) {
    const at = use.item === undefined ? { file: use.file } : { file: use.file, item: use.item };
    if (use.alt !== undefined) {
      const verdict = judgeAlt(use.alt, use.src);
      if (verdict?.severity === 'error') problems.push({ ...at, field: use.altField, message: verdict.message });
      if (verdict?.severity === 'warning') problems.push(warning({ ...at, field: use.altField, message: verdict.message }));
    }
    if (!existsSync(use.path)) {
      // A missing cover is the schema's error already; a missing body image would stop Astro with a stack trace.
      if (!use.cover) problems.push({ ...at, field: use.srcField, message: text.missingBodyImage(use.src) });
      continue;
    }
    const bytes = statSync(use.path).size;
    if (saysWhere(use.path)) problems.push(warning({ ...at, field: use.srcField, message: text.imageHasLocation(use.src) }));
    if (bytes > MAX_IMAGE_BYTES) problems.push(warning({ ...at, field: use.srcField, message: text.imageTooLarge(use.src, bytes, MAX_IMAGE_MB) }));
    if (!use.cover) {
      // A cover's file is the schema's to judge; a body image's is judged here, as strictly.
      const defect = imageFileDefect(use.path, use.contentDir);
      if (defect) problems.push({ ...at, field: use.srcField, message: inputText.content.image[defect](use.src) });
      continue;
    }
    const size = dimensions(use.path);
    if (!size) problems.push(warning({ ...at, field: use.srcField, message: text.unreadableImage(use.src) }));
    else {
      // A little enlargement does not show; twice as large does.
      const fit = shareCardEnlargement(size.width, size.height);
      if (fit.factor > ENLARGEMENT_SEEN) problems.push(warning({ ...at, field: use.srcField, message: text.coverTooSmall(use.src, size.width, size.height, fit.minWidth, fit.minHeight) }));
    }
  }
  return problems;
}
