/**
 * A city's event list (one row per event, XLSX or CSV) → one Markdown file
 * per row under content/events/<year>/. Columns are found by header text
 * through the mapping; regions, times, types and audiences are read as
 * people type them, or refused with the row and column named. A row that is
 * already an event (same title, region and start) is skipped, and so is a
 * row repeated in the sheet; one whose title and region an event has on the
 * same day at another time is refused (existing.ts). Nothing is written
 * here: the caller decides, after seeing every row's verdict.
 */
import { join } from 'node:path';
import { eventsImportText } from '../../i18n/zh-CN/events-import.ts';
import { inputText } from '../../i18n/zh-CN/input.ts';
import { spreadsheetText } from '../../i18n/zh-CN/spreadsheet.ts';
import { eventStatuses } from '../../i18n/zh-CN/vocabulary.ts';
import { parseEntry } from '../content/check-entries.ts';
import { AUDIENCE_CHOICES } from '../content/fields.ts';
import { SUMMARY_MAX, TYPE_CHOICES } from '../content/schemas.ts';
import { EVENT_STATUSES, type EventStatus } from '../events/status.ts';
import { entrySlug, freeSlug } from '../content/slug.ts';
import { readWebUrl } from '../content/web-url.ts';
import type { InputProblem } from '../input-problem.ts';
import { fullRegionName, placeWords, province, type Region } from '../regions/index.ts';
import { resolveEventRegion, type RegionResolver } from '../regions/resolve-name.ts';
import { frontMatterTime } from '../input/date-time-written.ts';
import { choicesToOffer, keysOfList, type Choice } from '../input/choices.ts';
import { readChoice, regionChoiceLabel } from '../scaffold/answers.ts';
import { entryText, YamlText, type FrontMatterValue } from '../scaffold/entry-text.ts';
import {
  columnLetter,
  headerProblems,
  matchHeader,
  uncomputedFields,
  withEitherColumn,
  type CellValue,
  type HeaderResult,
  type Sheet,
} from '../spreadsheet/index.ts';
import { regionCellColumn, regionOfCells } from '../spreadsheet/region-cells.ts';
import { eventKey, existingEvents, findExisting, shownStart } from './existing.ts';
import { footerText } from './footer-row.ts';
import { columnSpecs, REQUIRED_COLUMNS, STAND_INS, type ColumnKey, type EventsMapping } from './mapping.ts';
import statusWords from './status-words.json' with { type: 'json' };
import { readEventTimes, type TimeProblem } from './times.ts';
import { unreadColumns, type UnreadColumn } from './unread-columns.ts';

const t = eventsImportText;

export interface ImportOptions {
  mapping: EventsMapping;
  /** The year of dates written without one (`11月18日`). */
  year: number;
  /** The content folder: events go to its events/<year>/, existing ones are read from its events/. */
  contentDir: string;
  resolve?: RegionResolver;
}

export interface GoodRow {
  row: number;
  title: string;
  /** Where the file goes, its id (`2024/guang-zhou-…`) and its text. */
  path: string;
  id: string;
  text: string;
}

export interface EventsImport {
  file: string;
  /** Rows with something in a mapped column, below the header. */
  rows: number;
  good: GoodRow[];
  /** Rows already in the content folder, with the file that has them. */
  skipped: { row: number; file: string }[];
  /** Rows hidden in Excel or WPS: left out, as whoever hid them meant, and named. */
  hidden: number[];
  /** Lines under the list that are no event (`合计：2项`), with their text. */
  footers: { row: number; text: string }[];
  /** Rows to import whose region was read as an abbreviation (`锡盟`): what it was read as, for the editor to check. */
  abbreviated: { row: number; readAs: string }[];
  /** Rows already imported whose 状态 says otherwise than the file's `status` (已取消 in the list, none in the file): the editor changes the file. */
  statusChanged: { row: number; file: string; status: EventStatus }[];
  /** Rows that repeat an earlier row of the sheet. */
  repeated: { row: number; first: number }[];
  bad: { row: number; problems: InputProblem[] }[];
  /** Columns no field reads that hold something: their contents are in no event. */
  unreadColumns: UnreadColumn[];
  /** Problems with the sheet as a whole (no header, a missing column): nothing can be imported. */
  sheetProblems: InputProblem[];
}

/** A label, an alias the cities use, a key, or part of one label. */
function readLabel(typed: string, choices: readonly Choice[]): { ok: true; value: string } | { ok: false } {
  const text = typed.normalize('NFKC').trim();
  // By number too: the template's lists are not numbered, so a digit is refused rather than read as a position.
  if (/^\d+$/.test(text)) return { ok: false };
  const read = readChoice(text, choices);
  return read.ok ? read : { ok: false };
}

const cellText = (cell: CellValue): string => (cell === null ? '' : cell instanceof Date ? cell.toISOString() : String(cell).trim());

/** Han, kana, Hangul and the CJK punctuation and full-width forms: text written without spaces between words. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/** What a line break becomes in one line: nothing inside Chinese, a space where a word would otherwise run on. */
function joinLines(before: string | undefined, after: string | undefined): string {
  if (before === undefined || after === undefined) return '';
  return CJK.test(before) && CJK.test(after) ? '' : ' ';
}

/** A cell's lines as one (Alt+Enter in Excel), joined as joinLines says. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, (lineBreak: string, at: number) => joinLines(text[at - 1], text[at + lineBreak.length]));
}

/** A blank line between two lines of a cell: where a paragraph ends. */
const PARAGRAPH_BREAK = /\r?\n[^\S\r\n]*\r?\n\s*/u;

/**
 * A 简介 as a card and a page show it: the first paragraph's opening
 * sentences that fit in a summary, and the rest as the body (nothing
 * repeated; an empty body when the whole text fits). A first sentence too
 * long for a card is cut, and the body then has the whole text.
 */
export function splitIntro(text: string): { summary: string; body: string } {
  const paragraphBreak = PARAGRAPH_BREAK.exec(text.trim());
  if (!paragraphBreak) return splitParagraph(text);
  // The guide promises the opening sentences as the summary: a later paragraph is the body's, however short.
  const first = splitParagraph(text.trim().slice(0, paragraphBreak.index));
  const rest = text.trim().slice(paragraphBreak.index + paragraphBreak[0].length);
  return { summary: first.summary, body: [first.body, rest].filter((part) => part !== '').join('\n\n') };
}

/** One paragraph as a summary and the rest of it: its lines joined, its first sentences within the summary's length. */
function splitParagraph(text: string): { summary: string; body: string } {
  const flat = oneLine(text).replace(/\s+/g, ' ').trim();
  const sentences = flat.match(/[^。！？!?；;]+[。！？!?；;]*/gu) ?? [];
  let summary = '';
  for (const sentence of sentences) {
    if ((summary + sentence).length > SUMMARY_MAX) break;
    summary += sentence;
  }
  if (summary === '') return { summary: `${flat.slice(0, SUMMARY_MAX - 1)}…`, body: text.trim() };
  // The body starts after the summary's characters in the text as written (line breaks kept).
  let at = 0;
  for (const char of summary.replace(/\s/g, '')) at = text.indexOf(char, at) + 1;
  return { summary: summary.trim(), body: text.slice(at).trim() };
}

/** A cell's text as Markdown that shows it as written: nothing in it becomes a link, a heading, a list or HTML. */
export function markdownText(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) =>
      line
        .replace(/[\\`*_[\]<>|]/g, '\\$&')
        .replace(/^([#+>-])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2'),
    )
    .flatMap((line, i) => (i === 0 ? [line] : ['', line]));
}

/**
 * A 状态 cell: cancelled or postponed, or undefined for an event that takes
 * place (正常, or nothing written); `false` for a word that is none of
 * status-words.json's, the site's labels (已取消) or the keys.
 */
export function readStatus(typed: string): EventStatus | undefined | false {
  const text = typed.normalize('NFKC').replace(/\s+/gu, '');
  if (text === '' || statusWords.none.some((word) => word.normalize('NFKC') === text)) return undefined;
  const said = (status: EventStatus) =>
    status === text.toLowerCase() || [eventStatuses[status], ...statusWords[status]].some((word) => word.normalize('NFKC') === text);
  return EVENT_STATUSES.find(said) ?? false;
}

/** The words a 状态 cell may hold, for the message that refuses another. */
const STATUS_WORDS = [...EVENT_STATUSES.flatMap((status) => statusWords[status]), ...statusWords.none];

/** The column a front matter field comes from, for the schema's own problems. */
const FIELD_COLUMN: Record<string, ColumnKey> = {
  title: 'title',
  region: 'region',
  year: 'start',
  summary: 'summary',
  type: 'type',
  start: 'start',
  end: 'end',
  online: 'online',
  organizer: 'organizer',
  audience: 'audience',
  registration: 'registration',
  status: 'status',
  'venue.accessibility': 'accessibility',
};

/** `beside`: the day columns with a time column beside them; alone, a 日期 (结束日期) cell is read, and told, as the start (end) cell. */
function timeMessage(problem: TimeProblem, beside: { date: boolean; endDate: boolean }): string {
  switch (problem.kind) {
    case 'blank':
      return t.cell.blank(t.what[problem.column === 'date' ? 'date' : 'start']);
    case 'timeOnly':
      return t.cell.timeOnly(problem.text);
    case 'endNeedsTime':
      return t.cell.endNeedsTime(problem.text);
    case 'startNeedsTime':
      return t.cell.startNeedsTime(problem.text);
    case 'endBeforeStart':
      return t.cell.endBeforeStart(problem.text);
    case 'unreadable':
      return (problem.column === 'date' && beside.date) || (problem.column === 'endDate' && beside.endDate)
        ? t.cell.day(problem.text)
        : t.cell.date(problem.text);
    case 'dayWithTime':
      return t.cell.dayWithTime(problem.text);
    case 'notTime':
      return t.cell.notTime(problem.text);
    case 'endNotTime':
      return t.cell.endNotTime(problem.text);
    case 'endTimeBlank':
      return t.cell.endTimeBlank(problem.text);
    case 'rangeOverDays':
      return t.cell.rangeOverDays(problem.text);
    case 'weekday':
      return spreadsheetText.date.weekday(problem.text);
    case 'impossible':
      return spreadsheetText.date.impossible(problem.text);
    case 'noClock':
      return spreadsheetText.date.noClock(problem.text);
  }
}

export function importEvents(sheet: Sheet, options: ImportOptions): EventsImport {
  const { mapping } = options;
  const resolve = options.resolve ?? resolveEventRegion;
  const result: EventsImport = {
    file: sheet.file,
    rows: 0,
    good: [],
    skipped: [],
    hidden: [],
    footers: [],
    abbreviated: [],
    statusChanged: [],
    repeated: [],
    bad: [],
    unreadColumns: [],
    sheetProblems: [],
  };
  const matched = matchHeader(sheet, columnSpecs(mapping), mapping.headerRow === undefined ? {} : { headerRow: mapping.headerRow });
  // A column another can stand for (STAND_INS): 日期 for the start, 地市 for the region.
  const standIn = (result: HeaderResult<ColumnKey>, key: keyof typeof STAND_INS) =>
    withEitherColumn(result, [key, STAND_INS[key]], [...mapping.columns[key], ...mapping.columns[STAND_INS[key]]], 'last');
  const header = standIn(standIn(matched, 'region'), 'start');
  if (!header.ok) {
    const fromMapping = new Set<string>(mapping.source?.keys);
    result.sheetProblems = headerProblems(sheet, header, {
      field: (key) => key,
      expected: [mapping.columns.title[0]!, mapping.columns.region[0]!, mapping.columns.start[0]!],
    }).map((p) =>
      // The headers looked for are the mapping file's: it may be the one that is wrong.
      mapping.source && fromMapping.has(p.field)
        ? { ...p, message: p.message + t.headersFromMapping(mapping.source.file, p.field) }
        : p,
    );
    return result;
  }
  const { columns, headers, row: headerRow } = header.match;
  result.unreadColumns = unreadColumns(sheet, headerRow, Object.values(columns), headers);
  const eventsDir = join(options.contentDir, 'events');
  const existing = existingEvents(eventsDir);
  const seen = new Map<string, number>();
  const slugs = new Map<string, Set<string>>();
  const requiredColumns = [...REQUIRED_COLUMNS].flatMap((key) => columns[key] ?? []);
  // A 结束日期 column without a 结束时间 beside it is the end column, as a 日期 column alone is the start column: named for them.
  const endAlone = columns.end === undefined && columns.endDate !== undefined;
  const beside = { date: columns.start !== undefined, endDate: !endAlone };
  const timeColumn = (key: ColumnKey): ColumnKey =>
    key === 'end' && endAlone ? 'endDate' : key === 'start' && columns.start === undefined ? 'date' : key;

  for (const row of sheet.rows) {
    if (row.number <= headerRow) continue;
    if (row.hidden) {
      result.hidden.push(row.number);
      continue;
    }
    const cell = (key: ColumnKey): CellValue => {
      const at = columns[key];
      return at === undefined ? null : (row.cells[at] ?? null);
    };
    const unread = uncomputedFields(row, columns);
    if (unread.size === 0 && (Object.keys(columns) as ColumnKey[]).every((key) => cell(key) === null)) continue;
    const footer = footerText(row, requiredColumns);
    if (footer !== undefined) {
      result.footers.push({ row: row.number, text: footer });
      continue;
    }
    result.rows += 1;

    // A cell's lines as one (Alt+Enter, or text pasted with its breaks) but the 简介's, whose paragraphs are kept.
    const lineOf = (key: ColumnKey): string => oneLine(cellText(cell(key)));
    const title = lineOf('title');
    const problems: InputProblem[] = [];
    const item = t.rowItem(row.number, title || undefined);
    const oneColumnName = (key: ColumnKey) => {
      const at = columns[key];
      return at === undefined ? t.what[key] : spreadsheetText.column(columnLetter(at), headers[at]);
    };
    // A region read from 地市 and 区县 together is named with both: either may be the one to fix.
    const columnName = (key: ColumnKey) =>
      key === 'region' && cell('city') !== null && cell('region') !== null
        ? `${oneColumnName('city')}、${oneColumnName('region')}`
        : oneColumnName(key);
    const report = (key: ColumnKey, message: string) =>
      problems.push({ file: sheet.file, item, field: t.field(columnName(key), key), message });
    // A formula without a result is reported as that, not again as a blank or an unreadable value.
    const problem = (key: ColumnKey, message: string) => {
      if (!unread.has(key)) report(key, message);
    };
    for (const key of unread) report(key, spreadsheetText.uncomputed);
    const required = (key: ColumnKey): string | undefined => {
      const text = key === 'summary' ? cellText(cell(key)) : lineOf(key);
      if (text === '') problem(key, t.cell.blank(t.what[key]));
      return text || undefined;
    };

    required('title');
    let regionReadAs: string | undefined;
    // 地市 beside 区县: the county within its city, or the city's own event where the county is blank or 本级
    // (then the city's cell is the one to name).
    const regionColumn = regionCellColumn(columns.region !== undefined, cell('city'), cell('region'));
    const region = readRegionCell(
      regionOfCells(cell('city'), cell('region')),
      resolve,
      (message) => problem(regionColumn, message),
      (readAs) => (regionReadAs = readAs),
    );
    const times = readEventTimes(cell('start'), endAlone ? cell('endDate') : cell('end'), {
      year: options.year,
      date1904: sheet.date1904,
      ...(columns.date !== undefined && { day: cell('date') }),
      ...(columns.endDate !== undefined && !endAlone && { endDay: cell('endDate') }),
    });
    if (!times.ok) problem(timeColumn(times.problem.column), timeMessage(times.problem, beside));
    const organizer = required('organizer');
    const typeText = required('type');
    const type = typeText === undefined ? undefined : readLabel(typeText, TYPE_CHOICES);
    if (typeText !== undefined && !type?.ok) {
      // 讲座 may be either of two: those two to pick from, not all eight.
      const { among, offered } = choicesToOffer(typeText, TYPE_CHOICES);
      const options = offered.map((c) => `${c.label}（${c.key}）`);
      problem('type', among ? t.cell.choiceAmong(typeText, options) : t.cell.choice(typeText, options));
    }
    const audience = readAudience(cellText(cell('audience')), (message) => problem('audience', message));
    const status = readStatus(cellText(cell('status')));
    if (status === false) problem('status', t.cell.status(cellText(cell('status')), STATUS_WORDS));
    const about = required('summary');
    const venue = lineOf('venue');
    const address = lineOf('address');
    const accessibility = lineOf('accessibility');
    // A link column's cell may show words (`直播`) and link to the address: the address is what is wanted.
    const readUrl = (key: 'online' | 'registration'): string => {
      const shown = cellText(cell(key));
      const at = columns[key];
      const target = at === undefined ? undefined : row.links?.[at];
      const url = target ?? shown;
      if (!url) return url;
      const read = readWebUrl(url);
      if (read.ok) return read.url;
      if (read.problem === 'words-after') problem(key, t.cell.urlWordsAfter(read.url, read.rest));
      else if (target === undefined)
        problem(key, read.meant ? inputText.content.url.meant(shown, read.meant.url, read.meant.why) : t.cell.url(shown));
      else problem(key, t.cell.linkUrl(shown, target));
      return url;
    };
    const online = readUrl('online');
    const registration = readUrl('registration');
    if (venue && !address) problem('address', t.cell.venueWithoutAddress);
    if (address && !venue) problem('venue', t.cell.addressWithoutVenue);
    if (!venue && !address && !online) problem('venue', t.cell.noPlace);
    if (accessibility && !venue) problem('accessibility', t.cell.accessibilityWithoutVenue);

    if (problems.length > 0 || !region || !times.ok || !type?.ok || !about || !organizer || status === false) {
      result.bad.push({ row: row.number, problems });
      continue;
    }
    const before = findExisting(existing, title, region.code, times.start.instant);
    if (before.same) {
      result.skipped.push({ row: row.number, file: before.same.file });
      // A list sent again with the event called off: the file is the editor's to change (nothing is replaced).
      if (status && status !== before.same.status) result.statusChanged.push({ row: row.number, file: before.same.file, status });
      continue;
    }
    // Most likely this event with its time changed since: the editor decides, a second file would list it twice.
    if (before.sameDay.length > 0) {
      const files = before.sameDay.map((e) => t.cell.startOfFile(e.file, shownStart(e.start)));
      problem(timeColumn('start'), t.cell.startChanged(files, shownStart(times.start.instant), title));
      result.bad.push({ row: row.number, problems });
      continue;
    }
    const key = eventKey(title, region.code, times.start.instant);
    const first = seen.get(key);
    if (first !== undefined) {
      result.repeated.push({ row: row.number, first });
      continue;
    }
    seen.set(key, row.number);

    const year = Number(times.start.day.slice(0, 4));
    const intro = splitIntro(about);
    const values: Record<string, FrontMatterValue | undefined> = {
      title,
      region: region.code,
      year,
      summary: intro.summary,
      type: type.value,
      start: new YamlText(frontMatterTime(times.start)),
      end: new YamlText(frontMatterTime(times.end)),
      venue: venue ? { name: venue, address, accessibility: accessibility || undefined } : undefined,
      online: online || undefined,
      organizer,
      audience: audience ?? ['all'],
      registration: registration || undefined,
      status,
    };
    const dir = join(eventsDir, String(year));
    const taken = slugs.get(dir) ?? new Set<string>();
    slugs.set(dir, taken);
    const slug = freeSlug(
      dir,
      entrySlug(title, region.code === province().code ? undefined : region.shortName) || `event-${row.number}`,
      taken,
    );
    taken.add(slug);
    const path = join(dir, `${slug}.md`);
    const text = entryText('events', values, markdownText(intro.body), {
      explain: false,
      comment: [t.provenance(sheet.file, row.number)],
    });
    // What is written must pass the build's own check; its problems are named by column too.
    const checked = parseEntry('events', path, text);
    if (checked.problems.length > 0) {
      for (const p of checked.problems)
        problem(
          timeColumn(
            FIELD_COLUMN[p.field] ?? FIELD_COLUMN[p.field.split(/[.[]/)[0] ?? ''] ?? (p.field.startsWith('venue') ? 'venue' : 'title'),
          ),
          p.message,
        );
      result.bad.push({ row: row.number, problems });
      continue;
    }
    result.good.push({ row: row.number, title, path, id: `${year}/${slug}`, text });
    if (regionReadAs !== undefined) result.abbreviated.push({ row: row.number, readAs: regionReadAs });
  }
  return result;
}

function readRegionCell(
  value: CellValue,
  resolve: RegionResolver,
  problem: (message: string) => void,
  abbreviated: (readAs: string) => void,
): Region | undefined {
  const typed = cellText(value);
  const match = resolve(typed);
  switch (match.status) {
    case 'found':
      if (match.matchedAs === 'abbreviation')
        abbreviated(inputText.region.readAsAbbreviation(typed, fullRegionName(match.region), match.region.code));
      return match.region;
    case 'empty':
      problem(t.cell.blank(t.what.region));
      return undefined;
    case 'unknown':
      problem(t.cell.regionUnknown(placeWords(), typed, match.candidates.map(regionChoiceLabel), match.outside?.name));
      return undefined;
    case 'ambiguous':
      problem(t.cell.regionAmbiguous(typed, match.candidates.map(regionChoiceLabel), placeWords().divisions));
      return undefined;
  }
}

function readAudience(typed: string, problem: (message: string) => void): string[] | undefined {
  if (typed === '') return undefined;
  const list = keysOfList(typed, (item) => {
    const read = readLabel(item, AUDIENCE_CHOICES);
    return read.ok ? read.value : undefined;
  });
  if ('keys' in list) return list.keys;
  problem(
    t.cell.choice(
      list.unread,
      AUDIENCE_CHOICES.map((c) => `${c.label}（${c.key}）`),
    ),
  );
  return undefined;
}
