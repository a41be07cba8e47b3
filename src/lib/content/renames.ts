import { spawnSync } from 'node:child_process';
import { gitHistoryOf } from './git-history.ts';

/**
 * Where each file under a folder was before git saw it renamed or moved:
 * in the committed history (`git log -M --diff-filter=R`) and among the
 * renames staged for the next commit (`git diff --cached -M`), followed
 * from rename to rename (a → b, then b → c: c was a and b). One `git log`
 * for the whole folder, however many files, as published.ts does; git's own
 * rename detection decides what a rename is (a file moved and rewritten at
 * once is a deletion and an addition to it).
 *
 * Nothing, and nothing said, where git cannot tell: no git, a folder outside
 * any repository, or a shallow clone (CI's depth 1), whose history is cut.
 */

/** A path relative to `dir` (forward slashes) → the paths it had before, oldest first. */
export function formerPaths(dir: string): Map<string, string[]> {
  const git = (args: string[]) =>
    spawnSync('git', ['-c', 'core.quotePath=false', ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (gitHistoryOf(dir) !== 'full') return new Map();
  const log = git(['log', '-M', '--diff-filter=R', '--name-status', '--relative', '--format=%x00', '--', '.']);
  if (log.error || log.status !== 0) return new Map();
  const staged = git(['diff', '--cached', '-M', '--diff-filter=R', '--name-status', '--relative', '--', '.']);
  // Newest commit first in the log: renames are followed from the oldest, then what is staged.
  const commits = log.stdout.split('\0').slice(1).reverse();
  if (!staged.error && staged.status === 0) commits.push(staged.stdout);
  const formers = new Map<string, string[]>();
  for (const commit of commits) {
    for (const [from, to] of renamesIn(commit)) {
      formers.set(to, [...(formers.get(from) ?? []), from]);
      formers.delete(from);
    }
  }
  return formers;
}

/** `R097\told\tnew` lines of `--name-status` output. */
function renamesIn(output: string): [from: string, to: string][] {
  const pairs: [string, string][] = [];
  for (const line of output.split('\n')) {
    const [status, from, to] = line.split('\t');
    if (status?.startsWith('R') && from && to) pairs.push([from, to]);
  }
  return pairs;
}
