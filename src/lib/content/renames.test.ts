import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURE_CONTENT } from '../../../tests/support/fixture.ts';
import { readerChecksText } from '../../i18n/zh-CN/reader-checks.ts';
import { checkInputs } from '../check-inputs.ts';
import { formerPaths } from './renames.ts';
import { gitAt } from './test-git.ts';

/** A new git repository in the temp folder; `git(args)` runs in it, commits at `date`. */
function repository(): { root: string; git: (args: string[], date?: string) => string } {
  const root = mkdtempSync(join(tmpdir(), 'renames-'));
  const git = (args: string[], date = '2023-10-02T09:00:00+08:00') => gitAt(root, args, date);
  git(['init', '-q']);
  return { root, git };
}

const story = (name: string) => `---\nname: ${name}\n---\n${name}年轻时在广州的工厂当工程师，退休后回到台山老家，八十岁学电脑，整理家里的侨批和老照片。\n`;

describe('renames git knows of', () => {
  it('are followed from rename to rename, committed and staged, with the paths relative to the folder', () => {
    const { root, git } = repository();
    mkdirSync(join(root, 'content/learners'), { recursive: true });
    writeFileSync(join(root, 'content/learners/a.md'), story('甲'));
    writeFileSync(join(root, 'content/learners/x.md'), story('乙'));
    git(['add', '.']);
    git(['commit', '-qm', 'add']);
    git(['mv', 'content/learners/a.md', 'content/learners/b.md']);
    git(['commit', '-qm', 'rename'], '2023-11-01T09:00:00+08:00');
    // Moved, then a new file at the old name: that one has no former path.
    git(['mv', 'content/learners/x.md', 'content/x.md']);
    git(['commit', '-qm', 'move'], '2023-11-02T09:00:00+08:00');
    writeFileSync(join(root, 'content/learners/x.md'), story('丙'));
    git(['add', '.']);
    git(['commit', '-qm', 'new x'], '2023-11-03T09:00:00+08:00');
    git(['mv', 'content/learners/b.md', 'content/learners/c.md']);
    expect(formerPaths(join(root, 'content'))).toEqual(
      new Map([
        ['x.md', ['learners/x.md']],
        ['learners/c.md', ['learners/a.md', 'learners/b.md']],
      ]),
    );
  });

  it('are none, and nothing is said, without git, outside a repository, or in a shallow clone', () => {
    const { root, git } = repository();
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'content/a.md'), story('甲'));
    git(['add', '.']);
    git(['commit', '-qm', 'add']);
    git(['mv', 'content/a.md', 'content/b.md']);
    git(['commit', '-qm', 'rename']);
    expect(formerPaths(join(root, 'content')).size).toBe(1);
    // A clone of depth 1: even a rename staged in it is not reported, since what came before is cut off.
    const shallow = join(mkdtempSync(join(tmpdir(), 'renames-shallow-')), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, shallow]);
    execFileSync('git', ['mv', 'content/b.md', 'content/c.md'], { cwd: shallow });
    expect(formerPaths(join(shallow, 'content')).size).toBe(0);
    expect(formerPaths(mkdtempSync(join(tmpdir(), 'no-repository-'))).size).toBe(0);
    vi.stubEnv('PATH', join(root, 'no-git-here'));
    expect(formerPaths(join(root, 'content')).size).toBe(0);
  });
});

describe('npm run check, on an entry renamed or moved', () => {
  /** The fixture as the content folder of a repository, committed. */
  function committedSite() {
    const repo = repository();
    cpSync(FIXTURE_CONTENT, join(repo.root, 'content'), { recursive: true });
    repo.git(['add', '.']);
    repo.git(['commit', '-qm', 'site']);
    const content = join(repo.root, 'content');
    const warnings = () => checkInputs(content, {}).problems.filter((p) => p.field === 'aliases');
    const label = (file: string) => join(content, file);
    return { ...repo, content, warnings, label };
  }

  it('warns, naming the new file, the old address and the line to add, until the old address is listed', () => {
    const { git, content, warnings, label } = committedSite();
    git(['mv', 'content/learners/liang-zhiwei.md', 'content/learners/liang-zhi-wei.md']);
    git(['commit', '-qm', 'rename']);
    // Staged, not committed yet: an event renamed.
    git(['mv', 'content/events/2023/gz-reading-month.md', 'content/events/2023/gz-reading.md']);
    expect(warnings()).toEqual([
      {
        file: label('events/2023/gz-reading.md'),
        field: 'aliases',
        severity: 'warning',
        message: readerChecksText.renamedWithoutAlias(
          [label('events/2023/gz-reading-month.md')],
          ['/events/2023/gz-reading-month/'],
          'aliases: [/events/2023/gz-reading-month/]',
        ),
      },
      {
        file: label('learners/liang-zhi-wei.md'),
        field: 'aliases',
        severity: 'warning',
        message: readerChecksText.renamedWithoutAlias(
          [label('learners/liang-zhiwei.md')],
          ['/learners/liang-zhiwei/'],
          'aliases: [/learners/liang-zhiwei/]',
        ),
      },
    ]);
    const listOld = (file: string, aliases: string) => {
      const path = join(content, file);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^---\n/, `---\naliases: [${aliases}]\n`));
    };
    listOld('learners/liang-zhi-wei.md', '/learners/liang-zhiwei/');
    listOld('events/2023/gz-reading.md', '/events/2023/gz-reading-month');
    expect(warnings()).toEqual([]);
  });

  it('asks for every old address a file has had that no page keeps, after those it lists', () => {
    const { git, warnings, label } = committedSite();
    git(['mv', 'content/learners/lin-zhenbang.md', 'content/learners/lin-zb.md']);
    git(['commit', '-qm', 'rename']);
    git(['mv', 'content/learners/lin-zb.md', 'content/learners/lzb.md']);
    git(['commit', '-qm', 'rename again']);
    // A book renamed, and a new file given its old name: the old address is a page still.
    git(['mv', 'content/books/santi.md', 'content/books/san-ti.md']);
    cpSync(label('books/weicheng.md'), label('books/santi.md'));
    const own = /^aliases: \[(.*)\]$/m.exec(readFileSync(join(FIXTURE_CONTENT, 'learners/lin-zhenbang.md'), 'utf8'))![1]!;
    expect(warnings()).toEqual([
      {
        file: label('learners/lzb.md'),
        field: 'aliases',
        severity: 'warning',
        message: readerChecksText.renamedWithoutAlias(
          [label('learners/lin-zhenbang.md'), label('learners/lin-zb.md')],
          ['/learners/lin-zhenbang/', '/learners/lin-zb/'],
          `aliases: [${own}, /learners/lin-zhenbang/, /learners/lin-zb/]`,
        ),
      },
    ]);
  });
});
