/**
 * A header that did not match, as the problems an importer lists: each
 * missing or doubled column once, the header's own texts said once (not
 * after every missing column), and a column that counts in 万人次 named as
 * the one meant, with what to do.
 */
import { spreadsheetText as text } from '../../i18n/zh-CN/spreadsheet.ts';
import type { InputProblem } from '../input-problem.ts';
import { columnLetter } from './columns.ts';
import type { HeaderProblem } from './header.ts';
import type { Sheet } from './types.ts';

export interface HeaderWording<K extends string> {
  /** The field's English key, as the problem names it. */
  field: (key: K) => string;
  /** Headers a sheet with no header row at all should have. */
  expected: readonly string[];
  /** What a field counts (`人次`) when it is not the unit's own word without its multiplier. */
  countsIn?: (key: K) => string | undefined;
}

export function headerProblems<K extends string>(
  sheet: Sheet,
  failed: { problems: readonly HeaderProblem<K>[]; row?: number; headers?: readonly string[] },
  wording: HeaderWording<K>,
): InputProblem[] {
  const base = failed.row === undefined ? { file: sheet.file } : { file: sheet.file, item: text.headerItem(failed.row) };
  const headers = failed.headers ?? [];
  const column = (at: number) => text.column(columnLetter(at), headers[at]);
  // The list of what the header has helps with a column nobody can spot; a multiplied unit names its column itself.
  const listsHeaders = failed.problems.find((p) => p.kind === 'missing' && !p.scaled);
  // Columns in the same multiplied unit (all five 参加人次 in 万人次) are one mistake, said once.
  const scaled = new Map<string, { keys: K[]; columns: number[]; unit: string; counts: string; factor: number }>();
  const problems: InputProblem[] = [];
  for (const p of failed.problems) {
    if (p.kind === 'noHeaderRow') {
      problems.push({
        ...base,
        field: text.wholeFile,
        message: text.header.noHeaderRow(p.searched, wording.expected, sheet.sheetName),
      });
    } else if (p.kind === 'duplicate') {
      problems.push({ ...base, field: wording.field(p.key), message: text.header.duplicate(p.columns.map(column)) });
    } else if (!p.scaled) {
      const message = text.header.missing(p.headers, p === listsHeaders ? headers : undefined);
      problems.push({ ...base, field: wording.field(p.key), message });
    } else {
      const counts = wording.countsIn?.(p.key) ?? p.scaled.base;
      const group = `${p.scaled.unit}\n${counts}`;
      const entry = scaled.get(group) ?? { keys: [], columns: [], unit: p.scaled.unit, counts, factor: p.scaled.factor };
      entry.keys.push(p.key);
      entry.columns.push(p.scaled.column);
      scaled.set(group, entry);
    }
  }
  for (const s of scaled.values()) {
    const message = text.header.scaled(s.columns.map(column), s.unit, s.counts, s.factor);
    problems.push({ ...base, field: text.fields(s.keys.map(wording.field)), message });
  }
  return problems;
}
