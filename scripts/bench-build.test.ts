import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const bench = (...args: string[]) => spawnSync(process.execPath, ['scripts/bench-build.ts', ...args], { encoding: 'utf8' });
const HINT = '（npm run bench:build -- --help 查看用法）';

// Bad usage stops before anything is generated or built: exit 2, in Chinese, naming what was typed.
describe('npm run bench:build with bad usage', () => {
  it('names a mistyped flag, a flag missing its value, a count that is not one and a number of rounds that is not one, and builds nothing', () => {
    const cases: [string[], string][] = [
      [['--sed', '7', '1000'], '错误：未知的选项 --sed（是否应为 --seed？）'],
      [['1000', '--seed'], '错误：选项 --seed 后面要写整数，如 --seed 7'],
      [['一千'], '错误：活动条数应为非负整数：一千'],
      [['1000', '--rounds', '0'], '错误：--rounds 应为正整数：0'],
      [['1000', '--rounds', '两'], '错误：--rounds 应为正整数：两'],
      [['1000', '--rounds'], '错误：选项 --rounds 后面要写正整数，如 --rounds 3'],
      [[], '错误：缺少活动条数 N，例如 npm run bench:build -- 10000'],
    ];
    for (const [args, message] of cases) {
      const run = bench(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toBe(`${message}\n${HINT}\n`);
      expect(run.stdout, args.join(' ')).toBe('');
    }
  });
});
