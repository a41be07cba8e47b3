/**
 * Plain-text tables for the terminal. Chinese characters take two columns in
 * a terminal, so padding counts display width, not string length. Only ASCII
 * rules and spaces are drawn: box-drawing characters are double width in many
 * Chinese Windows consoles and would break the alignment.
 */
import type { MoeTable } from './aggregate.ts';
import { MOE_HEADINGS, moeLayout, moeRowCells } from './moe-layout.ts';
import { groupDigits } from '../group-digits.ts';

export { groupDigits } from '../group-digits.ts';

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

/** A heading over neighbouring columns, as the annex puts 县级城市开展情况 over its three measures. */
export interface ColumnGroup {
  header: string;
  first: number;
  span: number;
}

const GAP = '  ';

/**
 * Columns two spaces apart, a dashed rule under the header, no trailing spaces.
 * A group's heading sits on the line above its columns' headers; the other
 * headers are bottom-aligned with them.
 */
export function renderTable(
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  groups: readonly ColumnGroup[] = [],
): string {
  const groupOf = (i: number) => groups.find((g) => i >= g.first && i < g.first + g.span);
  const headerLines = columns.map((c) => c.header.split('\n'));
  const headerHeight = Math.max(...headerLines.map((l, i) => l.length + (groupOf(i) ? 1 : 0)));
  const headerCell = (i: number, line: number) => headerLines[i]![line - (headerHeight - headerLines[i]!.length)] ?? '';
  const widths = columns.map((_, i) =>
    Math.max(...headerLines[i]!.map(displayWidth), ...rows.map((row) => displayWidth(row[i] ?? ''))),
  );
  // A group heading wider than its columns widens the last of them.
  const spanWidth = (g: ColumnGroup) => widths.slice(g.first, g.first + g.span).reduce((a, b) => a + b, 0) + GAP.length * (g.span - 1);
  for (const g of groups) widths[g.first + g.span - 1]! += Math.max(0, displayWidth(g.header) - spanWidth(g));

  const trim = (cells: string[]) => cells.join(GAP).trimEnd();
  const line = (cells: readonly string[]) => trim(columns.map((c, i) => pad(cells[i] ?? '', widths[i]!, c.align)));
  const headerLine = (n: number) => {
    const cells: string[] = [];
    for (let i = 0; i < columns.length; i++) {
      const g = groupOf(i);
      const groupLine = g ? headerHeight - 1 - Math.max(...headerLines.slice(g.first, g.first + g.span).map((l) => l.length)) : -1;
      if (g && g.first === i && n === groupLine) {
        cells.push(pad(g.header, spanWidth(g), 'left'));
        i += g.span - 1;
      } else {
        cells.push(pad(headerCell(i, n), widths[i]!, columns[i]!.align));
      }
    }
    return trim(cells);
  };
  const rule = widths.map((w) => '-'.repeat(w)).join(GAP);
  return [...Array.from({ length: headerHeight }, (_, n) => headerLine(n)), rule, ...rows.map(line)].join('\n');
}

/** `省级层面是否开展` → `省级层面\n是否开展`: a long heading on two lines, to keep the table narrow. */
function twoLines(text: string): string {
  const chars = [...text];
  const half = Math.ceil(chars.length / 2);
  return `${chars.slice(0, half).join('')}\n${chars.slice(half).join('')}`;
}

/** The MoE table as the `stats table` command prints it: the annex's headings, each level's over its three measures. */
export function moeTableText(table: MoeTable): string {
  const layout = moeLayout(table);
  const { kind, province, levels, measures } = MOE_HEADINGS;
  // The first two columns are words; the figures line up on the right.
  const columns: TableColumn[] = [
    { header: kind, align: 'left' },
    { header: twoLines(province), align: 'left' },
    ...layout.levels.flatMap(() => measures.map((header): TableColumn => ({ header, align: 'right' }))),
  ];
  const groups = layout.levels.map((level, i) => ({ header: levels[level], first: 2 + i * measures.length, span: measures.length }));
  const rows = layout.rows.map((r) =>
    moeRowCells(r, layout.levels).map((cell) => (typeof cell === 'number' ? groupDigits(cell) : cell)),
  );
  return [
    layout.title,
    layout.counts.map((c) => `${c.label} ${c.value}`).join('    '),
    '',
    renderTable(columns, rows, groups),
    '',
    layout.footnote,
  ].join('\n');
}
