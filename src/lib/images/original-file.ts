/**
 * A cover's original file as a journalist downloads it from the entry's page
 * and from /media/: the file Astro publishes beside the sizes it makes, with
 * its private metadata blanked at the same length (published-originals.ts),
 * so that the editor's file's size is the download's.
 */
import { statSync } from 'node:fs';
import type { ImageMetadata } from 'astro';

/** The original's size in bytes; undefined when astro:assets does not say where the file is. */
export function originalFileBytes(image: ImageMetadata): number | undefined {
  // astro:assets keeps the original file's path on the image's metadata (as the share cards read it).
  const file = (image as ImageMetadata & { fsPath?: string }).fsPath;
  return file ? statSync(file).size : undefined;
}

/** `2.3 MB`, `856 KB` as a phone or Windows states a file's size (1 KB = 1024 bytes); at least `1 KB`. */
export function formatFileSize(bytes: number): string {
  const kb = bytes / 1024;
  if (kb < 1000) return `${Math.max(1, Math.round(kb))} KB`;
  const mb = kb / 1024;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}
