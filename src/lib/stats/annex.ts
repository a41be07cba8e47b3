/**
 * The Ministry's annex 《YYYY年全民终身学习活动开展情况统计表》 (教职成厅函〔2023〕18号)
 * laid out cell by cell, with its merges: the page draws this one grid, and
 * the XLSX and the CSV write it through annex-sheet.ts, so they cannot differ
 * from each other or from the annex.
 *
 *      A                    B         C … F (全民阅读)                     G
 *   0  联系人 (A:B)                   value (C:D)   所在部门 (E)  value (F:G)
 *   1  办公电话 (A:B)                 value (C:D)   手机号码 (E)  value (F:G)
 *   2  地市级及以上城市数 (A:B)       n (C:D)       县级城市数 (E) n (F:G)
 *   3  活动 (A:B, two rows)           全民阅读 (C:F)                      全民终身学习活动周 (G, two rows)
 *   4                                 主题阅读活动 | 荐书 | 大讲堂 | 数字阅读
 *   5  省级层面是否开展 (A:B)         是/否 × 5
 *   6  地市级及以上城市开展情况 (A, three rows)  城市数   figures × 5
 *   7                                 活动数
 *   8                                 参加人次
 *   9  县级城市开展情况 (A, three rows)          城市数 / 活动数 / 参加人次
 *
 * The notice gives the cells' order and merges; the spans of the header
 * block's four pairs over seven columns are our reading of it.
 */
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';
import { ACTIVITY_KINDS } from './activity-kinds.ts';
import type { ActivityKind } from './activity-kinds.ts';
import type { MoeTable } from './aggregate.ts';
import type { AnnexContact } from './annex-settings.ts';

const t = statsFormsText.annex;

export type AnnexCellRole =
  /** A heading over columns (活动, 全民阅读, a kind). */
  | 'columnHeader'
  /** A heading at the start of a row (省级层面是否开展, 城市数, 联系人 …). */
  | 'rowHeader'
  /** A header-block entry (contact, phone): text, or blank to fill in by hand. */
  | 'entry'
  /** A whole number. */
  | 'figure'
  /** 是 or 否. */
  | 'flag';

export interface AnnexCell {
  /** 0-based within the grid (the table), top-left of the cell. */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  role: AnnexCellRole;
  /** What the cell shows; '' for an entry left blank. */
  text: string;
  /** Figures only. */
  value?: number;
  /** Heading cells: a key for `headers`. */
  id?: string;
  /** Data cells: the keys of the headings that describe them, outermost first. */
  headers?: string[];
}

export interface AnnexLayout {
  year: number;
  /** `附件`: the line the notice prints above the title. */
  mark: string;
  title: string;
  /** `教育行政部门（盖章）：` and the authority's name ('' to write by hand). */
  authority: { label: string; value: string };
  columns: number;
  rows: number;
  cells: AnnexCell[];
  /**
   * Lines under the table, where the annex leaves room and a reader of the sheet sees them: the statistics
   * file's note and how current the figures are (as-of.ts statsRemarks). Not part of the grid.
   */
  remarks: string[];
}

export const ANNEX_COLUMNS = 7;
export const ANNEX_ROWS = 12;
/** First column of each kind, in the annex's order: the four 全民阅读 kinds, then 活动周. */
const KIND_COLUMN: Record<ActivityKind, number> = Object.fromEntries(ACTIVITY_KINDS.map((k, i) => [k, 2 + i])) as Record<
  ActivityKind,
  number
>;
const READING_KINDS = ACTIVITY_KINDS.filter((k) => k !== 'learning_week');

function cell(row: number, col: number, role: AnnexCellRole, text: string, extra: Partial<AnnexCell> = {}): AnnexCell {
  return { row, col, rowSpan: 1, colSpan: 1, role, text, ...extra };
}

const kindHeaders = (kind: ActivityKind) => (kind === 'learning_week' ? [`kind-${kind}`] : ['reading', `kind-${kind}`]);

export function annexLayout(table: MoeTable, contact: AnnexContact = {}, remarks: readonly string[] = []): AnnexLayout {
  const entry = (row: number, col: number, colSpan: number, text: string | undefined, header: string) =>
    cell(row, col, 'entry', text?.trim() ?? '', { colSpan, headers: [header] });
  const cells: AnnexCell[] = [
    cell(0, 0, 'rowHeader', t.contact, { colSpan: 2, id: 'contact' }),
    entry(0, 2, 2, contact.contact, 'contact'),
    cell(0, 4, 'rowHeader', t.department, { id: 'department' }),
    entry(0, 5, 2, contact.department, 'department'),
    cell(1, 0, 'rowHeader', t.officePhone, { colSpan: 2, id: 'office-phone' }),
    entry(1, 2, 2, contact.officePhone, 'office-phone'),
    cell(1, 4, 'rowHeader', t.mobile, { id: 'mobile' }),
    entry(1, 5, 2, contact.mobile, 'mobile'),
    cell(2, 0, 'rowHeader', t.cityCount, { colSpan: 2, id: 'city-count' }),
    cell(2, 2, 'figure', String(table.cityCount), { colSpan: 2, value: table.cityCount, headers: ['city-count'] }),
    cell(2, 4, 'rowHeader', t.countyCount, { id: 'county-count' }),
    cell(2, 5, 'figure', String(table.countyCount), { colSpan: 2, value: table.countyCount, headers: ['county-count'] }),

    cell(3, 0, 'columnHeader', t.activity, { rowSpan: 2, colSpan: 2, id: 'activity' }),
    cell(3, 2, 'columnHeader', t.reading, { colSpan: READING_KINDS.length, id: 'reading' }),
    cell(3, KIND_COLUMN.learning_week, 'columnHeader', t.kinds.learning_week, { rowSpan: 2, id: 'kind-learning_week' }),
    ...READING_KINDS.map((kind) => cell(4, KIND_COLUMN[kind], 'columnHeader', t.kinds[kind], { id: `kind-${kind}` })),

    cell(5, 0, 'rowHeader', t.provinceRan, { colSpan: 2, id: 'province' }),
    ...ACTIVITY_KINDS.map((kind) =>
      cell(5, KIND_COLUMN[kind], 'flag', table.province[kind] ? t.yes : t.no, { headers: [...kindHeaders(kind), 'province'] }),
    ),
  ];

  const levels = [
    { key: 'cities', label: t.cities, figures: table.cities, top: 6 },
    { key: 'counties', label: t.counties, figures: table.counties, top: 9 },
  ] as const;
  for (const level of levels) {
    cells.push(cell(level.top, 0, 'rowHeader', level.label, { rowSpan: 3, id: level.key }));
    const measures = [
      { key: 'regions', label: t.regions },
      { key: 'activities', label: t.activities },
      { key: 'participants', label: t.participants },
    ] as const;
    measures.forEach((measure, i) => {
      const row = level.top + i;
      const id = `${level.key}-${measure.key}`;
      cells.push(cell(row, 1, 'rowHeader', measure.label, { id }));
      for (const kind of ACTIVITY_KINDS) {
        const value = level.figures[kind][measure.key];
        cells.push(cell(row, KIND_COLUMN[kind], 'figure', String(value), { value, headers: [...kindHeaders(kind), level.key, id] }));
      }
    });
  }

  return {
    year: table.year,
    mark: t.mark,
    title: t.title(table.year),
    authority: { label: t.authority, value: contact.authority?.trim() ?? '' },
    columns: ANNEX_COLUMNS,
    rows: ANNEX_ROWS,
    cells,
    remarks: [...remarks],
  };
}

/** The cells that begin on each row, left to right: what an HTML table writes row by row. */
export function annexRows(layout: AnnexLayout): AnnexCell[][] {
  const rows: AnnexCell[][] = Array.from({ length: layout.rows }, () => []);
  for (const c of layout.cells) rows[c.row]!.push(c);
  for (const row of rows) row.sort((a, b) => a.col - b.col);
  return rows;
}
