import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXIT, readCheckOption } from './index.ts';

const HELP = '用法：npm run schemas [-- --check]';

describe('readCheckOption (npm run schemas, npm run guide)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('writes by default and only compares with --check', () => {
    expect(readCheckOption([], HELP)).toEqual({ check: false });
    expect(readCheckOption(['--check'], HELP)).toEqual({ check: true });
  });

  it('prints the help and exits 0 with -h or --help', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(readCheckOption(['-h'], HELP)).toEqual({ exit: EXIT.ok });
    expect(readCheckOption(['--help'], HELP)).toEqual({ exit: EXIT.ok });
    expect(log.mock.calls).toEqual([[HELP], [HELP]]);
  });

  it('names a mistyped option in Chinese, with the one meant, and exits 2', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(readCheckOption(['--chek'], HELP)).toEqual({ exit: EXIT.usage });
    expect(error.mock.calls).toEqual([['未知的选项 --chek（是否应为 --check？）']]);
  });
});
