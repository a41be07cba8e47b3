import { readFileSync } from 'node:fs';
import { imageSize } from 'image-size';
import { imageEnding } from './complete-file.ts';

/**
 * What is wrong with an image file, if anything: a header that gives no size
 * and type (what Astro's image() reads first, and fails on in English), or
 * a file cut short (which sharp would publish as half a grey picture).
 */
export function imageFileDefect(path: string): 'unreadable' | 'truncated' | undefined {
  const bytes = readFileSync(path);
  try {
    const { width, height, type } = imageSize(bytes);
    if (!width || !height || !type) return 'unreadable';
  } catch {
    return 'unreadable';
  }
  return imageEnding(bytes) === 'truncated' ? 'truncated' : undefined;
}
