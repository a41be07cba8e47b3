import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT, parseOptions, pathSplitMessage, readCheckOption, UsageError, valuesSplitOff } from './index.ts';

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

describe('valuesSplitOff (a value typed with a space, without quotes)', () => {
  const options = { start: { type: 'string' }, name: { type: 'string' }, yes: { type: 'boolean' } } as const;
  const split = (args: string[]) => valuesSplitOff(parseOptions({ args, options, allowPositionals: true }).tokens, options);

  it('gives the words typed after a value, before the next option', () => {
    expect(split(['--start', '2024-11-20', '14:30', '--yes'])).toEqual([{ flag: '--start', value: '2024-11-20', words: ['14:30'] }]);
    expect(split(['--name', '王', '阿', '姨', '--start', '11/20', '9:30'])).toEqual([
      { flag: '--name', value: '王', words: ['阿', '姨'] },
      { flag: '--start', value: '11/20', words: ['9:30'] },
    ]);
  });

  it('gives none for words before any option, after a yes/no flag or a value given with =, or after --', () => {
    for (const args of [
      ['活动', '--start', '2024-11-20 14:30'],
      ['--yes', '读书会'],
      ['--start=2024-11-20', '14:30'],
      ['--start', '11/20', '--', 'x'],
    ])
      expect(split(args), args.join(' ')).toEqual([]);
  });
});

describe('pathSplitMessage (a file name with a space, without quotes)', () => {
  it('says to quote the name when the words put together name a file, and nothing otherwise', () => {
    const whole = join(mkdtempSync(join(tmpdir(), 'split-path-')), '我的 活动表.xlsx');
    writeFileSync(whole, '');
    expect(pathSplitMessage(whole.split(' '))).toContain(`"${whole}"`);
    expect(pathSplitMessage([whole])).toBeUndefined();
    expect(pathSplitMessage([`${whole}.bak`, 'x'])).toBeUndefined();
  });
});
