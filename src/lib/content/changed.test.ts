import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lastChangedDate, lastCommitDates } from './changed.ts';
import { gitAt } from './test-git.ts';

/** A content folder in a git repository of its own, with commits at known dates. */
let repo: string;
const run = gitAt;
const git = (args: string[], date?: string, authored?: string) => run(repo, args, date, authored);
const write = (file: string, text: string) => {
  mkdirSync(join(repo, file, '..'), { recursive: true });
  writeFileSync(join(repo, file), text);
};
const commit = (message: string, date: string, authored?: string) => {
  git(['add', '.']);
  git(['commit', '-qm', message], date, authored);
};

const DATES = {
  added: '2023-10-02T09:00:00+08:00',
  moved: '2023-11-05T20:30:00+08:00',
  // Committed after `moved`, written (authored) long before: a branch rebased on the day it landed.
  rebased: '2023-11-06T10:00:00+08:00',
  rebasedAuthored: '2023-09-01T10:00:00+08:00',
  // An editor's clock set a day back: committed after `rebased`, dated before it.
  skewed: '2023-11-05T10:00:00+08:00',
  branch: '2023-11-07T09:00:00+08:00',
  main: '2023-11-07T11:00:00+08:00',
  merged: '2023-11-08T15:00:00+08:00',
};
const at = (date: string) => new Date(date).toISOString();

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'changed-'));
  git(['init', '-q', '-b', 'main']);
  write('content/events/2023/a.md', 'first');
  write('content/events/2023/b.md', 'second');
  write('content/events/2023/c.md', 'third');
  write('content/events/2023/d.md', 'fourth');
  write('content/events/2023/e.md', 'fifth');
  commit('add events', DATES.added);
  write('content/events/2023/a.md', 'moved to another day');
  commit('move a', DATES.moved);
  write('content/events/2023/c.md', 'rebased');
  commit('edit c', DATES.rebased, DATES.rebasedAuthored);
  write('content/events/2023/d.md', 'edited on a machine with its clock set back');
  commit('edit d', DATES.skewed);
  // A branch changes e; main goes on meanwhile; the branch is merged later.
  git(['checkout', '-qb', 'edit-e']);
  write('content/events/2023/e.md', 'cancelled');
  commit('cancel e', DATES.branch);
  git(['checkout', '-q', 'main']);
  write('README.md', 'outside the content folder');
  commit('readme', DATES.main);
  git(['merge', '-q', '--no-ff', '-m', 'merge edit-e', 'edit-e'], DATES.merged);
  write('content/events/2023/new.md', 'not committed yet');
  utimesSync(join(repo, 'content/events/2023/new.md'), new Date('2023-11-20T00:00:00Z'), new Date('2023-11-20T00:00:00Z'));
});

describe('last-changed dates', () => {
  const content = () => join(repo, 'content');
  const changed = (file: string, root = content()) => lastChangedDate(join(root, 'events/2023', file), root).toISOString();

  it('are the day of the last commit that changed a file, not of the first', () => {
    expect(changed('a.md')).toBe(at(DATES.moved));
    expect(changed('b.md')).toBe(at(DATES.added));
  });

  it('are when a change was committed, not when it was written', () => {
    expect(changed('c.md')).toBe(at(DATES.rebased));
  });

  it('never come before a commit made earlier on the branch, whatever the committer’s clock said', () => {
    expect(changed('d.md')).toBe(at(DATES.rebased));
  });

  it('date what a branch changed by its merge', () => {
    expect(changed('e.md')).toBe(at(DATES.merged));
  });

  it('fall back to the modification time of a file git does not know', () => {
    expect(changed('new.md')).toBe('2023-11-20T00:00:00.000Z');
  });

  it('fall back to modification times outside any repository', () => {
    const loose = mkdtempSync(join(tmpdir(), 'changed-loose-'));
    writeFileSync(join(loose, 'x.md'), 'x');
    utimesSync(join(loose, 'x.md'), new Date('2022-01-01T00:00:00Z'), new Date('2022-01-01T00:00:00Z'));
    expect(lastCommitDates(loose).size).toBe(0);
    expect(lastChangedDate(join(loose, 'x.md'), loose).toISOString()).toBe('2022-01-01T00:00:00.000Z');
  });

  it('never go down from a build of one commit to a build of a later one, and move only for the files changed between', () => {
    const clones = mkdtempSync(join(tmpdir(), 'changed-clones-'));
    const files = ['a.md', 'b.md', 'c.md', 'd.md', 'e.md'];
    // From `move a` to the merge, along the branch built.
    const builds = ['HEAD~4', 'HEAD~3', 'HEAD~2', 'HEAD~1', 'HEAD'].map((commit, i) => {
      const clone = join(clones, String(i));
      run(clones, ['clone', '-q', repo, clone]);
      run(clone, ['reset', '-q', '--hard', commit]);
      return files.map((file) => changed(file, join(clone, 'content')));
    });
    for (const [i, build] of builds.slice(1).entries())
      for (const [j, date] of build.entries()) expect(date >= builds[i]![j]!, `${files[j]} at build ${i + 1}`).toBe(true);
    const { added, moved, rebased, merged } = Object.fromEntries(Object.entries(DATES).map(([key, date]) => [key, at(date)]));
    expect(builds).toEqual([
      [moved, added, added, added, added],
      [moved, added, rebased, added, added],
      [moved, added, rebased, rebased, added],
      [moved, added, rebased, rebased, added],
      [moved, added, rebased, rebased, merged],
    ]);
  });

  it('of a shallow clone are its one commit’s for every file', () => {
    const shallow = join(mkdtempSync(join(tmpdir(), 'changed-shallow-')), 'site');
    run(tmpdir(), ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    const root = join(shallow, 'content');
    for (const file of ['a.md', 'b.md', 'e.md']) expect(changed(file, root), file).toBe(at(DATES.merged));
  });
});
