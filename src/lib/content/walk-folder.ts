import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/**
 * Everything under `dir`, sub-folders included, as directory entries (a
 * symbolic link is listed, never followed), and the folders that could not be
 * opened (no permission, gone while being read) with the error: Node's own
 * recursive listing stops at the first such folder, and `npm run check`
 * must name it and go on with the rest.
 */
export function walkFolder(dir: string): { entries: Dirent[]; unreadable: { path: string; error: unknown }[] } {
  const entries: Dirent[] = [];
  const unreadable: { path: string; error: unknown }[] = [];
  const visit = (folder: string) => {
    let children: Dirent[];
    try {
      children = readdirSync(folder, { withFileTypes: true, encoding: 'utf8' });
    } catch (error) {
      unreadable.push({ path: folder, error });
      return;
    }
    for (const child of children) {
      entries.push(child);
      if (child.isDirectory()) visit(join(folder, child.name));
    }
  };
  visit(dir);
  return { entries, unreadable };
}
