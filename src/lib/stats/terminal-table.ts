/**
 * Plain-text tables for the terminal. Chinese characters take two columns in
 * a terminal, so padding counts display width, not string length. Only ASCII
 * rules and spaces are drawn: box-drawing characters are double width in many
 * Chinese Windows consoles and would break the alignment.
 */
import type { MoeTable } from './aggregate.ts';
import { stats } from '../../i18n/zh-CN/stats.ts';
import { moeLayout } from './moe-layout.ts';

/** East Asian wide and full-width ranges (Unicode UAX #11, W and F), the ones Chinese text uses. */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x20000, 0x3fffd],
];

function charWidth(codePoint: number): number {
  if (codePoint === 0 || (codePoint >= 0x300 && codePoint <= 0x36f) || codePoint === 0x200b || codePoint === 0xfeff) {
    return 0;
  }
  return WIDE.some(([from, to]) => codePoint >= from && codePoint <= to) ? 2 : 1;
}

/** Columns a string takes in a terminal: 主题 is 4, `12` is 2. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char.codePointAt(0)!);
  return width;
}

export type Align = 'left' | 'right';

function pad(text: string, width: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

export interface TableColumn {
  /** May hold `\n` for a header on two lines. */
  header: string;
  align: Align;
}

/** Columns two spaces apart, a dashed rule under the header, no trailing spaces. */
export function renderTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): string {
  const headerLines = columns.map((c) => c.header.split('\n'));
  const headerHeight = Math.max(...headerLines.map((l) => l.length));
  // A short header sits on the bottom line, next to its neighbours' second lines.
  const headerRows = Array.from({ length: headerHeight }, (_, line) =>
    headerLines.map((lines) => lines[line - (headerHeight - lines.length)] ?? ''),
  );
  const widths = columns.map((_, i) => Math.max(...[...headerRows, ...rows].map((row) => displayWidth(row[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    columns
      .map((c, i) => pad(cells[i] ?? '', widths[i]!, c.align))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [...headerRows.map(line), rule, ...rows.map(line)].join('\n');
}

/** 1234567 → `1,234,567`; the same in every locale. */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The MoE table as the `stats table` command prints it. */
export function moeTableText(table: MoeTable): string {
  const layout = moeLayout(table);
  // The first two columns are words; the figures line up on the right.
  const columns: TableColumn[] = stats.moe.terminalHeaders.map((header, i) => ({ header, align: i < 2 ? 'left' : 'right' }));
  const rows = layout.rows.map((r) => [
    r.label,
    r.province,
    groupDigits(r.cities.regions),
    groupDigits(r.cities.activities),
    groupDigits(r.cities.participants),
    groupDigits(r.counties.regions),
    groupDigits(r.counties.activities),
    groupDigits(r.counties.participants),
  ]);
  return [
    layout.title,
    layout.counts.map((c) => `${c.label} ${c.value}`).join('    '),
    '',
    renderTable(columns, rows),
    '',
    layout.footnote,
  ].join('\n');
}
