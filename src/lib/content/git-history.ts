import { spawnSync } from 'node:child_process';

/**
 * How much of a folder's past git can tell: all of it, only the last
 * commits (a shallow clone, CI's usual checkout: `actions/checkout`'s depth
 * 1, GitLab's 20), or nothing (no git, a folder outside any repository).
 * The dates of entries (published.ts, changed.ts) and the rename warning
 * (renames.ts) are only as good as this.
 */
export type GitHistory = 'full' | 'shallow' | 'none';

export function gitHistoryOf(dir: string): GitHistory {
  const answer = spawnSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: dir, encoding: 'utf8' });
  if (answer.error || answer.status !== 0) return 'none';
  // A git older than 2.15 echoes the option it does not know: nothing can be told then.
  const said = answer.stdout.trim();
  return said === 'false' ? 'full' : said === 'true' ? 'shallow' : 'none';
}
