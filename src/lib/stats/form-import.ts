/**
 * The online form's export (one row per submission, XLSX or CSV) → a year's
 * statistics file. Columns are found by header text through the mapping;
 * regions, numbers and dates are read as people type them, or refused with
 * the row and column named. When a region submitted more than once, the latest
 * 提交时间 wins and the others are set aside (listed, never silently dropped).
 * A year that has a file already is updated, never replaced (year-update.ts).
 */
import { inputText } from '../../i18n/zh-CN/input.ts';
import type { InputProblem } from '../input-problem.ts';
import { fullRegionName, parentCity, placeWords } from '../regions/index.ts';
import type { Region } from '../regions/index.ts';
import { resolveRegionName } from '../regions/resolve-name.ts';
import type { RegionResolver } from '../regions/resolve-name.ts';
import {
  columnLetter,
  headerProblems,
  matchHeader,
  parseSheetDate,
  parseWholeNumber,
  readSpreadsheet,
  sheetDateText,
  uncomputedFields,
  withEitherColumn,
} from '../spreadsheet/index.ts';
import { startsAsFooter } from '../spreadsheet/footer-words.ts';
import { regionCellColumn, regionOfCells } from '../spreadsheet/region-cells.ts';
import type { CellValue, DateProblem, NumberProblem, Sheet, SheetDate, SheetRow } from '../spreadsheet/index.ts';
import { spreadsheetText } from '../../i18n/zh-CN/spreadsheet.ts';
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';
import { ACTIVITY_KINDS, perKind } from './activity-kinds.ts';
import type { ActivityKind } from './activity-kinds.ts';
import { columnSpecs } from './form-mapping.ts';
import type { ColumnKey, FormMapping } from './form-mapping.ts';
import { dateYearWarnings, titleYearWarnings } from './form-year.ts';
import { plausibilityWarnings } from './plausibility.ts';
import { provinceFiguresWarnings, provinceOpeningWarnings } from './province-own-row.ts';
import type { KindFigures, StatsFile, StatsReport } from './schema.ts';
import { importDeadline } from './import-deadline.ts';
import type { DeadlineSource } from './import-deadline.ts';
import { updateYear } from './year-update.ts';
import type { YearUpdate } from './year-update.ts';

const t = statsFormsText.import;

export interface ImportOptions {
  year: number;
  /**
   * `YYYY-MM-DD` (`--deadline`), written into the file; reports after it are late (shown, not refused). When
   * absent: the file's being updated, else the one the templates record, else 25 November (import-deadline.ts).
   */
  deadline?: string;
  /** The opening ceremonies' own deadline, when the notice sets one apart (`--opening-deadline`); else the file's, if any. */
  openingDeadline?: string;
  mapping: FormMapping;
  /** Read a blank figure cell as 0 instead of refusing it. */
  blankAsZero?: boolean;
  /** Whether the province ran each kind, when the caller was told (`--province`). */
  province?: Record<ActivityKind, boolean>;
  /** The file being updated: its reports of regions the export lacks, its `note`, and its `province` when nothing else says. */
  previous?: { stats: StatsFile; file: string };
  /** Defaults to the regions module's own divisions. */
  resolve?: RegionResolver;
}

/** Where a submission was read: file and row as the office sees them. */
export interface RowRef {
  file: string;
  row: number;
}

export interface Submission extends RowRef {
  /** The row as problems name it: `第 3 行（广州市天河区 440106）`. */
  item: string;
  /** A column of this row's sheet as messages name it (`E 列“主题阅读活动数”`), and as a problem's field, with its key. */
  column: (key: ColumnKey) => string;
  field: (key: ColumnKey) => string;
  region: Region;
  submittedAt: SheetDate;
  openingCeremony?: SheetDate;
  activities: Record<ActivityKind, KindFigures>;
  /** Figure cells left blank and read as 0 (`blankAsZero`), in column order: listed, so that a blank never becomes a silent 0. */
  blanks: ColumnKey[];
}

export interface SetAside {
  /** The earlier submission. */
  row: RowRef & { region: Region; submittedAt: SheetDate };
  /** Its figures, when they could be read: shown beside the kept ones, which replace them. */
  submission?: Submission;
  /** It had problems, which no longer matter since a later submission replaces it. */
  hadProblems: boolean;
  kept: Submission;
}

export type ProvinceSource =
  { from: 'option' } | { from: 'row'; submission: Submission } | { from: 'previous'; file: string } | { from: 'none' };

export interface ImportSummary {
  files: number;
  /** Submissions read (rows with figures), set-aside ones included. */
  rows: number;
  /** Rows with a region but no figures at all (a template row nobody filled): not a report. */
  blankRows: number;
  /** The office's own sums (合计, 全市合计), each with its region cell's text: not a report. */
  totalRows: (RowRef & { text: string })[];
  setAside: SetAside[];
  /** The submissions kept that had blank figure cells read as 0, each with its `blanks`. */
  blanksAsZero: Submission[];
  provinceSource: ProvinceSource;
  /** Where the deadline written came from. */
  deadlineSource: DeadlineSource;
  /** With a file being updated: which regions the export updated or added, which it kept, what changed. */
  update?: YearUpdate;
  /**
   * What looks wrong but may be right, so the file is still written: a year
   * in the export other than the one imported, a figure that is surely a
   * typo. Each a problem with `severity: 'warning'`.
   */
  warnings: InputProblem[];
}

export type ImportResult = { ok: true; stats: StatsFile; summary: ImportSummary } | { ok: false; problems: InputProblem[] };

/** A row read as far as it could be: what the grouping needs, and what went wrong. */
interface ReadRow extends RowRef {
  region?: Region;
  submittedAt?: SheetDate;
  submission?: Submission;
  problems: InputProblem[];
  /** Its region read from an abbreviation (`锡盟`) with no code to confirm it: a warning, should the row be kept. */
  abbreviated?: InputProblem;
}

/** `广州市天河区 440106` for a county, `广州市 440100` for a city. */
export function importRegionLabel(region: Region): string {
  const city = region.level === 'county' ? parentCity(region.code)?.name : undefined;
  return t.regionLabel(region.name, region.code, city);
}

const FIGURE_KEYS = ACTIVITY_KINDS.flatMap((k) => [`${k}.count`, `${k}.participants`] as const);

/** The statistics file's key for a column, as error messages name it. */
function englishKey(key: ColumnKey): string {
  if (key === 'code') return 'region';
  return key.includes('.') ? `activities.${key}` : key;
}

/** True when `b` is as late as `a` or later: on a tie the row read later (further down, or in a later file) wins. */
function later(a: SheetDate, b: SheetDate): boolean {
  return b.instant.getTime() >= a.instant.getTime();
}

interface SheetRead {
  rows: ReadRow[];
  blankRows: number;
  totalRows: ImportSummary['totalRows'];
  problems: InputProblem[];
  warnings: InputProblem[];
}

/** The text of a region cell that names the office's own sum (合计, 全市合计, 总计：), not a region. */
function totalText(value: CellValue): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.normalize('NFKC').replace(/[\s:]/gu, '');
  // A region cell that starts or ends with one (合计, 全市合计) is the office's own sum, not a region's report.
  return spreadsheetText.totalWords.some((word) => text.startsWith(word) || text.endsWith(word)) ? value.trim() : undefined;
}

function readSheet(sheet: Sheet, options: ImportOptions, resolve: RegionResolver): SheetRead {
  const { mapping } = options;
  const specs = columnSpecs(mapping);
  // A sheet names its regions in a region column (地区, 填报单位, 县（市、区）), a city column (地市, 盟市), or both.
  const header = withEitherColumn(
    matchHeader(sheet, specs, mapping.headerRow === undefined ? {} : { headerRow: mapping.headerRow }),
    ['region', 'city'],
    [...mapping.region, ...mapping.city],
    'first',
  );
  if (!header.ok)
    return {
      rows: [],
      blankRows: 0,
      totalRows: [],
      warnings: [],
      problems: headerProblems(sheet, header, {
        field: englishKey,
        expected: [...mapping.region, ...mapping.submittedAt],
        // 参加人次（万人）: the figures asked for are still 人次.
        countsIn: (key) => (key.endsWith('.participants') ? t.participantsUnit : undefined),
      }),
    };

  const { columns, headers, row: headerRow } = header.match;
  const columnName = (key: ColumnKey) => {
    const at = columns[key]!;
    return spreadsheetText.column(columnLetter(at), headers[at]);
  };
  const fieldName = (key: ColumnKey) => t.field(columnName(key), englishKey(key));
  const cell = (row: SheetRow, key: ColumnKey): CellValue => {
    const at = columns[key];
    return at === undefined ? null : (row.cells[at] ?? null);
  };
  const rows: ReadRow[] = [];
  let blankRows = 0;
  const totalRows: SheetRead['totalRows'] = [];

  for (const row of sheet.rows) {
    if (row.number <= headerRow) continue;
    const total = totalText(cell(row, 'region')) ?? totalText(cell(row, 'city')) ?? totalText(cell(row, 'code'));
    if (total !== undefined) {
      totalRows.push({ file: sheet.file, row: row.number, text: total });
      continue;
    }
    const content: ColumnKey[] = ['submittedAt', 'openingCeremony', ...FIGURE_KEYS];
    const unread = uncomputedFields(row, columns);
    if (content.every((key) => cell(row, key) === null && !unread.has(key))) {
      // Nothing but a name (an unfilled template row) or a serial number: not a submission. Nor is a
      // signature line under the rows (填表人：张三 under 地区), which is no region's row left blank.
      const named = [cell(row, 'region'), cell(row, 'city'), cell(row, 'code')].filter((value) => value !== null);
      if (named.length > 0 && !named.some(startsAsFooter)) blankRows++;
      continue;
    }
    const read: ReadRow = { file: sheet.file, row: row.number, problems: [] };
    let item = t.rowItem(row.number);
    const problem = (key: ColumnKey, message: string) => {
      // A formula without a result is reported as that, not again as a blank.
      if (!unread.has(key)) read.problems.push({ file: sheet.file, item, field: fieldName(key), message });
    };

    // The region: the code column when filled, else the name; both must agree.
    const code = cell(row, 'code');
    const name = regionOfCells(cell(row, 'city'), cell(row, 'region'));
    const nameKey: ColumnKey = regionCellColumn(columns.region !== undefined, cell(row, 'city'), cell(row, 'region'));
    let readAs: string | undefined;
    const byCode = code === null ? undefined : resolveOne(resolve, code, 'code', problem);
    const byName = name === null ? undefined : resolveOne(resolve, name, nameKey, problem, (message) => (readAs = message));
    if (code === null && name === null) problem(nameKey, t.region.blank(placeWords()));
    if (byCode && byName && byCode !== byName) problem(nameKey, t.region.codeMismatch(byCode.code, String(name)));
    else read.region = byCode ?? byName;
    if (read.region) item = t.rowItem(row.number, importRegionLabel(read.region));
    if (read.region && !byCode && readAs !== undefined)
      read.abbreviated = { file: sheet.file, item, field: fieldName(nameKey), message: readAs, severity: 'warning' };
    for (const key of unread)
      read.problems.push({
        file: sheet.file,
        item,
        field: fieldName(key),
        message: spreadsheetText.uncomputed,
      });

    const submitted = parseSheetDate(cell(row, 'submittedAt'), { date1904: sheet.date1904, machineWritten: true });
    if (submitted.ok) read.submittedAt = submitted.value;
    else problem('submittedAt', dateMessage(submitted.problem, submitted.text));

    let openingCeremony: SheetDate | undefined;
    if (columns.openingCeremony !== undefined && cell(row, 'openingCeremony') !== null) {
      // 11月18日: a day of the year imported, as import-events reads a date typed without its year; 11月18日上午 that day.
      const opening = parseSheetDate(cell(row, 'openingCeremony'), { date1904: sheet.date1904, year: options.year, dayAlone: true });
      if (opening.ok) openingCeremony = opening.value;
      else problem('openingCeremony', dateMessage(opening.problem, opening.text));
    }

    const activities = perKind<KindFigures>(() => ({ count: 0, participants: 0 }));
    let figuresOk = true;
    const blanks: ColumnKey[] = [];
    for (const kind of ACTIVITY_KINDS) {
      for (const figure of ['count', 'participants'] as const) {
        const key: ColumnKey = `${kind}.${figure}`;
        const value = cell(row, key);
        if (unread.has(key)) {
          figuresOk = false;
          continue;
        }
        if (value === null && options.blankAsZero) {
          blanks.push(key);
          continue;
        }
        const parsed = parseWholeNumber(value);
        if (parsed.ok) activities[kind][figure] = parsed.value;
        else {
          figuresOk = false;
          problem(key, numberMessage(parsed.problem, parsed.text));
        }
      }
      const { count, participants } = activities[kind];
      if (figuresOk && count === 0 && participants > 0) {
        figuresOk = false;
        problem(`${kind}.participants`, t.participantsWithoutActivities(participants, columnName(`${kind}.count`)));
      }
    }

    if (read.problems.length === 0 && read.region && read.submittedAt && figuresOk) {
      read.submission = {
        file: sheet.file,
        row: row.number,
        item,
        column: columnName,
        field: fieldName,
        region: read.region,
        submittedAt: read.submittedAt,
        activities,
        blanks,
      };
      if (openingCeremony) read.submission.openingCeremony = openingCeremony;
    }
    rows.push(read);
  }
  return {
    rows,
    blankRows,
    totalRows,
    problems: [],
    warnings: titleYearWarnings(sheet, headerRow, options.year, options.previous?.file),
  };
}

function resolveOne(
  resolve: RegionResolver,
  value: CellValue,
  key: ColumnKey,
  problem: (key: ColumnKey, message: string) => void,
  abbreviated?: (message: string) => void,
): Region | undefined {
  const typed = value instanceof Date ? value.toISOString() : String(value);
  const match = resolve(typed);
  switch (match.status) {
    case 'found':
      if (match.matchedAs === 'abbreviation')
        abbreviated?.(inputText.region.abbreviationWarning(typed.trim(), fullRegionName(match.region), match.region.code));
      return match.region;
    case 'empty':
      problem(key, t.region.blank(placeWords()));
      return undefined;
    case 'unknown':
      problem(key, t.region.unknown(placeWords(), typed.trim(), match.candidates.map(importRegionLabel), match.outside?.name));
      return undefined;
    case 'ambiguous':
      problem(key, t.region.ambiguous(typed.trim(), match.candidates.map(importRegionLabel), placeWords().divisions));
      return undefined;
  }
}

function numberMessage(problem: NumberProblem, text: string): string {
  const message = spreadsheetText.number[problem];
  return typeof message === 'function' ? message(text) : message;
}

function dateMessage(problem: DateProblem, text: string): string {
  const message = spreadsheetText.date[problem];
  return typeof message === 'function' ? message(text) : message;
}

/** Reads every sheet, then keeps the latest submission per region. Nothing is written here. */
export function importFormExport(sheets: readonly Sheet[], options: ImportOptions): ImportResult {
  const resolve = options.resolve ?? resolveRegionName;
  const problems: InputProblem[] = [];
  const warnings: InputProblem[] = [];
  const rows: ReadRow[] = [];
  let blankRows = 0;
  const totalRows: ImportSummary['totalRows'] = [];
  for (const sheet of sheets) {
    const read = readSheet(sheet, options, resolve);
    problems.push(...read.problems);
    warnings.push(...read.warnings);
    rows.push(...read.rows);
    blankRows += read.blankRows;
    totalRows.push(...read.totalRows);
  }

  // The latest row per region decides; a row it replaces no longer matters, even if it had problems.
  const latest = new Map<string, ReadRow>();
  for (const row of rows) {
    if (!row.region || !row.submittedAt) continue;
    const current = latest.get(row.region.code);
    if (!current || later(current.submittedAt!, row.submittedAt)) latest.set(row.region.code, row);
  }
  const setAside: SetAside[] = [];
  for (const row of rows) {
    const winner = row.region && row.submittedAt ? latest.get(row.region.code) : undefined;
    if (!winner || winner === row) {
      problems.push(...row.problems);
    } else if (winner.submission) {
      setAside.push({
        row: { file: row.file, row: row.row, region: row.region!, submittedAt: row.submittedAt! },
        ...(row.submission ? { submission: row.submission } : {}),
        hadProblems: row.problems.length > 0,
        kept: winner.submission,
      });
    }
    // A replaced row whose winner has problems: the winner's are reported; this one's no longer matter.
  }
  if (problems.length > 0) return { ok: false, problems };

  // In the order they were read, so that warnings follow the files' rows.
  const keptRows = rows.filter((r) => r.region && latest.get(r.region.code) === r);
  const kept = keptRows.map((r) => r.submission!);
  // 锡盟 read as 锡林郭勒盟: said of each row whose report is written (a row set aside no longer matters).
  warnings.push(...keptRows.flatMap((r) => r.abbreviated ?? []));
  const reports: StatsReport[] = kept
    .filter((s) => s.region.level !== 'province')
    .sort((a, b) => (a.region.code < b.region.code ? -1 : 1))
    .map((s) => ({
      region: s.region.code,
      submittedAt: sheetDateText(s.submittedAt),
      ...(s.openingCeremony ? { openingCeremony: s.openingCeremony.day } : {}),
      activities: s.activities,
    }));

  const provinceRow = kept.find((s) => s.region.level === 'province');
  warnings.push(...provinceOpeningWarnings(provinceRow), ...provinceFiguresWarnings(provinceRow));
  let province: Record<ActivityKind, boolean>;
  let provinceSource: ProvinceSource;
  if (options.province) {
    province = { ...options.province };
    provinceSource = { from: 'option' };
  } else if (provinceRow) {
    province = perKind((kind) => provinceRow.activities[kind].count > 0);
    provinceSource = { from: 'row', submission: provinceRow };
  } else if (options.previous) {
    province = { ...options.previous.stats.province };
    provinceSource = { from: 'previous', file: options.previous.file };
  } else {
    province = perKind(() => false);
    provinceSource = { from: 'none' };
  }

  const {
    deadline,
    source: deadlineSource,
    warnings: deadlineWarnings,
  } = importDeadline(
    sheets,
    options.year,
    options.deadline,
    options.previous && { file: options.previous.file, deadline: options.previous.stats.deadline },
  );
  warnings.push(...deadlineWarnings);
  const note = options.previous?.stats.note;
  const openingDeadline = options.openingDeadline ?? options.previous?.stats.openingDeadline;
  const updated = options.previous && updateYear(options.previous.file, options.previous.stats.reports, reports);
  // Rows older than the file's report are not written: what they hold is no longer the region's word.
  const olderThanFile = new Set(updated?.update.newerInFile.map((n) => n.region));
  const adopted = kept.filter((s) => !olderThanFile.has(s.region.code));
  const previousFile = options.previous && { file: options.previous.file, reports: options.previous.stats.reports };
  warnings.push(
    ...dateYearWarnings(adopted, options.year, options.previous?.file),
    ...plausibilityWarnings(adopted, { setAside, ...(previousFile ? { previous: previousFile } : {}) }),
  );
  const stats: StatsFile = {
    year: options.year,
    deadline,
    ...(openingDeadline === undefined ? {} : { openingDeadline }),
    ...(note === undefined ? {} : { note }),
    province,
    reports: updated ? updated.reports : reports,
  };
  const summary: ImportSummary = {
    files: sheets.length,
    rows: rows.length,
    blankRows,
    totalRows,
    setAside,
    blanksAsZero: kept.filter((s) => s.blanks.length > 0),
    provinceSource,
    deadlineSource,
    warnings,
  };
  if (updated) summary.update = updated.update;
  return { ok: true, stats, summary };
}

/** The file as written: the contract's key order, two-space indents, each kind's two figures on one line. */
export function statsFileText(stats: StatsFile): string {
  const text = JSON.stringify(stats, null, 2).replace(
    /\{\n\s*"count": (\d+),\n\s*"participants": (\d+)\n\s*\}/g,
    '{ "count": $1, "participants": $2 }',
  );
  return `${text}\n`;
}

/** Reads each export; a file that is no spreadsheet is a problem, a file that cannot be opened throws. */
export async function readFormExports(
  files: readonly string[],
  mapping: FormMapping,
): Promise<{ ok: true; sheets: Sheet[] } | { ok: false; problems: InputProblem[] }> {
  const sheets: Sheet[] = [];
  const problems: InputProblem[] = [];
  for (const file of files) {
    const result = await readSpreadsheet(file, mapping.sheet === undefined ? {} : { sheet: mapping.sheet });
    if (result.ok) sheets.push(result.sheet);
    else
      problems.push({
        file,
        ...(result.item === undefined ? {} : { item: result.item }),
        field: result.field ?? spreadsheetText.wholeFile,
        message: result.message,
      });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, sheets };
}
