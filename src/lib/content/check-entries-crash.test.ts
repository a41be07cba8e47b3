import { relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURE_CONTENT } from '../../../tests/support/fixture.ts';
import { checkContentFolder } from './check-entries.ts';
import type * as UnsafeBody from '../markdown/unsafe-body.ts';

// The body check failing on one file as it might on a kind of input nobody foresaw.
vi.mock('../markdown/unsafe-body.ts', async (original) => {
  const actual = await original<typeof UnsafeBody>();
  return {
    ...actual,
    findUnsafeConstructs: (source: string, format: 'markdown' | 'mdx') => {
      if (source.includes('2023年广州市全民终身学习活动周启动仪式')) throw new RangeError('Maximum call stack size exceeded');
      return actual.findUnsafeConstructs(source, format);
    },
  };
});

describe('a file the check itself cannot get through', () => {
  it('is named with the reason, and every other file is still checked', () => {
    const { problems, files, entries } = checkContentFolder(relative(process.cwd(), FIXTURE_CONTENT));
    const crashed = problems.filter((p) => p.message.startsWith('检查这个文件时出错'));
    expect(crashed).toEqual([
      {
        file: expect.stringMatching(/events\/2023\/gz-opening-ceremony\.md$/),
        field: '（整个文件）',
        message: expect.stringContaining('（check failed: RangeError: Maximum call stack size exceeded）'),
      },
    ]);
    expect(entries).toHaveLength(files - 1);
  });
});
