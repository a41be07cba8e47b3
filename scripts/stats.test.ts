/**
 * The `stats` command as an official runs it: spawned with Node 24, checked
 * by exit code, by what it prints and by the files it writes (or refuses to).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { stats as words } from '../src/i18n/zh-CN/stats.ts';
import { statsFormsText } from '../src/i18n/zh-CN/stats-forms.ts';
import { sampleStats } from '../src/lib/stats/fixtures.ts';
import { importRegionLabel } from '../src/lib/stats/form-import.ts';
import { compareSubmitted } from '../src/lib/stats/report-dates.ts';
import { province, regionByCode } from '../src/lib/regions/index.ts';
import { readRegionData } from '../src/lib/regions/data-files.ts';
import { provinceKind } from '../src/lib/regions/province-kind.ts';
import { contentForProvince } from '../src/lib/regions/test-support.ts';
import { FIXTURE_CONTENT } from '../tests/support/fixture.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SCRIPT = join(ROOT, 'scripts', 'stats.ts');

/** Runs the command; a last argument that is an object sets environment variables. */
function stats(...args: (string | Record<string, string>)[]) {
  const env = typeof args.at(-1) === 'object' ? (args.pop() as Record<string, string>) : {};
  const run = spawnSync(process.execPath, [SCRIPT, ...(args as string[])], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** As npm starts `npm run stats` typed in `typedIn`: in the project folder, naming the terminal's folder in INIT_CWD. */
function statsTypedIn(typedIn: string, ...args: string[]) {
  return stats(...args, { INIT_CWD: typedIn, npm_lifecycle_script: 'node scripts/stats.ts' });
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

/** The sample's settings: the province whose codes the sample reports use (a settings file for the command must name it), and the annex's header block. */
const SAMPLE_SETTINGS = JSON.parse(readFileSync(join(ROOT, 'content/data/site.json'), 'utf8'));
const SAMPLE_PROVINCE = SAMPLE_SETTINGS.province;
const SAMPLE_ANNEX: Record<string, string> = SAMPLE_SETTINGS.annex ?? {};

describe('stats --help', () => {
  it('explains the commands and exits 0', () => {
    const run = stats('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('npm run stats -- table FILE|年度 [--csv OUT.csv] [--json OUT.json] [--xlsx OUT.xlsx] [--force]');
    expect(run.stdout).toContain('npm run stats -- import EXPORT.xlsx|EXPORT.csv');
    expect(run.stdout).toContain('npm run stats -- template --year YYYY --out FILE.xlsx');
    expect(run.stdout).toContain('退出码：0 成功；1 统计文件、表格或映射文件有问题（全部列出）；2 用法错误');
  });

  it('names the configured province’s divisions, and neutral words when the settings cannot be read', () => {
    const ownWords = { '440000': '每个地市、县（市、区）一行', '150000': '每个盟市、旗县（市、区）一行', '500000': '每个区县一行' };
    for (const [code, words] of Object.entries(ownWords)) {
      const run = stats('--help', { CONTENT_DIR: contentForProvince(code) });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`template   生成供邮件收集用的 Excel 填报表：${words}`);
    }
    const nowhere = stats('--help', { CONTENT_DIR: join(dir, 'no-such-folder') });
    expect(nowhere.code).toBe(0);
    expect(nowhere.stdout).toContain('template   生成供邮件收集用的 Excel 填报表：每个地区一行');
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

  it('says to quote a file name with a space typed without quotes, rather than read its words as files', () => {
    const spaced = join(dir, '统计 2023.json');
    copyFileSync(valid, spaced);
    for (const command of ['check', 'table', 'import']) {
      const run = stats(command, ...spaced.split(' '), ...(command === 'import' ? ['--year', '2023'] : []));
      expect(run.code, command).toBe(2);
      expect(run.stderr, command).toContain(`文件名里有空格时请整个加上引号，如 "${spaced}"`);
    }
    expect(stats('check', spaced).code).toBe(0);
  });

  it('reads a file named as the terminal’s folder names it (npm runs the command in the project folder), and writes the table there', () => {
    const run = statsTypedIn(dir, 'check', '2023.json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`✓ ${valid} 校验通过`);
    const table = statsTypedIn(dir, 'table', '2023.json', '--csv', '统计表.csv');
    expect(table.code).toBe(0);
    expect(existsSync(join(dir, '统计表.csv'))).toBe(true);
    // Started by another script (as here, by the tests), the command reads from its own folder.
    const bare = stats('check', '2023.json', { INIT_CWD: dir });
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('无法读取 2023.json');
  });

  it('exits 1 and prints every problem, not only the first, its field named in words wherever the file is', () => {
    const bad = withProblems();
    const run = stats('check', bad);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')).toEqual([
      `✗ ${bad} 有 2 处问题：`,
      `  ✗ ${bad} › 第 1 条报告（449999） › 字段“地区代码”（reports[0].region）：未知的地区代码 449999：不在${province().name}地市、县（市、区）代码表中（GB/T 2260）`,
      `  ✗ ${bad} › 第 2 条报告（深圳市 440300） › 字段“主题阅读活动数”（reports[1].activities.themed_reading.count）：数字不要加引号：应写 80，而不是 "80"`,
      '',
    ]);
  });

  it('exits 1 for a file that is not JSON, saying where', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"year": 2023,,}');
    const run = stats('check', broken);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`（整个文件）：不是有效的 JSON：第 1 行第 15 列（位置 14）附近有语法错误`);
  });

  it('takes a year for the content’s file of that year, as officials name it, and says when there is none', () => {
    const byYear = stats('check', '2023', { CONTENT_DIR: FIXTURE_CONTENT });
    expect(byYear.stderr).toBe('');
    expect(byYear.code).toBe(0);
    expect(byYear.stdout).toContain(`✓ ${join(FIXTURE_CONTENT, 'data/stats/2023.json')} 校验通过`);
    const table = stats('table', '2023', { CONTENT_DIR: FIXTURE_CONTENT });
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toBe(words.moe.title(2023, province().name));
    const none = stats('check', '2031', { CONTENT_DIR: FIXTURE_CONTENT });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(`没有 2031 年的统计文件 ${join(FIXTURE_CONTENT, 'data/stats/2031.json')}`);
  });

  it('checks a whole year’s file (the test fixture’s) and prints its note', () => {
    const run = stats('check', join(FIXTURE_CONTENT, 'data/stats/2023.json'));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('说明：测试数据：数字为虚构');
  });
});

describe('bad usage exits 2 with a Chinese message naming the flag', () => {
  it.each([
    [[], '错误：缺少命令：check、table、import、template、mapping 之一'],
    [['tabel', 'x.json'], '错误：未知的命令“tabel”（是否应为 table？）：应为 check、table、import、template、mapping 之一'],
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
    expect(run.stderr).toContain('（npm run stats -- --help 查看用法）');
  });
});

describe('stats table', () => {
  it('prints the table in the annex’s words in the terminal', () => {
    const run = stats('table', valid);
    expect(run.code).toBe(0);
    const { kinds, yes } = statsFormsText.annex;
    expect(run.stdout.split('\n')[0]).toBe(words.moe.title(2023, province().name));
    const row = run.stdout.split('\n').find((l) => l.startsWith(kinds.publisher_picks))!;
    expect(row.slice(kinds.publisher_picks.length).trim().split(/\s+/)).toEqual([yes, '1', '8', '2,000', '1', '1', '300']);
  });

  it('writes the CSV in the annex’s layout with a byte-order mark, and the JSON in the documented shape', () => {
    const csv = join(dir, 'table.csv');
    const json = join(dir, 'table.json');
    const run = stats('table', valid, '--csv', csv, '--json', json);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`已写入 ${csv}`);
    expect(run.stdout).toContain(`已写入 ${json}`);
    const bytes = readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { mark, title, authority, kinds } = statsFormsText.annex;
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    // The authority from the settings the command reads (content/data/site.json), as the workbook has it.
    expect(lines.slice(0, 3)).toEqual([`${mark},,,,,,`, `${title(2023)},,,,,,`, `${authority}${SAMPLE_ANNEX.authority},,,,,,`]);
    // The kinds as columns, 主题阅读活动 first; the cities' activities under them (by hand from the sample, see annex.test.ts).
    expect(lines[7]!.split(',')[2]).toBe(kinds.themed_reading);
    expect(lines).toContain(',活动数,200,8,40,20,65');
    // Under the annex, as on the site: how current the figures are, the sample's latest 提交时间 (all days).
    const [y, m, d] = sampleStats()
      .reports.map((r) => r.submittedAt)
      .sort()
      .at(-1)!
      .split('-')
      .map(Number);
    expect(lines.filter((l) => l !== '').at(-1)).toMatch(new RegExp(`^数据截至 ${y}年${m}月${d}日（北京时间`));
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
    expect(readFileSync(csv, 'utf8').startsWith(`\uFEFF${statsFormsText.annex.mark},`)).toBe(true);
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

describe('stats table --xlsx', () => {
  it('writes the annex workbook, and the CSV beside it, with the header block from the settings, and never overwrites', async () => {
    const content = join(dir, 'content');
    mkdirSync(join(content, 'data'), { recursive: true });
    writeFileSync(
      join(content, 'data', 'site.json'),
      JSON.stringify({ province: SAMPLE_PROVINCE, annex: { contact: '张三', officePhone: '020-12345678' } }),
    );
    const xlsx = join(dir, '统计表.xlsx');
    const csv = join(dir, '统计表.csv');
    const run = stats('table', valid, '--xlsx', xlsx, '--csv', csv, { CONTENT_DIR: content });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`已写入 ${xlsx}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const sheet = workbook.worksheets[0]!;
    expect([sheet.getCell('A1').value, sheet.getCell('A2').value]).toEqual(['附件', '2023年全民终身学习活动开展情况统计表']);
    expect([sheet.getCell('C4').value, sheet.getCell('C5').value, sheet.getCell('F5').value]).toEqual(['张三', '020-12345678', null]);
    expect(sheet.getCell('C10').value).toBe(2);
    // The CSV has the same header block in the same cells (row 4 is the sheet's 联系人 row, row 5 its 办公电话 row).
    const lines = readFileSync(csv, 'utf8').slice(1).split('\r\n');
    expect([lines[3], lines[4]]).toEqual(['联系人,,张三,,所在部门,,', '办公电话,,020-12345678,,手机号码,,']);

    const again = stats('table', valid, '--xlsx', xlsx);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('已存在，未覆盖');
  });

  it('exits 1 naming the settings field when the annex block is wrong', () => {
    const content = join(dir, 'content');
    mkdirSync(join(content, 'data'), { recursive: true });
    writeFileSync(join(content, 'data', 'site.json'), JSON.stringify({ province: SAMPLE_PROVINCE, annex: { phone: '020' } }));
    const xlsx = join(dir, 'x.xlsx');
    const run = stats('table', valid, '--xlsx', xlsx, { CONTENT_DIR: content });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('› 字段 annex.phone：未知字段 "phone"');
    expect(existsSync(xlsx)).toBe(false);
  });
});

const EXPORT = join(ROOT, 'tests', 'fixtures', 'stats-import', 'form-export-2024.csv');

describe('stats import', () => {
  function fixedExport(): string {
    const path = join(dir, '导出.csv');
    writeFileSync(path, readFileSync(EXPORT, 'utf8').replace('广州市黄浦区', '广州市黄埔区'));
    return path;
  }

  it('exits 1 naming the row, the column and the candidates of the unknown name, and writes nothing', () => {
    const out = join(dir, '2024.json');
    const run = stats('import', EXPORT, '--year', '2024', '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `${EXPORT} › 第 11 行 › 字段 C 列“地区”（region）：“广州市黄浦区”不是广东省的地市或县（市、区）：是否应为 广州市黄埔区 440112`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('writes a file that passes stats check, prints the summary, and refuses to overwrite it', () => {
    const out = join(dir, '2024.json');
    const run = stats('import', fixedExport(), '--year', '2024', '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✓ 已读取 1 个文件，12 行提交');
    expect(run.stdout).toContain('逾期报送（截止 2024-11-25，1 个）：罗湖区（2024-11-26）');
    expect(run.stdout).toContain('搁置 2 行');
    expect(run.stdout).not.toContain('--year');
    expect(run.stdout).toContain(`已写入 ${out}`);
    expect(stats('check', out).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).reports).toHaveLength(10);

    const again = stats('import', fixedExport(), '--year', '2024', '--out', out);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`错误：统计文件 ${out} 已存在，未改动：要用表中的数据更新它，请加 --force`);
  });

  it('a county’s report filed under its city’s name: both rows’ totals, and warnings naming the rows; the latest row still kept', () => {
    const csv = join(dir, 'x.csv');
    writeFileSync(
      csv,
      [
        '提交时间,地区,主题阅读活动数,主题阅读参加人次,社长荐书活动数,社长荐书参加人次,线上社会大讲堂活动数,线上社会大讲堂参加人次,数字阅读分享活动数,数字阅读分享参加人次,活动周活动数,活动周参加人次',
        '2024-11-19 09:30,广州市,120,35000,9,2100,32,61000,16,8100,31,41000',
        '2024-11-22 10:30,广州市,14,3200,0,0,6,2600,3,700,6,1000',
        '2024-11-22 10:31,天河区,14,3200,0,0,6,2600,3,700,6,1000',
      ].join('\n'),
    );
    const out = join(dir, 'x6.json');
    const run = stats('import', csv, '--year', '2024', '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '广州市 440100：第 2 行（2024-11-19 09:30，活动数 208、参加人次 147200） → 采用 第 3 行（2024-11-22 10:30，活动数 29、参加人次 7500）',
    );
    expect(run.stdout).toContain('有 2 处提醒');
    expect(run.stdout).toContain(
      `⚠ ${csv} › 第 3 行（广州市 440100） › 字段 B 列“地区”（region）：这一行地市的数字与第 4 行（广州市天河区 440106）的十个数字完全相同`,
    );
    expect(run.stdout).toContain('不早于此前提交、已被搁置的第 2 行（提交时间 2024-11-19 09:30，活动数 208、参加人次 147200）');
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written.reports.find((r: { region: string }) => r.region === '440100').activities.themed_reading).toEqual({
      count: 14,
      participants: 3200,
    });
  });

  it('imported with the wrong --year, it still writes but warns, naming the file, rows, column and the year found', () => {
    // Not 2023.json: each test's folder already has a valid one.
    const out = join(dir, 'imported-2023.json');
    const run = stats('import', fixedExport(), '--year', '2023', '--out', out);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    // 12 rows, 2 of them set aside for a later one: 10 submissions count, all from November 2024.
    expect(run.stdout).toMatch(/\n {2}有 \d+ 处提醒（⚠/);
    expect(run.stdout).toContain(
      `    ⚠ ${join(dir, '导出.csv')} › 第 2、4、5 行等 10 行 › 字段 B 列“提交时间”（submittedAt）：这 10 行的提交时间在 2024 年（如“2024-11-20 14:03”），而本次按 2023 年导入（--year 2023）`,
    );
    expect(JSON.parse(readFileSync(out, 'utf8')).year).toBe(2023);
    // The warnings come before the line that says what was written.
    expect(run.stdout.indexOf('处提醒')).toBeLessThan(run.stdout.indexOf(`已写入 ${out}`));
  });

  it('with --force updates the file: keeps its note and province row', () => {
    const out = join(dir, '2024.json');
    expect(stats('import', fixedExport(), '--year', '2024', '--out', out, '--province', 'all').code).toBe(0);
    const edited = JSON.parse(readFileSync(out, 'utf8'));
    edited.note = '截至 11 月 26 日的数据';
    writeFileSync(out, JSON.stringify(edited));
    const run = stats('import', fixedExport(), '--year', '2024', '--out', out, '--force');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `省级层面开展：主题阅读活动、“社长（总编）荐书”活动、线上社会大讲堂、数字阅读分享活动、全民终身学习活动周（沿用 ${out}）`,
    );
    expect(run.stdout).toContain('更新的报告数字与原文件相同');
    expect(JSON.parse(readFileSync(out, 'utf8')).note).toBe('截至 11 月 26 日的数据');
  });

  it('with --force into the sample year keeps every report the export lacks, and names the regions updated, added and kept', () => {
    const out = join(dir, 'sample', '2023.json');
    mkdirSync(join(dir, 'sample'));
    const sample = JSON.parse(readFileSync(join(ROOT, 'content', 'data', 'stats', '2023.json'), 'utf8'));
    writeFileSync(out, JSON.stringify(sample));
    // The 2024 export, as if sent in 2023: ten regions, some the sample has, some it has not.
    const export2023 = join(dir, '导出2023.csv');
    writeFileSync(export2023, readFileSync(fixedExport(), 'utf8').replaceAll('2024', '2023'));
    const fresh = join(dir, 'fresh-2023.json');
    expect(stats('import', export2023, '--year', '2023', '--out', fresh).code).toBe(0);
    const exported = new Map<string, string>(
      JSON.parse(readFileSync(fresh, 'utf8')).reports.map((r: { region: string; submittedAt: string }) => [r.region, r.submittedAt]),
    );
    const fromExport = new Set(exported.keys());
    const kept = sample.reports.filter((r: { region: string }) => !fromExport.has(r.region));
    // A report the sample has from after the export's row stays: the latest 提交时间 wins.
    const newer = sample.reports.filter(
      (r: { region: string; submittedAt: string }) =>
        fromExport.has(r.region) && compareSubmitted(r.submittedAt, exported.get(r.region)!)! > 0,
    );
    expect(newer.length).toBeGreaterThan(0);
    const updated = sample.reports.length - kept.length - newer.length;

    const run = stats('import', export2023, '--year', '2023', '--out', out, '--force');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written.reports).toHaveLength(kept.length + fromExport.size);
    for (const report of [...kept, ...newer]) expect(written.reports).toContainEqual(report);
    expect(written.note).toBe(sample.note);
    expect(run.stdout).toContain(`更新已有的 ${out}`);
    expect(run.stdout).toContain(`按表更新 ${updated} 个地区：`);
    expect(run.stdout).toContain(`新增 ${fromExport.size - updated - newer.length} 个地区：`);
    for (const report of newer)
      expect(run.stdout).toContain(
        `${importRegionLabel(regionByCode(report.region)!)}：原文件 ${report.submittedAt}，表中 ${exported.get(report.region)}`,
      );
    expect(run.stdout).toContain(`保留原文件中 ${kept.length} 个表中没有的地区`);
    // Every one named (a line per city when they are many), none hidden behind 等.
    const keptPart = run.stdout.slice(run.stdout.indexOf('保留原文件中'), run.stdout.indexOf('其中'));
    for (const report of kept) expect(keptPart).toContain(regionByCode(report.region)!.name);
    expect(keptPart).not.toMatch(/ 等$/m);
    expect(run.stdout).toMatch(/其中 \d+ 个地区的报告与原文件不同（活动数\/参加人次，原 → 新），请核对：/);
    expect(stats('check', out).code).toBe(0);
  });

  it('refuses to update a file that has problems, and leaves it as it was', () => {
    const out = join(dir, '2024.json');
    const broken = JSON.stringify({ ...sampleStats(), year: 2024, reports: [{ region: '449999' }] });
    writeFileSync(out, broken);
    const run = stats('import', fixedExport(), '--year', '2024', '--out', out, '--force');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`未知的地区代码 449999`);
    expect(run.stderr).toContain(`要更新的 ${out} 本身有问题，未导入：请先改正（npm run stats -- check ${out}）`);
    expect(readFileSync(out, 'utf8')).toBe(broken);
  });

  it('refuses to update another year’s file', () => {
    const run = stats('import', fixedExport(), '--year', '2024', '--out', valid, '--force');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--out ${valid}：这是 2023 年的统计文件，而本次按 2024 年导入（--year 2024）`);
    expect(JSON.parse(readFileSync(valid, 'utf8'))).toEqual(sampleStats());
  });

  it('without --out writes into CONTENT_DIR’s statistics folder, and reads the file there, never the project’s content/', () => {
    const content = join(dir, 'content');
    mkdirSync(join(content, 'data', 'stats'), { recursive: true });
    writeFileSync(join(content, 'data', 'site.json'), JSON.stringify({ province: SAMPLE_PROVINCE }));
    const written = join(content, 'data', 'stats', '2024.json');
    const projectFile = join(ROOT, 'content', 'data', 'stats', '2024.json');
    const projectHadIt = existsSync(projectFile);
    try {
      const run = stats('import', fixedExport(), '--year', '2024', { CONTENT_DIR: content });
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain(`已写入 ${written}`);
      expect(JSON.parse(readFileSync(written, 'utf8')).reports).toHaveLength(10);

      // The file there is the one updated: its deadline and note, not the project's or the default.
      const edited = { ...JSON.parse(readFileSync(written, 'utf8')), deadline: '2024-11-30', note: '截至 11 月 30 日' };
      writeFileSync(written, JSON.stringify(edited));
      const again = stats('import', fixedExport(), '--year', '2024', '--force', { CONTENT_DIR: content });
      expect(again.code).toBe(0);
      expect(again.stdout).toContain('没有逾期报送（截止 2024-11-30）');
      expect(JSON.parse(readFileSync(written, 'utf8')).note).toBe('截至 11 月 30 日');
      expect(existsSync(projectFile)).toBe(projectHadIt);
    } finally {
      // Should the command write into the project after all, take the stray file away again.
      if (!projectHadIt) rmSync(projectFile, { force: true });
    }
  });

  it('without --out creates the statistics folder a site started without one (README: remove data/stats/)', () => {
    const content = join(dir, 'fresh-content');
    mkdirSync(join(content, 'data'), { recursive: true });
    writeFileSync(join(content, 'data', 'site.json'), JSON.stringify({ province: SAMPLE_PROVINCE }));
    const run = stats('import', fixedExport(), '--year', '2024', { CONTENT_DIR: content });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(join(content, 'data', 'stats', '2024.json'), 'utf8')).reports).toHaveLength(10);
  });

  it('takes --deadline as dates are typed elsewhere (2024/11/22), and writes it as the file requires', () => {
    const out = join(dir, '2024.json');
    const run = stats('import', fixedExport(), '--year', '2024', '--out', out, '--deadline', '2024/11/22');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('逾期报送（截止 2024-11-22，');
    expect(JSON.parse(readFileSync(out, 'utf8')).deadline).toBe('2024-11-22');
    expect(stats('check', out).code).toBe(0);
  });

  it('takes --opening-deadline for the ceremonies when the notice sets them apart, and keeps it when the file is updated', () => {
    const out = join(dir, '2024.json');
    const run = stats('import', fixedExport(), '--year', '2024', '--out', out, '--opening-deadline', '2024年11月20日');
    expect(run.stderr).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ deadline: '2024-11-25', openingDeadline: '2024-11-20' });
    const check = stats('check', out);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('报送截止 2024-11-25，开幕式截止 2024-11-20（北京时间）');
    expect(stats('import', fixedExport(), '--year', '2024', '--out', out, '--force').code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).openingDeadline).toBe('2024-11-20');
  });

  it('a CSV with an unclosed quote exits 1 in Chinese, at its row and column, with the parser’s code as the key', () => {
    // The last row's 地区 (row 13) opens a quote that nothing closes.
    const lines = readFileSync(fixedExport(), 'utf8').split('\n');
    expect(lines[12]).toContain(',汕尾市 城区,');
    lines[12] = lines[12]!.replace(',汕尾市 城区,', ',"汕尾市 城区,');
    const broken = join(dir, '断引号.csv');
    writeFileSync(broken, lines.join('\n'));
    const out = join(dir, '2024.json');
    const run = stats('import', broken, '--year', '2024', '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${broken} › 第 13 行 › 字段 C 列（CSV_QUOTE_NOT_CLOSED）：CSV 格式有误：引号没有成对`);
    expect(run.stderr).not.toMatch(/Quote Not Closed|at line/);
    expect(existsSync(out)).toBe(false);
  });

  it('reads a mapping file for a form with other headers', () => {
    const renamed = join(dir, '导出2.csv');
    writeFileSync(renamed, readFileSync(fixedExport(), 'utf8').replace('提交时间', '答题时间'));
    const mapping = join(dir, '映射.yaml');
    writeFileSync(mapping, 'submittedAt: [答题时间]\n');
    const out = join(dir, '2024.json');
    expect(stats('import', renamed, '--year', '2024', '--out', out).code).toBe(1);
    const run = stats('import', renamed, '--year', '2024', '--out', out, '--mapping', mapping);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);

    // The same file as Windows Notepad saves it on a Chinese PC (ANSI, GBK): 答题时间 is B4 F0 CC E2 CA B1 BC E4.
    const notepad = join(dir, '映射-记事本.yaml');
    writeFileSync(notepad, Buffer.concat([Buffer.from('submittedAt: ['), Buffer.from('b4f0cce2cab1bce4', 'hex'), Buffer.from(']\n')]));
    const ansi = stats('import', renamed, '--year', '2024', '--out', join(dir, 'ansi.json'), '--mapping', notepad);
    expect(ansi.stderr).toBe('');
    expect(ansi.code).toBe(0);
  });

  it.each([
    [['import', '--year', '2024'], '错误：缺少要导入的表格，例如 npm run stats -- import 导出.xlsx --year 2024'],
    [['import', 'a.csv'], '错误：import 需要 --year，例如 --year 2024'],
    [['import', 'a.csv', '--year', '24'], '错误：--year 24：应为四位数的年度，例如 2024'],
    [['import', 'a.csv', '--year', '2024', '--year', '2025'], '错误：选项 --year 写了 2 次（2024、2025）：只能写一次，请删去多余的'],
    [
      ['import', 'a.csv', '--year', '2024', '--deadline', '11-25'],
      '错误：--deadline 11-25：不是可识别的日期：年、月、日都要写，例如 2024-11-25 或 2024/11/25',
    ],
    [
      ['import', 'a.csv', '--year', '2024', '--opening-deadline', '2024/11/31'],
      '错误：--opening-deadline 2024/11/31：没有这一天，请核对月和日',
    ],
    [['import', 'missing.csv', '--year', '2024', '--out', '/tmp/never-written.json'], '错误：无法读取 missing.csv：文件不存在'],
    [['import', 'a.csv', '--year', '2024', '--csv', 'x.csv'], '错误：import 命令不接受 --csv'],
    [['template', '--year', '2024', '--out', 'x.csv'], '错误：--out x.csv：填报表应保存为 .xlsx 文件'],
    [['template', '--year', '2024'], '错误：template 需要 --out，例如 --out 填报表.xlsx'],
  ])('%j exits 2', (args, message) => {
    const run = stats(...args);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(message);
  });

  it('a --province that is not a kind exits 2 saying what it takes', () => {
    const run = stats('import', fixedExport(), '--year', '2024', '--out', join(dir, 'p.json'), '--province', '读书');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--province 的“读书”不是活动类别');
  });
});

describe('stats template and mapping', () => {
  it('template → fill → import round-trips through the command line', async () => {
    const template = join(dir, '填报表.xlsx');
    const run = stats('template', '--year', '2024', '--out', template);
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(template);
    const sheet = workbook.getWorksheet('填报表')!;
    const row = sheet.getRow(3); // 荔湾区, after 广州市
    expect(row.getCell(1).value).toBe('440103');
    row.getCell(4).value = '2024/11/20 14:03';
    [5, 50, 0, 0, 1, 30, 0, 0, 2, 80].forEach((v, i) => (row.getCell(6 + i).value = v));
    await workbook.xlsx.writeFile(template);

    const out = join(dir, '2024.json');
    const imported = stats('import', template, '--year', '2024', '--out', out);
    expect(imported.stderr).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).reports).toEqual([
      {
        region: '440103',
        submittedAt: '2024-11-20 14:03',
        activities: {
          themed_reading: { count: 5, participants: 50 },
          publisher_picks: { count: 0, participants: 0 },
          online_lectures: { count: 1, participants: 30 },
          digital_reading: { count: 0, participants: 0 },
          learning_week: { count: 2, participants: 80 },
        },
      },
    ]);
    expect(stats('template', '--year', '2024', '--out', template).code).toBe(2);
  });

  it('a template made with --deadline says to import it with that deadline, and imported without it, judges by it', async () => {
    const template = join(dir, 't20.xlsx');
    const run = stats('template', '--year', '2026', '--deadline', '2026/11/20', '--out', template);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`npm run stats -- import ${template} --year 2026 --deadline 2026-11-20 导入`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(template);
    const row = workbook.getWorksheet('填报表')!.getRow(3); // 荔湾区: sent on the 21st, after the 20th
    row.getCell(4).value = '2026/11/21 09:00';
    for (let c = 6; c <= 15; c++) row.getCell(c).value = 1;
    await workbook.xlsx.writeFile(template);
    const out = join(dir, 't20.json');
    const imported = stats('import', template, '--year', '2026', '--out', out);
    expect(imported.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).deadline).toBe('2026-11-20');
    expect(imported.stdout).toContain('逾期报送（截止 2026-11-20，1 个）：荔湾区（2026-11-21）');
  });

  it('mapping prints the defaults, or writes them once', () => {
    const run = stats('mapping');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('region: [地区, 填报单位, 县（市、区）, 县区]');
    expect(run.stdout).toContain('city: [地市, 城市]');
    const file = join(dir, 'mapping.yaml');
    expect(stats('mapping', '--out', file).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(run.stdout);
    expect(stats('mapping', '--out', file).code).toBe(2);
  });
});

describe('stats template and import for a municipality (重庆 500000): its words, not a 省’s with cities', () => {
  const code = '500000';
  const data = readRegionData(code);
  const { level } = provinceKind(data.province.name);
  const env = () => ({ CONTENT_DIR: contentForProvince(code) });
  const HEADER =
    '地区,提交时间,开幕式日期,主题阅读活动数,主题阅读参加人次,社长荐书活动数,社长荐书参加人次,线上社会大讲堂活动数,线上社会大讲堂参加人次,数字阅读分享活动数,数字阅读分享参加人次,活动周活动数,活动周参加人次';
  const district = data.counties[0]!;

  it('template: says one row per district, naming no city it does not have', () => {
    const template = join(dir, '填报表.xlsx');
    const run = stats('template', '--year', '2024', '--out', template, env());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`已写入 ${template}：每个区县一行`);
    expect(run.stdout).not.toMatch(/地市|县（市、区）/);
  });

  it('import: says what the municipality’s own level ran in its kind’s words (市级), and asks for a district for a blank region', () => {
    const csv = join(dir, 'export.csv');
    writeFileSync(
      csv,
      `${HEADER}\n${level}本级,2024-11-20 10:00,2024-11-08,3,100,0,0,0,0,0,0,1,1000\n${district.name},2024-11-20 10:00,,1,10,0,0,0,0,0,0,1,20\n`,
    );
    const run = stats('import', csv, '--year', '2024', '--out', join(dir, '2024.json'), env());
    expect(run.stderr).toBe('');
    const ran = [statsFormsText.annex.kinds.themed_reading, statsFormsText.annex.kinds.learning_week].join('、');
    expect(run.stdout).toContain(`  ${level}级层面开展：${ran}（依据第 2 行的${level}级提交）`);
    expect(run.stdout).not.toContain('省级');
    // Its own row's figures, which the 统计表 does not count (市本级), and its 开幕式日期, not written: said in the municipality's words.
    expect(run.stdout).toContain(
      `${level}本级一行的活动数和参加人次（共 4 项、1,100 人次）不计入统计表：统计表中${level}级一行只有“是否开展”各类活动`,
    );
    expect(run.stdout).toContain(`${level}级一行的开幕式日期 2024-11-08 没有写入统计文件：统计文件只记各区县的开幕式`);

    writeFileSync(csv, `${HEADER}\n,2024-11-20 10:00,,1,10,0,0,0,0,0,0,1,20\n`);
    const blank = stats('import', csv, '--year', '2024', '--out', join(dir, 'blank.json'), env());
    expect(blank.code).toBe(1);
    expect(blank.stderr).toContain('缺少地区：请填写区县的名称或代码');
    expect(blank.stderr).not.toContain('地市');
  });
});
