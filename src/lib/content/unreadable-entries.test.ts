import { chmodSync, cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '../../../tests/support/fixture.ts';
import { fileLabelOf } from '../input-problem.ts';
import { WHOLE_FILE } from '../input/index.ts';
import { checkContentFolder } from './check-entries.ts';

/** A copy of the fixture's content folder to break. */
function content(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'unreadable-')), 'content');
  cpSync(FIXTURE_CONTENT, dir, { recursive: true });
  return dir;
}

/** Every entry of the unbroken fixture is still checked: the count of files read. */
const fixtureFiles = checkContentFolder(FIXTURE_CONTENT).files;

describe('a content file npm run check cannot read', () => {
  it('names a folder called like a Markdown file, a link that leads nowhere and a file not in UTF-8, and checks the rest', () => {
    const dir = content();
    const folder = join(dir, 'events/2023/folder-like.md');
    mkdirSync(folder);
    writeFileSync(join(folder, 'note.md'), '---\ntitle: x\n---\n');
    const dangling = join(dir, 'events/2023/gone.md');
    symlinkSync(join(dir, 'no-such-file.md'), dangling);
    const gbk = join(dir, 'books/gbk.md');
    // 书 in GBK: not UTF-8.
    writeFileSync(gbk, Buffer.concat([Buffer.from('---\ntitle: '), Buffer.from([0xca, 0xe9]), Buffer.from('\n---\n')]));
    // A regular entry beside them with a mistake of its own, which must still be found.
    writeFileSync(join(dir, 'events/2023/late.md'), '---\ntitle: 晚到的活动\n---\n');

    const { problems, files } = checkContentFolder(dir);
    const of = (path: string) => problems.filter((p) => p.file === fileLabelOf(path));
    expect(of(folder)).toEqual([{ file: fileLabelOf(folder), field: WHOLE_FILE, message: expect.stringMatching(/文件夹/) }]);
    expect(of(dangling).map((p) => p.message)).toContainEqual(expect.stringMatching(/符号链接/));
    expect(of(gbk)).toEqual([{ file: fileLabelOf(gbk), field: WHOLE_FILE, message: expect.stringMatching(/UTF-8/) }]);
    expect(of(join(dir, 'events/2023/late.md')).length).toBeGreaterThan(0);
    // The folder's own Markdown is an entry like any other (events/2023/folder-like.md/note.md).
    expect(of(join(folder, 'note.md')).length).toBeGreaterThan(0);
    // The fixture's files, the Markdown inside the folder, the GBK book and late.md; the folder and the link are named, not read.
    expect(files).toBe(fixtureFiles + 3);
  });

  it.skipIf(process.getuid?.() === 0)('names a folder it may not open, and checks the others', () => {
    const dir = content();
    const locked = join(dir, 'events/locked');
    mkdirSync(locked);
    writeFileSync(join(locked, 'a.md'), '---\ntitle: x\n---\n');
    chmodSync(locked, 0o000);
    try {
      const { problems, files } = checkContentFolder(dir);
      expect(problems.filter((p) => p.file === fileLabelOf(locked))).toEqual([
        { file: fileLabelOf(locked), field: WHOLE_FILE, message: expect.stringMatching(/权限/) },
      ]);
      expect(files).toBe(fixtureFiles);
    } finally {
      chmodSync(locked, 0o755);
    }
  });
});
