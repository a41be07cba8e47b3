import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { firstCommitDates, firstCommitOf, publishedDate } from './published.ts';
import { gitAt } from './test-git.ts';

const STORY = '---\nname: 林振邦\n---\n林振邦年轻时在广州的工厂当工程师，退休后回到台山老家，八十岁学电脑，整理家里的侨批和老照片。\n';

/** A content folder in a git repository of its own, with commits at known dates. */
let repo: string;
const git = (args: string[], date?: string) => gitAt(repo, args, date);

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'published-'));
  git(['init', '-q']);
  mkdirSync(join(repo, 'content/events/2023'), { recursive: true });
  writeFileSync(join(repo, 'content/events/2023/a.md'), 'first');
  git(['add', '.']);
  git(['commit', '-qm', 'add a'], '2023-10-02T09:00:00+08:00');
  writeFileSync(join(repo, 'content/events/2023/a.md'), 'edited');
  writeFileSync(join(repo, 'content/events/2023/b.md'), 'second');
  git(['add', '.']);
  git(['commit', '-qm', 'edit a, add b'], '2023-11-05T20:30:00+08:00');
  // A learner published, then renamed twice.
  mkdirSync(join(repo, 'content/learners'), { recursive: true });
  writeFileSync(join(repo, 'content/learners/lin-zhenbang.md'), STORY);
  git(['add', '.']);
  git(['commit', '-qm', 'add a learner'], '2023-10-20T10:00:00+08:00');
  git(['mv', 'content/learners/lin-zhenbang.md', 'content/learners/lin-zhen-bang.md']);
  git(['commit', '-qm', 'rename'], '2023-11-21T10:00:00+08:00');
  git(['mv', 'content/learners/lin-zhen-bang.md', 'content/learners/lzb.md']);
  git(['commit', '-qm', 'rename again'], '2023-11-22T10:00:00+08:00');
  writeFileSync(join(repo, 'content/events/2023/new.md'), 'not committed yet');
  utimesSync(join(repo, 'content/events/2023/new.md'), new Date('2023-11-20T00:00:00Z'), new Date('2023-11-20T00:00:00Z'));
});

describe('publication dates', () => {
  it('are the day a file was first committed, not the day it was last edited', () => {
    const dates = firstCommitDates(join(repo, 'content'));
    expect(dates.get(join(repo, 'content/events/2023/a.md'))?.toISOString()).toBe('2023-10-02T01:00:00.000Z');
    expect(dates.get(join(repo, 'content/events/2023/b.md'))?.toISOString()).toBe('2023-11-05T12:30:00.000Z');
  });

  it('come from the date the editor wrote when there is one', () => {
    const written = new Date('2023-09-01T00:00:00Z');
    expect(publishedDate(written, join(repo, 'content/events/2023/a.md'), join(repo, 'content'))).toBe(written);
  });

  it('of an entry renamed are its first file’s, at the old address it lists first published, when it lists it in aliases', () => {
    const root = join(repo, 'content');
    const file = join(root, 'learners/lzb.md');
    // Without aliases the renamed file is dated by the rename, as if it were new.
    expect(publishedDate(undefined, file, root).toISOString()).toBe('2023-11-22T02:00:00.000Z');
    const aliases = ['/learners/lin-zhen-bang/', '/learners/lin-zhenbang/'];
    expect(publishedDate(undefined, file, root, aliases).toISOString()).toBe('2023-10-20T02:00:00.000Z');
    expect(firstCommitOf(file, aliases, root)).toEqual({ date: new Date('2023-10-20T02:00:00.000Z'), alias: '/learners/lin-zhenbang/' });
    // An old address git never saw a file at (one a newspaper misprinted) changes nothing.
    expect(firstCommitOf(file, ['/learners/linzhenbang/'], root)).toEqual({ date: new Date('2023-11-22T02:00:00.000Z') });
  });

  it('fall back to the modification time of a file git does not know', () => {
    expect(publishedDate(undefined, join(repo, 'content/events/2023/new.md'), join(repo, 'content')).toISOString()).toBe('2023-11-20T00:00:00.000Z');
  });

  it('fall back to modification times outside any repository', () => {
    const loose = mkdtempSync(join(tmpdir(), 'published-loose-'));
    writeFileSync(join(loose, 'x.md'), 'x');
    utimesSync(join(loose, 'x.md'), new Date('2022-01-01T00:00:00Z'), new Date('2022-01-01T00:00:00Z'));
    expect(firstCommitDates(loose).size).toBe(0);
    expect(publishedDate(undefined, join(loose, 'x.md'), loose).toISOString()).toBe('2022-01-01T00:00:00.000Z');
  });
});
