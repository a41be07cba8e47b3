import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], { encoding: 'utf8', timeout: 120_000 });

// --help and bad usage answer at once, before a benchmark starts: `--help` used to start bench:search's
// whole run (a build, Chromium, 10,000 generated pages), and bench:pages took it for a folder.
describe('npm run bench:search and bench:pages usage', () => {
  for (const [script, command] of [
    ['bench-search', 'bench:search'],
    ['bench-pages', 'bench:pages'],
  ] as const) {
    it(`${command} -- --help prints its usage and exits 0`, () => {
      const help = run(script, '--help');
      expect(help.status).toBe(0);
      expect(help.stdout.startsWith(`用法：npm run ${command}`)).toBe(true);
      expect(help.stderr).toBe('');
    });
  }

  it('names a mistyped flag, a page count that is not one, and a second folder, and exits 2', () => {
    const cases: [string, string[], string][] = [
      [
        'bench-search',
        ['--pagse', '10'],
        '错误：未知的选项 --pagse（是否应为 --pages？）\n（npm run bench:search -- --help 查看用法）\n',
      ],
      ['bench-search', ['--pages', '十'], '错误：--pages 应为正整数：十\n（npm run bench:search -- --help 查看用法）\n'],
      ['bench-pages', ['dist', 'more'], '错误：只能给一个构建目录：dist more\n（npm run bench:pages -- --help 查看用法）\n'],
    ];
    for (const [script, args, message] of cases) {
      const bad = run(script, ...args);
      expect(bad.status, args.join(' ')).toBe(2);
      expect(bad.stderr, args.join(' ')).toBe(message);
      expect(bad.stdout, args.join(' ')).toBe('');
    }
  });
});
