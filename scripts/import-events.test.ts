import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '../tests/support/fixture.ts';
import { inflatingWorkbook } from '../tests/support/inflating-workbook.ts';
import { readRegionData } from '../src/lib/regions/data-files.ts';
import { contentForProvince } from '../src/lib/regions/test-support.ts';

const HEADER = '活动名称,地区,开始时间,结束时间,地点,地址,线上链接,主办单位,类型,适合人群,报名链接,简介';
const row = (title: string, region = '天河') =>
  `${title},${region},2024-11-20 14:30,16:30,天河区图书馆,广州市天河区天府路1号,,天河区教育局,研讨活动,老年人,,${title}简介。`;

function setUp(lines: string[]): { dir: string; csv: string } {
  const root = mkdtempSync(join(tmpdir(), 'import-cli-'));
  const dir = join(root, 'content');
  mkdirSync(join(dir, 'events'), { recursive: true });
  // The settings name the province whose regions the list's 地区 are read against.
  mkdirSync(join(dir, 'data'));
  cpSync(join(FIXTURE_CONTENT, 'data/site.json'), join(dir, 'data/site.json'));
  const csv = join(root, '活动表.csv');
  writeFileSync(csv, `${lines.join('\r\n')}\r\n`);
  return { dir, csv };
}

const run = (dir: string, args: string[]) =>
  spawnSync(process.execPath, ['scripts/import-events.ts', ...args, '--year', '2024'], {
    env: { ...process.env, CONTENT_DIR: dir },
    encoding: 'utf8',
  });
/** As npm starts `npm run import-events` typed in `typedIn`: in the project folder, naming the terminal's folder in INIT_CWD. */
const runTypedIn = (typedIn: string, dir: string, args: string[]) =>
  spawnSync(process.execPath, ['scripts/import-events.ts', ...args, '--year', '2024'], {
    env: { ...process.env, CONTENT_DIR: dir, INIT_CWD: typedIn, npm_lifecycle_script: 'node scripts/import-events.ts' },
    encoding: 'utf8',
  });
const written = (dir: string) => (existsSync(join(dir, 'events/2024')) ? readdirSync(join(dir, 'events/2024')).sort() : []);

describe('npm run import-events', () => {
  it('reads a spreadsheet named as the terminal’s folder names it, though npm runs the command in the project folder', () => {
    const { dir, csv } = setUp([HEADER, row('长者课堂')]);
    const typed = runTypedIn(dirname(csv), dir, [basename(csv), '--dry-run']);
    expect(typed.stderr).toBe('');
    expect(typed.stdout).toContain('可导入 1 行');
    // Started by another script (as here, by the tests), the command reads from its own folder.
    const bare = run(dir, [basename(csv), '--dry-run']);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain(`无法读取 ${basename(csv)}`);
  });

  it('says to quote a spreadsheet’s name with a space typed without quotes, and imports it quoted', () => {
    const { dir, csv } = setUp([HEADER, row('长者课堂')]);
    const spaced = join(dirname(csv), '天河 活动表.csv');
    renameSync(csv, spaced);
    const split = run(dir, [...spaced.split(' '), '--dry-run']);
    expect(split.status).toBe(2);
    expect(split.stderr).toContain(`文件名里有空格时请整个加上引号，如 "${spaced}"`);
    expect(run(dir, [spaced, '--dry-run']).stdout).toContain('可导入 1 行');
  });

  it('writes nothing while a row is wrong; --dry-run writes nothing; --skip-bad writes the good rows; a second run skips them', () => {
    const { dir, csv } = setUp([HEADER, row('长者课堂'), row('亲子共读', '火星'), row('职工夜校')]);
    const stopped = run(dir, [csv]);
    expect(stopped.status).toBe(1);
    expect(stopped.stderr).toContain('第 3 行（亲子共读） › 字段 B 列“地区”（region）：“火星”不是广东省的地市或县（市、区）');
    expect(stopped.stderr).toContain('有 1 行有误，未写入任何文件');
    expect(written(dir)).toEqual([]);

    const dry = run(dir, [csv, '--dry-run', '--skip-bad']);
    expect(dry.stdout).toContain('可导入 2 行');
    expect(written(dir)).toEqual([]);

    const skipping = run(dir, [csv, '--skip-bad']);
    expect(skipping.status).toBe(1);
    expect(skipping.stdout).toContain('已写入 2 个文件；有误的 1 行未导入');
    expect(written(dir)).toEqual(['tian-he-zhang-zhe-ke-tang.md', 'tian-he-zhi-gong-ye-xiao.md']);

    const again = run(dir, [csv, '--skip-bad']);
    expect(again.stdout).toContain('已导入过，跳过 2 行');
    expect(written(dir)).toHaveLength(2);
  });

  it('says which columns it does not import and which footer line it passes over, and imports the rest', () => {
    const { dir, csv } = setUp([`${HEADER},备注,联系电话`, `${row('长者课堂')},需预约,0763-6612345`, '合计：1项']);
    const result = run(dir, [csv]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${csv} 的 M 列“备注”、N 列“联系电话” 不是导入的列，其中的内容没有写入任何活动文件`);
    expect(result.stdout).toContain('第 3 行“合计：1项”');
    expect(written(dir)).toEqual(['tian-he-zhang-zhe-ke-tang.md']);
  });

  it('reads a mapping file Notepad saved as GBK (ANSI), and names the mapping file when its headers are not in the sheet', () => {
    const { dir, csv } = setUp([HEADER.replace('活动名称', '项目名称'), row('长者课堂')]);
    const mapping = join(dir, '..', '映射.yaml');
    // `title: [项目名称]` in GBK: 项目名称 is CF EE C4 BF C3 FB B3 C6.
    writeFileSync(mapping, Buffer.concat([Buffer.from('title: ['), Buffer.from('cfeec4bfc3fbb3c6', 'hex'), Buffer.from(']\n')]));
    const read = run(dir, [csv, '--mapping', mapping, '--dry-run']);
    expect(read.stderr).toBe('');
    expect(read.stdout).toContain('可导入 1 行');

    const { dir: other, csv: unmatched } = setUp([HEADER, row('长者课堂')]);
    const missing = run(other, [unmatched, '--mapping', mapping, '--dry-run']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('缺少“项目名称”列');
    expect(missing.stderr).toContain(`title 的列名取自列名映射 ${mapping}`);
  });

  it('imports a 状态 column, and names an imported event the list sent again now says is cancelled', () => {
    const { dir, csv } = setUp([`${HEADER},状态`, `${row('长者课堂')},正常`]);
    expect(run(dir, [csv]).status).toBe(0);
    writeFileSync(csv, [`${HEADER},状态`, `${row('长者课堂')},已取消`, `${row('职工夜校')},延期`].join('\r\n'));
    const again = run(dir, [csv]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('有 1 行表中的状态与已有文件不同');
    expect(again.stdout).toContain(
      '第 2 行已取消 → 在 ' + join(dir, 'events/2024/tian-he-zhang-zhe-ke-tang.md') + ' 加一行 status: cancelled',
    );
    expect(readFileSync(join(dir, 'events/2024/tian-he-zhi-gong-ye-xiao.md'), 'utf8')).toMatch(/^status: postponed$/m);
    expect(readFileSync(join(dir, 'events/2024/tian-he-zhang-zhe-ke-tang.md'), 'utf8')).not.toContain('status:');
  });

  it('refuses a workbook that inflates past 10 MB, naming it, instead of running out of memory', async () => {
    const { dir } = setUp([HEADER]);
    const bomb = join(dir, '..', '活动表.xlsx');
    writeFileSync(bomb, await inflatingWorkbook(11));
    const refused = run(dir, [bomb, '--dry-run']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(bomb);
    expect(refused.stderr).toContain('（整个文件）（XLSX_TOO_LARGE）：工作簿解压后超过 10 MB');
    expect(written(dir)).toEqual([]);
  });

  it('writes the template and the default mapping, never over a file without --force', () => {
    const { dir } = setUp([HEADER]);
    const template = join(dir, '..', '模板.xlsx');
    expect(run(dir, ['--template', template]).status).toBe(0);
    expect(existsSync(template)).toBe(true);
    const again = run(dir, ['--template', template]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('已存在，未覆盖');
    const mapping = join(dir, '..', '映射.yaml');
    expect(run(dir, ['--write-mapping', mapping]).status).toBe(0);
    expect(run(dir, [template.replace('模板', '没有这个文件')]).stderr).toContain('文件不存在');
    // Without the settings the regions cannot be read: the file is named, no stack trace.
    rmSync(join(dir, 'data/site.json'));
    const list = join(dir, '..', '一行.csv');
    writeFileSync(list, `${HEADER}\r\n${row('长者课堂')}\r\n`);
    const unset = run(dir, [list]);
    expect(unset.status).toBe(1);
    expect(unset.stderr).toContain(`✗ 站点设置有误：\n  ✗ ${join(dir, 'data/site.json')} › （整个文件）：文件不存在`);
  });

  it('reads a 内蒙古 旗县 office’s list: its own header, its abbreviations named in the summary with what they were read as', () => {
    const dir = contentForProvince('150000', { schematicBoundary: true });
    mkdirSync(join(dir, 'events'));
    const data = readRegionData('150000');
    const league = data.cities.find((c) => c.name.endsWith('盟') && c.name.startsWith('锡'))!;
    const csv = join(dir, '..', '活动表.csv');
    writeFileSync(csv, [HEADER.replace('地区', '旗县（市、区）'), row('长者课堂', '锡盟'), row('职工夜校', league.name)].join('\r\n'));
    const result = run(dir, [csv, '--dry-run']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('可导入 2 行');
    expect(result.stdout).toContain(
      `地区是简称，按简称读出 1 行，请核对：\n      第 2 行：锡盟 读作 ${league.name}（${league.code}）`,
    );
  });
});
