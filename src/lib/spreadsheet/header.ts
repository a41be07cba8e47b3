/**
 * Finds the header row of a sheet and the column of each field by its header
 * text (normalised: full-width, spaces, quotes, question numbers and required
 * marks do not matter). A form export usually has its headers in row 1; a
 * sheet with a title above them is searched a few rows down.
 */
import { normaliseHeader } from './columns.ts';
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
  /** A required field has no column. */
  | { kind: 'missing'; key: K; headers: readonly string[] }
  /** Two columns answer to one field: which one is meant is not guessed. */
  | { kind: 'duplicate'; key: K; columns: number[] };

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

const cellText = (cell: CellValue | undefined): string => (cell === null || cell === undefined ? '' : String(cell));

function matchRow<K extends string>(row: SheetRow, lookup: Map<string, K>): Map<K, number[]> {
  const found = new Map<K, number[]>();
  row.cells.forEach((cell, column) => {
    const key = lookup.get(normaliseHeader(cellText(cell)));
    if (key !== undefined) found.set(key, [...(found.get(key) ?? []), column]);
  });
  return found;
}

/**
 * `specs`' header texts must not overlap (the caller checks its mapping).
 * `headerRow` fixes the row; otherwise the first `searchRows` rows are tried
 * and the one matching the most fields wins.
 */
export function matchHeader<K extends string>(
  sheet: Sheet,
  specs: readonly ColumnSpec<K>[],
  options: { headerRow?: number; searchRows?: number } = {},
): HeaderResult<K> {
  const lookup = new Map<string, K>();
  for (const spec of specs) for (const header of spec.headers) lookup.set(normaliseHeader(header), spec.key);

  const searchRows = options.searchRows ?? 10;
  const candidates =
    options.headerRow === undefined
      ? sheet.rows.filter((r) => r.number <= searchRows)
      : sheet.rows.filter((r) => r.number === options.headerRow);
  let best: { row: SheetRow; found: Map<K, number[]> } | undefined;
  for (const row of candidates) {
    const found = matchRow(row, lookup);
    if (found.size > 0 && found.size > (best?.found.size ?? 0)) best = { row, found };
  }
  if (!best) return { ok: false, problems: [{ kind: 'noHeaderRow', searched: options.headerRow ?? searchRows }] };

  const headers = best.row.cells.map(cellText);
  const problems: HeaderProblem<K>[] = [];
  const columns: Partial<Record<K, number>> = {};
  for (const spec of specs) {
    const at = best.found.get(spec.key);
    if (at === undefined) {
      if (spec.required) problems.push({ kind: 'missing', key: spec.key, headers: spec.headers });
    } else if (at.length > 1) {
      problems.push({ kind: 'duplicate', key: spec.key, columns: at });
    } else {
      columns[spec.key] = at[0]!;
    }
  }
  if (problems.length > 0) return { ok: false, problems, row: best.row.number, headers };
  return { ok: true, match: { row: best.row.number, columns, headers } };
}
