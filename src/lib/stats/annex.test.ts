/**
 * The annex grid against the Ministry's annex as the notice prints it
 * (tests/fixtures/moe-annex-2023.txt, copied from the notice), and its
 * figures against a hand-computed example.
 */
import { describe, expect, it } from 'vitest';
import { aggregateMoeTable } from './aggregate.ts';
import { annexLayout, annexRows } from './annex.ts';
import type { AnnexCell } from './annex.ts';
import { sampleStats } from './fixtures.ts';
import { noticeAuthorityLine, noticeHeadings, noticeMark, noticeTitleLine, squeeze } from './test-support.ts';

const layout = annexLayout(aggregateMoeTable(sampleStats()));
const isHeading = (c: AnnexCell) => c.role === 'rowHeader' || c.role === 'columnHeader';

describe('the annex, cell by cell as the notice prints it', () => {
  it('has the notice’s 附件 line above the title', () => {
    expect(layout.mark).toBe(noticeMark);
  });

  it('has the notice’s title for the year', () => {
    expect(squeeze(layout.title)).toBe(squeeze(noticeTitleLine));
  });

  it('has the 教育行政部门（盖章） line', () => {
    expect(noticeAuthorityLine.startsWith(layout.authority.label)).toBe(true);
  });

  it('has every heading of the notice’s table, in the notice’s reading order', () => {
    const fromLayout = annexRows(layout).flatMap((row) => row.filter(isHeading).map((c) => squeeze(c.text)));
    expect(fromLayout).toEqual(noticeHeadings);
  });

  it('puts the activity kinds in columns: four under 全民阅读, then 全民终身学习活动周 over two rows', () => {
    const at = (text: string) => layout.cells.find((c) => c.text === text)!;
    expect(at('全民阅读')).toMatchObject({ row: 3, col: 2, rowSpan: 1, colSpan: 4 });
    expect(at('全民终身学习活动周')).toMatchObject({ row: 3, col: 6, rowSpan: 2, colSpan: 1 });
    expect(
      ['主题阅读活动', '“社长（总编）荐书”活动', '线上社会大讲堂', '数字阅读分享活动'].map((t) => [at(t).row, at(t).col]),
    ).toEqual([
      [4, 2],
      [4, 3],
      [4, 4],
      [4, 5],
    ]);
    expect(at('活动')).toMatchObject({ row: 3, col: 0, rowSpan: 2, colSpan: 2 });
  });

  it('merges the level labels over their three rows (城市数, 活动数, 参加人次)', () => {
    const at = (text: string) => layout.cells.find((c) => c.text === text)!;
    expect(at('地市级及以上城市开展情况')).toMatchObject({ row: 6, col: 0, rowSpan: 3, colSpan: 1 });
    expect(at('县级城市开展情况')).toMatchObject({ row: 9, col: 0, rowSpan: 3, colSpan: 1 });
    expect(at('省级层面是否开展')).toMatchObject({ row: 5, col: 0, rowSpan: 1, colSpan: 2 });
    const measures = layout.cells.filter((c) => c.col === 1 && c.row >= 6).map((c) => c.text);
    expect(measures).toEqual(['城市数', '活动数', '参加人次', '城市数', '活动数', '参加人次']);
  });

  it('covers its 12 × 7 grid exactly once: no hole, no overlap', () => {
    const covered = Array.from({ length: layout.rows }, () => Array<number>(layout.columns).fill(0));
    for (const c of layout.cells) {
      for (let r = c.row; r < c.row + c.rowSpan; r++) for (let k = c.col; k < c.col + c.colSpan; k++) covered[r]![k]!++;
    }
    expect(covered.flat().every((n) => n === 1)).toBe(true);
    expect([layout.rows, layout.columns]).toEqual([12, 7]);
  });
});

describe('the figures', () => {
  /** By hand from src/lib/stats/fixtures.ts: 广州市 and 深圳市; 荔湾区, 越秀区, 罗湖区. Columns in the annex's order. */
  const HAND = {
    province: ['是', '是', '否', '是', '是'],
    cities: { regions: [2, 1, 2, 2, 2], activities: [200, 8, 40, 20, 65], participants: [55000, 2000, 160000, 9500, 80000] },
    counties: { regions: [2, 1, 2, 1, 2], activities: [21, 1, 5, 2, 10], participants: [5500, 300, 5900, 400, 5200] },
  };
  const row = (r: number) => layout.cells.filter((c) => c.row === r && c.col >= 2).sort((a, b) => a.col - b.col);

  it('says per kind whether the province ran it', () => {
    expect(row(5).map((c) => c.text)).toEqual(HAND.province);
  });

  it('has the cities’ and counties’ counts, activities and participants', () => {
    expect([6, 7, 8].map((r) => row(r).map((c) => c.value))).toEqual([
      HAND.cities.regions,
      HAND.cities.activities,
      HAND.cities.participants,
    ]);
    expect([9, 10, 11].map((r) => row(r).map((c) => c.value))).toEqual([
      HAND.counties.regions,
      HAND.counties.activities,
      HAND.counties.participants,
    ]);
  });

  it('counts all 21 cities and 122 county-level divisions of the province', () => {
    expect(
      row(2)
        .filter((c) => c.role === 'figure')
        .map((c) => c.value),
    ).toEqual([21, 122]);
  });

  it('names each figure’s headings, for screen readers', () => {
    const cell = layout.cells.find((c) => c.row === 7 && c.col === 3)!;
    expect(cell.headers).toEqual(['reading', 'kind-publisher_picks', 'cities', 'cities-activities']);
    const ids = new Set(layout.cells.flatMap((c) => (c.id ? [c.id] : [])));
    expect(layout.cells.flatMap((c) => c.headers ?? []).every((h) => ids.has(h))).toBe(true);
  });
});

describe('the header block', () => {
  it('leaves every entry blank to fill in by hand when the settings have none', () => {
    expect(layout.cells.filter((c) => c.role === 'entry').map((c) => c.text)).toEqual(['', '', '', '']);
    expect(layout.authority.value).toBe('');
  });

  it('fills in what the settings give, in the right places', () => {
    const filled = annexLayout(aggregateMoeTable(sampleStats()), {
      authority: '海南省教育厅',
      contact: '张三',
      department: '职业教育与终身教育处',
      officePhone: '020-12345678',
    });
    const entry = (row: number, col: number) => filled.cells.find((c) => c.row === row && c.col === col)!.text;
    expect([entry(0, 2), entry(0, 5), entry(1, 2), entry(1, 5)]).toEqual(['张三', '职业教育与终身教育处', '020-12345678', '']);
    expect(filled.authority.value).toBe('海南省教育厅');
  });
});
