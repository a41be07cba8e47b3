import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURE_CONTENT } from '../../tests/support/fixture.ts';
import { checkInputs } from './check-inputs.ts';
import { errorsOf, fileLabelOf } from './input-problem.ts';

// The whole content-folder check failing as it might on input nobody foresaw (in listing a collection, say).
vi.mock('./content/check-entries.ts', async (original) => ({
  ...(await original<object>()),
  checkContentFolder: () => {
    throw new RangeError('Maximum call stack size exceeded');
  },
}));

describe('the content-folder check failing as a whole', () => {
  it('names the content folder and the check, and the statistics and lighting files are still checked', () => {
    const dir = relative(process.cwd(), FIXTURE_CONTENT);
    const { problems, files } = checkInputs(dir, {});
    expect(errorsOf(problems)).toEqual([
      {
        file: fileLabelOf(dir),
        field: '（整个文件）',
        message: expect.stringMatching(
          /^“内容文件夹”.*（check crashed: contentFolder: RangeError: Maximum call stack size exceeded）/,
        ),
      },
    ]);
    const dataFiles = ['stats', 'lighting'].flatMap((folder) =>
      readdirSync(join(FIXTURE_CONTENT, 'data', folder)).filter((name) => /^\d{4}\.json$/.test(name)),
    );
    expect(dataFiles.length).toBeGreaterThan(1);
    // site.json and each statistics and lighting file.
    expect(files).toBe(1 + dataFiles.length);
  });
});
