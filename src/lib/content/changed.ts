import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentDir } from '../content-dir.ts';
import { commitsTouching } from './git-log.ts';

/**
 * When an entry's file last changed, for calendars (DTSTAMP, LAST-MODIFIED
 * and SEQUENCE, src/lib/calendar/build.ts: an event moved or called off
 * replaces the copy a reader imported) and the sitemap (`<lastmod>`): the
 * last commit that touched it, else its modification time (a file not
 * committed yet, in a preview). Like the publication dates beside it
 * (published.ts), from one `git log` for the whole folder, not one per file:
 * about a second at 10,000 events with 200 commits of edits.
 *
 * The date is the commit's committer date (when the change landed on the
 * branch built; a rebased or cherry-picked commit keeps its old author date),
 * walked along the first parents only, a merge counting as the change it
 * brings (so a branch merged late is dated by its merge, not by the day its
 * commits were written), and never earlier than a commit before it on that
 * line (a clock set wrong on an editor's machine cannot date a later change
 * earlier). So a file's date never goes down from one build to the next of a
 * later commit of the same branch.
 *
 * A shallow clone (CI's default depth 1) sees every file as changed by its
 * one commit: every entry is dated by that commit, and a later build from a
 * full clone dates them earlier again. Deploy from a full clone.
 */

const cache = new Map<string, Map<string, Date>>();

/** Absolute path → when the last commit that changed it landed, for every file git knows under `dir`. */
export function lastCommitDates(dir: string): Map<string, Date> {
  const root = resolve(dir);
  const known = cache.get(root);
  if (known) return known;
  const dates = new Map<string, Date>();
  // `-m` with `--first-parent` lists what a merge changed against the branch it was merged into.
  const commits = commitsTouching(root, '%cI', ['--first-parent', '-m']);
  // Oldest first: each file ends with its last commit's date, held to the latest date before it.
  let latest = -Infinity;
  for (const { when, files } of commits.reverse()) {
    latest = Math.max(latest, when);
    for (const file of files) dates.set(resolve(root, file), new Date(latest));
  }
  cache.set(root, dates);
  return dates;
}

/** When an entry's file last changed: its last commit (lastCommitDates), else its modification time. */
export function lastChangedDate(file: string, root = contentDir()): Date {
  return lastCommitDates(root).get(resolve(file)) ?? statSync(resolve(file)).mtime;
}
