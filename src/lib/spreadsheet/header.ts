/**
 * Finds the header row of a sheet and the column of each field by its header
 * text (normalised: full-width, spaces, quotes, question numbers and required
 * marks do not matter). A form export usually has its headers in row 1; a
 * sheet with a title above them is searched a few rows down, and a header
 * in two rows (a group over its columns) is read as one.
 */
import { normaliseHeader, scaledHeader } from './columns.ts';
import type { CellValue, Sheet, SheetRow } from './types.ts';

export interface ColumnSpec<K extends string = string> {
  key: K;
  /** Header texts that name this field, any of them. */
  headers: readonly string[];
  required: boolean;
}

export type HeaderProblem<K extends string = string> =
  /** No row in the first rows looks like a header row. */
  | { kind: 'noHeaderRow'; searched: number }
  /**
   * A required field has no column. `scaled`: the column that would be it but
   * for a multiplied unit (`参加人次（万人次）`), whose figures are not the ones asked for.
   */
  | { kind: 'missing'; key: K; headers: readonly string[]; scaled?: ScaledColumn }
  /** Two columns answer to one field: which one is meant is not guessed. */
  | { kind: 'duplicate'; key: K; columns: number[] };

/** A column whose header names a field but counts in a multiple of its unit: `万人次` for 人次. */
export interface ScaledColumn {
  column: number;
  unit: string;
  /** The unit without its multiplier (`人次`); '' for a multiplier alone. */
  base: string;
  factor: number;
}

export interface HeaderMatch<K extends string = string> {
  /** The header row as Excel numbers it. */
  row: number;
  /** Each matched field's column (0 = A). */
  columns: Partial<Record<K, number>>;
  /** The header text of every column in the header row, as written. */
  headers: string[];
}

/** The fields whose cell in `row` holds a formula with no saved result (read as null, but not blank). */
export function uncomputedFields<K extends string>(row: SheetRow, columns: Partial<Record<K, number>>): Set<K> {
  const fields = Object.keys(columns) as K[];
  return new Set(fields.filter((key) => row.uncomputed?.includes(columns[key]!)));
}

export type HeaderResult<K extends string = string> =
  { ok: true; match: HeaderMatch<K> } | { ok: false; problems: HeaderProblem<K>[]; row?: number; headers?: string[] };

/**
 * A required field that either of two columns may give (an event's start or
 * its 日期 column; a region column or a city column, or both): missing only
 * when the header has neither, and the message then lists the headers of
 * both. `order`: where the missing column is told among the header's other
 * problems.
 */
export function withEitherColumn<K extends string>(
  header: HeaderResult<K>,
  [key, other]: readonly [K, K],
  either: readonly string[],
  order: 'first' | 'last',
): HeaderResult<K> {
  const missing = { kind: 'missing' as const, key, headers: either };
  if (header.ok) {
    const { columns, row, headers } = header.match;
    return columns[key] !== undefined || columns[other] !== undefined ? header : { ok: false, problems: [missing], row, headers };
  }
  // No header row at all, or one with either column (found, or found twice): nothing to add.
  const known = new Set(either.map(normaliseHeader));
  if (header.headers === undefined || header.headers.some((h) => known.has(normaliseHeader(h)))) return header;
  return { ...header, problems: order === 'first' ? [missing, ...header.problems] : [...header.problems, missing] };
}

const cellText = (cell: CellValue | undefined): string => (cell === null || cell === undefined ? '' : String(cell));

/**
 * A row as a header row: per column, the texts that may name its field, and the text shown for it
 * in messages. Alone, a row's own texts; under a group row (the Ministry's annex and the sheets
 * offices make after it: 主题阅读 over 活动数 and 参加人次), each column also as its group and its
 * own part together. A group fills the blank cells to its right, as a merged cell reads in CSV
 * (an XLSX merged cell reads the same in every cell).
 */
interface HeaderCandidate {
  row: SheetRow;
  names: string[][];
  shown: string[];
}

function singleRow(row: SheetRow): HeaderCandidate {
  const texts = row.cells.map(cellText);
  return { row, names: texts.map((text) => [text]), shown: texts };
}

function underGroups(groups: SheetRow, row: SheetRow): HeaderCandidate {
  const columns = Array.from({ length: Math.max(row.cells.length, groups.cells.length) }, (_, column) => column);
  const own = columns.map((column) => cellText(row.cells[column]));
  let group = '';
  const filled = columns.map((column) => (group = cellText(groups.cells[column]) || group));
  const names = columns.map((column) => [own[column]!, `${filled[column]}${own[column]}`]);
  const shown = columns.map((column) => (filled[column] === own[column] ? own[column]! : `${filled[column]} ${own[column]}`.trim()));
  return { row, names, shown };
}

/** The first column that names `key` but for a multiplied unit. */
function scaledColumn<K extends string>(candidate: HeaderCandidate, lookup: Map<string, K>, key: K): ScaledColumn | undefined {
  for (const [column, names] of candidate.names.entries()) {
    for (const name of names) {
      const scaled = scaledHeader(name);
      if (scaled && lookup.get(scaled.header) === key) return { column, unit: scaled.unit, base: scaled.base, factor: scaled.factor };
    }
  }
  return undefined;
}

function matchRow<K extends string>(candidate: HeaderCandidate, lookup: Map<string, K>): Map<K, number[]> {
  const found = new Map<K, number[]>();
  candidate.names.forEach((names, column) => {
    const key = names.map((name) => lookup.get(normaliseHeader(name))).find((k) => k !== undefined);
    if (key !== undefined) found.set(key, [...(found.get(key) ?? []), column]);
  });
  return found;
}

/**
 * `specs`' header texts must not overlap (the caller checks its mapping).
 * `headerRow` fixes the row (under a group row just above it, if that names
 * more fields); otherwise the first `searchRows` rows are tried, alone and
 * under the row above, and the one matching the most fields wins (alone on a tie).
 */
export function matchHeader<K extends string>(
  sheet: Sheet,
  specs: readonly ColumnSpec<K>[],
  options: { headerRow?: number; searchRows?: number } = {},
): HeaderResult<K> {
  const lookup = new Map<string, K>();
  for (const spec of specs) for (const header of spec.headers) lookup.set(normaliseHeader(header), spec.key);

  const searchRows = options.searchRows ?? 10;
  const candidates: HeaderCandidate[] = [];
  sheet.rows.forEach((row, index) => {
    if (options.headerRow === undefined ? row.number > searchRows : row.number !== options.headerRow) return;
    candidates.push(singleRow(row));
    const above = sheet.rows[index - 1];
    if (above && above.number === row.number - 1) candidates.push(underGroups(above, row));
  });
  let best: { candidate: HeaderCandidate; found: Map<K, number[]> } | undefined;
  for (const candidate of candidates) {
    const found = matchRow(candidate, lookup);
    if (found.size > 0 && found.size > (best?.found.size ?? 0)) best = { candidate, found };
  }
  if (!best) return { ok: false, problems: [{ kind: 'noHeaderRow', searched: options.headerRow ?? searchRows }] };

  const headers = best.candidate.shown;
  const headerRow = best.candidate.row.number;
  const problems: HeaderProblem<K>[] = [];
  const columns: Partial<Record<K, number>> = {};
  for (const spec of specs) {
    const at = best.found.get(spec.key);
    if (at === undefined) {
      if (spec.required) {
        const scaled = scaledColumn(best.candidate, lookup, spec.key);
        problems.push({ kind: 'missing', key: spec.key, headers: spec.headers, ...(scaled && { scaled }) });
      }
    } else if (at.length > 1) {
      problems.push({ kind: 'duplicate', key: spec.key, columns: at });
    } else {
      columns[spec.key] = at[0]!;
    }
  }
  if (problems.length > 0) return { ok: false, problems, row: headerRow, headers };
  return { ok: true, match: { row: headerRow, columns, headers } };
}
