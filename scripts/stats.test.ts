/**
 * The `stats` command as an official runs it: spawned with Node 24, checked
 * by exit code, by what it prints and by the files it writes (or refuses to).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleStats } from '../src/lib/stats/fixtures.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SCRIPT = join(ROOT, 'scripts', 'stats.ts');

function stats(...args: string[]) {
  const run = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

let dir: string;
let valid: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stats-cli-'));
  valid = join(dir, '2023.json');
  writeFileSync(valid, JSON.stringify(sampleStats(), null, 2));
});

function withProblems(): string {
  const data: any = sampleStats();
  data.reports[0].region = '449999';
  data.reports[1].activities.themed_reading.count = '80';
  const path = join(dir, '2023-bad.json');
  writeFileSync(path, JSON.stringify(data));
  return path;
}

describe('stats --help', () => {
  it('explains the commands and exits 0', () => {
    const run = stats('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('npm run stats -- table FILE [--csv OUT.csv] [--json OUT.json] [--force]');
    expect(run.stdout).toContain('退出码：0 成功；1 统计文件有问题（全部列出）；2 用法错误');
  });
});

describe('stats check', () => {
  it('exits 0 with a short summary for a valid file', () => {
    const run = stats('check', valid);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`✓ ${valid} 校验通过`);
    expect(run.stdout).toContain('报告 5 条：地市级 2/21，县级 3/122');
    expect(run.stdout).toContain('逾期报送（2）：深圳市 440300（2023-11-26）、罗湖区 440303（2023-11-27）');
    expect(run.stderr).toBe('');
  });

  it('exits 1 and prints every problem, not only the first', () => {
    const bad = withProblems();
    const run = stats('check', bad);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')).toEqual([
      `✗ ${bad} 有 2 处问题：`,
      `  ✗ ${bad} › 第 1 条报告（449999） › 字段 reports[0].region：未知的地区代码 449999：不在广东省地市、县（市、区）代码表中（GB/T 2260）`,
      `  ✗ ${bad} › 第 2 条报告（深圳市 440300） › 字段 reports[1].activities.themed_reading.count：数字不要加引号：应写 80，而不是 "80"`,
      '',
    ]);
  });

  it('exits 1 for a file that is not JSON, saying where', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"year": 2023,,}');
    const run = stats('check', broken);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`字段 （整个文件）：不是有效的 JSON：第 1 行第 15 列（位置 14）附近有语法错误`);
  });

  it('checks a whole year’s file (the test fixture’s) and prints its note', () => {
    const run = stats('check', 'tests/fixtures/site-guangdong/data/stats/2023.json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('说明：测试数据：数字为虚构');
  });
});

describe('bad usage exits 2 with a Chinese message naming the flag', () => {
  it.each([
    [[], '错误：缺少命令：check 或 table'],
    [['tabel', 'x.json'], '错误：未知的命令 "tabel"：应为 check 或 table'],
    [['check'], '错误：缺少统计文件 FILE，例如 npm run stats -- check content/data/stats/2023.json'],
    [['check', 'a.json', 'b.json'], '错误：多余的参数：b.json'],
    [['table', 'x.json', '--frce'], '错误：未知的选项 --frce（是否应为 --force？）'],
    [['table', 'x.json', '--csv'], '错误：选项 --csv 后面要写输出文件的路径，例如 --csv table.csv'],
    [['table', 'x.json', '--force=yes'], '错误：选项 --force 后面不能带值'],
    [['check', 'x.json', '--json', 'out.json'], '错误：check 命令不接受 --json：要另存统计表，请用 table 命令'],
    [['check', 'content/data/stats/1999.json'], '错误：无法读取 content/data/stats/1999.json：文件不存在'],
    [['check', 'content/data/stats'], '错误：无法读取 content/data/stats：这是一个文件夹，不是文件'],
  ])('%j', (args, message) => {
    const run = stats(...args);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(message);
    expect(run.stderr).toContain('用法见 npm run stats -- --help');
  });
});

describe('stats table', () => {
  it('prints the table aligned in the terminal', () => {
    const run = stats('table', valid);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"社长（总编）荐书"活动  是                 1       8     2,000         1       1       300');
  });

  it('writes the CSV with a byte-order mark and the JSON in the documented shape', () => {
    const csv = join(dir, 'table.csv');
    const json = join(dir, 'table.json');
    const run = stats('table', valid, '--csv', csv, '--json', json);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`已写入 ${csv}`);
    expect(run.stdout).toContain(`已写入 ${json}`);
    const bytes = readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('主题阅读活动,是,2,200,55000,2,21,5500\r\n');
    const table = JSON.parse(readFileSync(json, 'utf8'));
    expect(Object.keys(table)).toEqual(['year', 'cityCount', 'countyCount', 'province', 'cities', 'counties', 'reported', 'late']);
    expect(table.cities.themed_reading).toEqual({ regions: 2, activities: 200, participants: 55000 });
    expect(table.late).toEqual(['440300', '440303']);
  });

  it('never overwrites an existing file unless told to with --force', () => {
    const csv = join(dir, 'table.csv');
    writeFileSync(csv, 'an official’s own notes');
    const refused = stats('table', valid, '--csv', csv);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`错误：输出文件 ${csv} 已存在，未覆盖：换一个文件名，或加 --force 覆盖`);
    expect(refused.stdout).toBe('');
    expect(readFileSync(csv, 'utf8')).toBe('an official’s own notes');

    const forced = stats('table', valid, '--csv', csv, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(csv, 'utf8').startsWith('\uFEFF2023年全民终身学习活动周统计表（广东省）')).toBe(true);
  });

  it('refuses to write over the statistics file itself, even with --force', () => {
    const run = stats('table', valid, '--json', valid, '--force');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`错误：--json ${valid}：输出文件不能是统计文件本身`);
    expect(JSON.parse(readFileSync(valid, 'utf8'))).toEqual(sampleStats());
  });

  it('exits 1 and writes nothing when the file has problems', () => {
    const csv = join(dir, 'table.csv');
    const run = stats('table', withProblems(), '--csv', csv);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('有 2 处问题');
    expect(existsSync(csv)).toBe(false);
  });
});
