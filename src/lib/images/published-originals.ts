import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IMAGE_EXTENSION } from './local-image-path.ts';
import { removePrivateMetadata } from './private-metadata.ts';

export interface OriginalsCleaned {
  /** Image files read. */
  images: number;
  /** Those that carried a place, a name or a serial, now written without. */
  cleaned: number;
  /** Of those, the ones that said where they were taken. */
  withLocation: number;
}

/** Files read at once: enough to keep the disk busy, few enough to hold a handful of photos in memory. */
const AT_ONCE = 8;

/**
 * Takes the private metadata (private-metadata.ts) out of every image file
 * in `dir`, where Astro writes the originals it publishes beside the sizes
 * it makes (`_astro/`). A file is written again only when something was
 * blanked in it, at the same length.
 */
export async function removePrivateMetadataIn(dir: string): Promise<OriginalsCleaned> {
  // A site without a single image or stylesheet has no such folder.
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const files = entries
    .filter((entry) => entry.isFile() && IMAGE_EXTENSION.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  const result: OriginalsCleaned = { images: files.length, cleaned: 0, withLocation: 0 };
  const next = files.values();
  const worker = async () => {
    for (const file of next) {
      const bytes = await readFile(file);
      const removed = removePrivateMetadata(bytes);
      if (removed.length === 0) continue;
      await writeFile(file, bytes);
      result.cleaned++;
      if (removed.includes('location')) result.withLocation++;
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  return result;
}
