import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURE_CONTENT } from '../../../tests/support/fixture.ts';
import { fileLabelOf } from '../input-problem.ts';
import { checkContentFolder } from './check-entries.ts';
import type * as Isbn from './isbn.ts';
import type * as WalkFolder from './walk-folder.ts';

/**
 * The parts of the content check that look across files (the same book
 * twice, symbolic links anywhere under the folder) failing as they might on
 * input nobody foresaw: each is named, and the rest of the folder is still checked.
 */
const CRASHING_ISBN = '978-7-02-000220-7';
let contentRoot = '';
vi.mock('./isbn.ts', async (original) => {
  const actual = await original<typeof Isbn>();
  return {
    ...actual,
    plainIsbn: (value: string) => {
      if (value === CRASHING_ISBN) throw new RangeError('Invalid string length');
      return actual.plainIsbn(value);
    },
  };
});
vi.mock('./walk-folder.ts', async (original) => {
  const actual = await original<typeof WalkFolder>();
  return {
    ...actual,
    walkFolder: (dir: string) => {
      if (dir === contentRoot) throw new TypeError("Cannot read properties of undefined (reading 'isSymbolicLink')");
      return actual.walkFolder(dir);
    },
  };
});

describe('a check across the content folder that fails', () => {
  it('is named with the file or folder it was on, and the other files, and the other books’ ISBNs, are still checked', () => {
    contentRoot = join(mkdtempSync(join(tmpdir(), 'across-crash-')), 'content');
    cpSync(FIXTURE_CONTENT, contentRoot, { recursive: true });
    // A second copy of a book after the one the check fails on: still found.
    const book = readFileSync(join(contentRoot, 'books/huozhe.md'), 'utf8');
    const isbn = /^isbn: (.+)$/m.exec(book)![1]!;
    writeFileSync(join(contentRoot, 'books/zz-huozhe-again.md'), book);
    const crashingBook = readFileSync(join(contentRoot, 'books/hongloumeng.md'), 'utf8');
    expect(crashingBook).toContain(`isbn: ${CRASHING_ISBN}`);

    const { problems, files, entries } = checkContentFolder(contentRoot);
    const crashes = problems.filter((p) => p.message.includes('check crashed'));
    expect(crashes).toEqual([
      {
        file: fileLabelOf(contentRoot),
        field: '（整个文件）',
        message: expect.stringMatching(/^“内容文件夹里的符号链接”.*（check crashed: symlinks: TypeError: /),
      },
      {
        file: fileLabelOf(join(contentRoot, 'books/hongloumeng.md')),
        field: '（整个文件）',
        message: expect.stringMatching(/^“同一本书是否录入两次（ISBN）”.*（check crashed: sameIsbn: RangeError: Invalid string length）/),
      },
    ]);
    const twice = problems.filter((p) => p.field === 'isbn' && p.message.includes(isbn.replaceAll('-', '')));
    expect(twice.map((p) => p.file)).toEqual([fileLabelOf(join(contentRoot, 'books/zz-huozhe-again.md'))]);
    // Only the book whose ISBN the schema too fails on is left out of the entries.
    expect(entries).toHaveLength(files - 1);
  });
});
