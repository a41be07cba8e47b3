import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentDir } from '../content-dir.ts';
import { filesAt } from './aliases.ts';
import { commitsTouching } from './git-log.ts';

/**
 * When an entry was published, for feeds and search engines: the
 * `published` date its editor wrote, else the day its file was first
 * committed (or the file at an old address it lists in `aliases`, renamed
 * since), else the file's modification time (a file not committed yet,
 * in a preview). Git is asked once per folder, not once per file, so that
 * a site of 10,000 entries spends one `git log` on it.
 *
 * A shallow clone (CI's default depth 1) sees every file as added by its one
 * commit: deploy from a full clone, or write `published` in the entries.
 */

const cache = new Map<string, Map<string, Date>>();

/** Absolute path → the author date of the commit that first added it, for every file git knows under `dir`. */
export function firstCommitDates(dir: string): Map<string, Date> {
  const root = resolve(dir);
  const known = cache.get(root);
  if (known) return known;
  const dates = new Map<string, Date>();
  // Newest commit first, so the last date seen for a path is its first addition.
  for (const { when, files } of commitsTouching(root, '%aI', ['--diff-filter=A'])) {
    for (const file of files) dates.set(resolve(root, file), new Date(when));
  }
  cache.set(root, dates);
  return dates;
}

/**
 * The first commit of an entry's file or of a file it was before: one at an
 * old address it lists in `aliases` (src/lib/content/aliases.ts), from the
 * same `git log`, which lists files since renamed or deleted too. Its date,
 * and the old address it was first published at (undefined: its own), so
 * that a renamed entry keeps its place and its identity in the feed. Git
 * cannot know the old files of a shallow clone or of a copy without history:
 * the entry is then dated by its own file, as before it moved.
 */
export function firstCommitOf(file: string, aliases: readonly string[] = [], root = contentDir()): { date?: Date; alias?: string } {
  const dates = firstCommitDates(root);
  let first: { date?: Date; alias?: string } = { date: dates.get(resolve(file)) };
  for (const alias of aliases) {
    for (const former of filesAt(alias)) {
      const date = dates.get(resolve(root, former));
      if (date && (!first.date || date.getTime() < first.date.getTime())) first = { date, alias };
    }
  }
  return first;
}

/**
 * The date an entry counts as published: the one written in it, else the
 * first commit of its file or of the file at one of its old addresses
 * (firstCommitOf), else its modification time.
 */
export function publishedDate(written: Date | undefined, file: string, root = contentDir(), aliases: readonly string[] = []): Date {
  if (written) return written;
  return firstCommitOf(file, aliases, root).date ?? statSync(resolve(file)).mtime;
}
