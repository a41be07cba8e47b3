import { lstat, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A dot-name beside the output folder, so that no listing or web server shows it; then the build's process and time. */
const asidePrefix = (outDir: string) => `.${basename(outDir)}-previous-`;
const ASIDE_SUFFIX = /^\d+-\d+$/;

/**
 * The last build's output folder, moved out of Astro's way. Astro empties
 * its output folder before it bundles anything, one file after the other
 * and synchronously (emptyDir in node_modules/astro/dist/core/fs): at
 * 10,000 events that is 85,000 files (pages, their .gz and .br, the search
 * index) and half a minute on the build machine, whose file system discards
 * every freed block as it goes, with both cores idle. Renamed (one step on
 * the same file system), the folder is not there for Astro to empty, and
 * removePrevious() deletes it while Astro works (unless the compression
 * and the search index can still take from it: then after them).
 *
 * Left where it is, for Astro to empty as before, when moving it would
 * change what the build leaves behind: a symbolic link (to a web server's
 * folder, say) would be moved instead of emptied, and a `.git` inside,
 * which Astro keeps, would be deleted. Also when the rename fails (the
 * folder is a mount point, the parent is read-only): Astro then fails or
 * succeeds as it would have. Returns where the folder went.
 */
export async function moveAside(outDir: string): Promise<string | undefined> {
  try {
    if (!(await lstat(outDir)).isDirectory()) return undefined;
    if ((await readdir(outDir)).includes('.git')) return undefined;
    const aside = join(dirname(outDir), `${asidePrefix(outDir)}${process.pid}-${Date.now()}`);
    await rename(outDir, aside);
    return aside;
  } catch {
    return undefined;
  }
}

/**
 * Deletes the folder moveAside() moved, and any that an earlier build left
 * beside the output folder when it was killed before it could, but the
 * folder `reusing`, whose unchanged pages' compressed copies and search
 * index the build is still to take (src/lib/deploy/compress-files.ts,
 * scripts/search-index.ts): that goes at a later call without it. Resolves
 * with the folders it could not delete (a warning for the build to print,
 * not a failed build: the new site is complete without them).
 */
export async function removePrevious(outDir: string, reusing?: string): Promise<string[]> {
  const parent = dirname(outDir);
  const prefix = asidePrefix(outDir);
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return [];
  }
  const aside = names
    .filter((name) => name.startsWith(prefix) && ASIDE_SUFFIX.test(name.slice(prefix.length)))
    .map((name) => join(parent, name))
    .filter((folder) => folder !== reusing);
  const failed = await Promise.all(
    aside.map((folder) =>
      rm(folder, { recursive: true, force: true, maxRetries: 3 }).then(
        () => undefined,
        () => folder,
      ),
    ),
  );
  return failed.filter((folder) => folder !== undefined);
}
