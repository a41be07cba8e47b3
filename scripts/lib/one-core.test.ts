import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { lastOfSeveral, onOneCore, thisMachine } from './one-core.ts';

describe('lastOfSeveral', () => {
  it('takes the last processor of the ranges and single ones Linux lists', () => {
    expect(lastOfSeveral('0-1')).toBe('1');
    expect(lastOfSeveral('0,2-3\n')).toBe('3');
    expect(lastOfSeveral('4-7')).toBe('7');
    expect(lastOfSeveral('1,5')).toBe('5');
  });

  it('gives nothing where one processor is allowed, or the list is not one', () => {
    expect(lastOfSeveral('0')).toBeUndefined();
    expect(lastOfSeveral('3-3')).toBeUndefined();
    expect(lastOfSeveral('')).toBeUndefined();
    expect(lastOfSeveral('a-b')).toBeUndefined();
    expect(lastOfSeveral('3-1')).toBeUndefined();
  });
});

describe('onOneCore', () => {
  const asked: string[] = [];
  const runs = (cpu: string) => (asked.push(cpu), true);

  it('runs the command under taskset on the last allowed processor', () => {
    expect(onOneCore('/bin/pagefind', ['--site', 's'], { allowedList: '0-1', tasksetRuns: runs })).toEqual({
      command: 'taskset',
      args: ['-c', '1', '/bin/pagefind', '--site', 's'],
    });
    expect(asked).toEqual(['1']);
  });

  it('runs it as it is on one processor, off Linux, or where taskset does not run', () => {
    const plain = { command: '/bin/pagefind', args: ['--site', 's'] };
    expect(onOneCore('/bin/pagefind', ['--site', 's'], { allowedList: '0', tasksetRuns: runs })).toEqual(plain);
    expect(onOneCore('/bin/pagefind', ['--site', 's'], { tasksetRuns: runs })).toEqual(plain);
    expect(onOneCore('/bin/pagefind', ['--site', 's'], { allowedList: '0-3', tasksetRuns: () => false })).toEqual(plain);
  });

  it('keeps a process to one processor on this machine, where it has several and taskset runs', () => {
    const { command, args } = onOneCore(process.execPath, ['-p', 'require("node:os").availableParallelism()'], thisMachine());
    const seen = Number(execFileSync(command, args, { encoding: 'utf8' }).trim());
    expect(seen).toBe(command === 'taskset' ? 1 : availableParallelism());
    if (process.platform === 'linux' && availableParallelism() > 1 && existsSync('/usr/bin/taskset')) expect(command).toBe('taskset');
  });
});
