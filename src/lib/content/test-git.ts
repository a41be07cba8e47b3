import { execFileSync } from 'node:child_process';

/**
 * For tests of what git dates: runs `git args` in `cwd` as a fixed editor,
 * the commit dated `committed` (when it landed) and `authored` (when it was
 * written; the same unless a test rebases). Returns git's output.
 */
export function gitAt(cwd: string, args: string[], committed?: string, authored = committed): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_DATE: authored, GIT_COMMITTER_DATE: committed, GIT_AUTHOR_NAME: 'e', GIT_AUTHOR_EMAIL: 'e@x', GIT_COMMITTER_NAME: 'e', GIT_COMMITTER_EMAIL: 'e@x' },
  });
}
