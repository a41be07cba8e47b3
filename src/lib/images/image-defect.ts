import { readFileSync, realpathSync, statSync } from 'node:fs';
import { relative, isAbsolute } from 'node:path';
import { imageSize } from 'image-size';
import { imageEnding } from './complete-file.ts';
import { frameCount } from './frame-count.ts';

/**
 * More pixels than this and an image is refused: decoding takes width ×
 * height × 4 bytes whatever the file's size (a 31 KB PNG of 16,000 × 16,000
 * took the build 1.2 GB more), every frame of an animation counted, and a page needs a few million. A 61-million-
 * pixel camera still fits. (inputText.content.image.tooManyPixels says the number.)
 */
export const MAX_IMAGE_PIXELS = 100_000_000;

/**
 * The brands of an HEIF file whose pictures are HEVC (image-size gives the brand as the type): an iPhone's photo.
 * A file branded mif1 alone may hold AV1, which the build decodes, as it does AVIF.
 */
const HEVC_BRANDS: ReadonlySet<string> = new Set(['heic', 'heix', 'hevc', 'hevx']);

export type ImageDefect = 'outside' | 'notAFile' | 'scriptable' | 'heic' | 'tooManyPixels' | 'unreadable' | 'truncated';

/** Whether `path`, links resolved, is inside the folder `root`. */
function isInside(path: string, root: string): boolean {
  const rel = relative(realpathSync(root), realpathSync(path));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * What is wrong with an image file, if anything: a path that leads out of
 * the content folder `root` (`../../secret.jpg`, which the build would
 * publish), a folder named like an image (`photo.jpg/`, which stopped the
 * check and the build with EISDIR, naming no file), an SVG (a picture that can carry script, published as it is),
 * an iPhone's HEIC photo renamed .jpg (its size reads, and sharp's own build cannot
 * decode HEVC: the build stopped on it), too many pixels to decode, a header that gives no size and type (what
 * Astro's image() reads first, and fails on in English), or a file cut
 * short (which sharp would publish as half a grey picture).
 */
export function imageFileDefect(path: string, root?: string): ImageDefect | undefined {
  if (root !== undefined && !isInside(path, root)) return 'outside';
  if (!statSync(path).isFile()) return 'notAFile';
  const bytes = readFileSync(path);
  try {
    const { width, height, type } = imageSize(bytes);
    if (type === 'svg') return 'scriptable';
    if (!width || !height || !type) return looksLikeSvg(bytes) ? 'scriptable' : 'unreadable';
    if (HEVC_BRANDS.has(type)) return 'heic';
    if (width * height * frameCount(bytes, type) > MAX_IMAGE_PIXELS) return 'tooManyPixels';
  } catch {
    return looksLikeSvg(bytes) ? 'scriptable' : 'unreadable';
  }
  return imageEnding(bytes) === 'truncated' ? 'truncated' : undefined;
}

/** An SVG that image-size gives no size for (no width and height on its root) is still an SVG. */
function looksLikeSvg(bytes: Buffer): boolean {
  return /<svg[\s/>]/i.test(bytes.subarray(0, 4096).toString('latin1'));
}
