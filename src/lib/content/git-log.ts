import { spawnSync } from 'node:child_process';

/** One commit of a `git log`: when (ms since the epoch) and the files it lists, relative to the folder asked about. */
export interface LoggedCommit {
  when: number;
  files: string[];
}

/**
 * The commits of one `git log` over a folder, newest first, each with its
 * date (`dateFormat`: `%aI` author, `%cI` committer) and the files it
 * touched. `options` picks which commits and files (e.g. `--diff-filter=A`).
 * No repository, or no git: no commits, and callers fall back on the files'
 * modification times. One process for the whole folder, however many files.
 */
export function commitsTouching(root: string, dateFormat: '%aI' | '%cI', options: readonly string[]): LoggedCommit[] {
  const log = spawnSync(
    'git',
    ['-c', 'core.quotePath=false', 'log', ...options, '--relative', '--no-renames', `--format=%x00${dateFormat}`, '--name-only', '--', '.'],
    { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (log.status !== 0) return [];
  const commits: LoggedCommit[] = [];
  for (const commit of log.stdout.split('\0').slice(1)) {
    const [date, ...files] = commit.split('\n').filter(Boolean);
    const when = new Date(date!).getTime();
    if (!Number.isNaN(when)) commits.push({ when, files });
  }
  return commits;
}
