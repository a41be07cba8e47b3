import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryIds, FIXTURE_CONTENT, frontMatter } from '../../../../tests/support/fixture.ts';
import { readerChecksText } from '../../../i18n/zh-CN/reader-checks.ts';
import { checkInputs } from '../../check-inputs.ts';
import { WHOLE_FILE } from '../../input/index.ts';
import { COLLECTION_NAMES, COLLECTIONS } from '../collections.ts';
import { gitAt } from '../test-git.ts';

/** The fixture committed in a new repository, in two commits (so a clone of depth 1 has less than all). */
function committedFixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'shallow-history-'));
  const git = (args: string[], date: string) => gitAt(root, args, date);
  git(['init', '-q'], '2023-10-01T09:00:00+08:00');
  cpSync(FIXTURE_CONTENT, join(root, 'content'), { recursive: true });
  git(['add', 'content/data', 'content/books'], '2023-10-01T09:00:00+08:00');
  git(['commit', '-qm', 'first'], '2023-10-01T09:00:00+08:00');
  git(['add', '.'], '2023-11-01T09:00:00+08:00');
  git(['commit', '-qm', 'second'], '2023-11-01T09:00:00+08:00');
  return root;
}

const clone = (from: string, depth?: number) => {
  const to = join(mkdtempSync(join(tmpdir(), 'shallow-history-clone-')), 'site');
  execFileSync('git', ['clone', '-q', ...(depth ? ['--depth', String(depth)] : []), `file://${from}`, to]);
  return to;
};

/** What the check says about the content folder as a whole. */
const folderNotes = (content: string) =>
  checkInputs(content, {}).problems.filter((p) => p.file === content && p.field === WHOLE_FILE);

describe('npm run check, on a content folder in a shallow clone', () => {
  it('warns once that every entry is dated by the one commit, counting those without `published`, and how to get the history', () => {
    const shallow = join(clone(committedFixture(), 1), 'content');
    const fronts = COLLECTION_NAMES.flatMap((name) =>
      entryIds(COLLECTIONS[name].folder).map((id) => frontMatter(COLLECTIONS[name].folder, id)),
    );
    // A notice's `date` is its publication date: only entries with neither take the commit's.
    const undated = fronts.filter((f) => f.published === undefined && f.date === undefined).length;
    expect(undated).toBeGreaterThan(0);
    expect(undated).toBeLessThan(fronts.length);
    expect(folderNotes(shallow)).toEqual([
      { file: shallow, field: WHOLE_FILE, severity: 'warning', message: readerChecksText.shallowClone(undated, fronts.length) },
    ]);
    // What the message tells the deployer to run brings the history, and the warning goes.
    execFileSync('git', ['fetch', '-q', '--unshallow'], { cwd: shallow });
    expect(folderNotes(shallow)).toEqual([]);
  });

  it('says nothing in a full clone, or outside any repository', () => {
    const root = committedFixture();
    expect(folderNotes(join(clone(root), 'content'))).toEqual([]);
    const loose = mkdtempSync(join(tmpdir(), 'shallow-history-loose-'));
    cpSync(FIXTURE_CONTENT, loose, { recursive: true });
    expect(folderNotes(loose)).toEqual([]);
  });
});
