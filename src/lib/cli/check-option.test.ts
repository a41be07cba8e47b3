import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXIT, parseOptions, readCheckOption, UsageError } from './index.ts';

const HELP = '用法：npm run schemas [-- --check]';

describe('readCheckOption (npm run schemas, npm run guide)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('writes by default and only compares with --check', () => {
    expect(readCheckOption([], HELP, 'schemas')).toEqual({ check: false });
    expect(readCheckOption(['--check'], HELP, 'schemas')).toEqual({ check: true });
  });

  it('prints the help and exits 0 with -h or --help', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(readCheckOption(['-h'], HELP, 'schemas')).toEqual({ exit: EXIT.ok });
    expect(readCheckOption(['--help'], HELP, 'schemas')).toEqual({ exit: EXIT.ok });
    expect(log.mock.calls).toEqual([[HELP], [HELP]]);
  });

  it('names a mistyped option in Chinese, with the one meant, and exits 2', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(readCheckOption(['--chek'], HELP, 'schemas')).toEqual({ exit: EXIT.usage });
    expect(error.mock.calls).toEqual([['错误：未知的选项 --chek（是否应为 --check？）\n（npm run schemas -- --help 查看用法）']]);
  });
});

describe('parseOptions (every command’s flags)', () => {
  const options = { year: { type: 'string' }, region: { type: 'string', multiple: true }, force: { type: 'boolean' } } as const;

  it('reads flags as parseArgs does, a multiple option and a yes/no flag repeated included', () => {
    const { values } = parseOptions({ args: ['--year', '2024', '--region', '天河', '--region=越秀', '--force', '--force'], options });
    expect(values).toEqual({ year: '2024', region: ['天河', '越秀'], force: true });
  });

  it('refuses a one-value option given twice, in any spelling, rather than keeping the last', () => {
    for (const args of [
      ['--year', '2024', '--year', '2025'],
      ['--year=2024', '--year', '2025'],
    ])
      expect(() => parseOptions({ args, options })).toThrow(
        new UsageError('选项 --year 写了 2 次（2024、2025）：只能写一次，请删去多余的'),
      );
  });
});
