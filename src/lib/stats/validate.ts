/**
 * Validates a statistics file (`content/data/stats/<year>.json`) and reports
 * every problem at once, each naming the file, the report (`第 3 条报告（广州市
 * 440100）`) and the field by its English key path, with a message in Chinese.
 * Late reports and regions without a report are not problems: the site shows them.
 */
import type { InputProblem } from '../input-problem.ts';
import { parseBeijing, parseBeijingDate } from '../dates/index.ts';
import { regionByCode, regionLabel } from '../regions/index.ts';
import { ACTIVITY_KINDS, isActivityKind, perKind } from './activity-kinds.ts';
import type { ActivityKind } from './activity-kinds.ts';
import type { KindFigures, StatsFile, StatsReport, StatsResult } from './schema.ts';
import { findDuplicateKeys } from './duplicate-keys.ts';
import { closestKey } from './suggest.ts';

const TOP_KEYS = ['year', 'deadline', 'note', 'province', 'reports'] as const;
const REPORT_KEYS = ['region', 'submittedAt', 'openingCeremony', 'activities'] as const;
const FIGURE_KEYS = ['count', 'participants'] as const;

/** The field named when the whole file is at fault (not JSON, not an object). */
export const WHOLE_FILE = '（整个文件）';

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME_SHAPE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const SLASHED_DATE = /^(\d{4})\s*[/.年]\s*(\d{1,2})\s*[/.月]\s*(\d{1,2})\s*日?$/;

type Json = unknown;
type JsonObject = Record<string, Json>;

function isObject(value: Json): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function has(obj: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

function list(keys: readonly string[]): string {
  return keys.join('、');
}

class Problems {
  readonly all: InputProblem[] = [];
  readonly file: string;
  constructor(file: string) {
    this.file = file;
  }
  add(item: string | undefined, field: string, message: string): void {
    const problem: InputProblem = { file: this.file, field, message };
    if (item !== undefined) problem.item = item;
    this.all.push(problem);
  }
}

/** `{"a": 1 "b": 2}` → where V8 stopped reading, as line and column an editor can find. */
function jsonSyntaxMessage(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const at = /at position (\d+)/.exec(raw);
  if (at) {
    const position = Number(at[1]);
    const before = text.slice(0, position).split('\n');
    const line = before.length;
    const column = (before[before.length - 1] ?? '').length + 1;
    return `不是有效的 JSON：第 ${line} 行第 ${column} 列（位置 ${position}）附近有语法错误。常见原因：漏了逗号或引号，或最后一项后多了逗号`;
  }
  if (/end of JSON input/i.test(raw)) {
    return '不是有效的 JSON：文件在结尾处不完整，可能漏了 } 或 ]';
  }
  return '不是有效的 JSON：有语法错误，请用 JSON 校验工具检查';
}

function checkKeys(
  problems: Problems,
  obj: JsonObject,
  allowed: readonly string[],
  item: string | undefined,
  prefix: string,
): void {
  for (const key of Object.keys(obj)) {
    if (allowed.includes(key)) continue;
    const guess = closestKey(key, allowed);
    const hint = guess ? `（是否应为 ${guess}？）` : '';
    problems.add(
      item,
      join(prefix, key),
      `未知字段 "${key}"${hint}；这里允许的字段：${list(allowed)}。未知字段里的数字不会被统计，请改正或删除`,
    );
  }
}

function join(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}

/**
 * A figure (count, participants, year): a whole, non-negative JSON number.
 * Returns the number, or undefined after reporting why not.
 */
function checkWholeNumber(problems: Problems, value: Json, item: string | undefined, field: string): number | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (trimmed !== '' && Number.isFinite(Number(trimmed))) {
      problems.add(item, field, `数字不要加引号：应写 ${trimmed}，而不是 "${value}"`);
    } else {
      problems.add(item, field, `应为数字，而不是文字 "${value}"`);
    }
    return undefined;
  }
  if (typeof value !== 'number') {
    problems.add(item, field, `应为数字，而不是 ${describe(value)}`);
    return undefined;
  }
  if (value < 0) {
    problems.add(item, field, `不能为负数：${value}`);
    return undefined;
  }
  if (!Number.isInteger(value)) {
    problems.add(item, field, `应为整数：${value} 不是整数`);
    return undefined;
  }
  if (!Number.isSafeInteger(value)) {
    problems.add(item, field, `数字过大：${value}`);
    return undefined;
  }
  return value;
}

function describe(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return '数组';
  if (typeof value === 'object') return '对象';
  if (typeof value === 'boolean') return String(value);
  return typeof value;
}

/** A date `YYYY-MM-DD`, or (when `withTime`) a date-time; returns the text as written when valid. */
function checkDate(
  problems: Problems,
  value: Json,
  item: string | undefined,
  field: string,
  withTime: boolean,
): string | undefined {
  const example = '"2023-11-20"';
  if (typeof value !== 'string') {
    problems.add(item, field, `日期应写成带引号的文字，例如 ${example}，而不是 ${describe(value)}`);
    return undefined;
  }
  const text = value.trim();
  const shaped = DATE_SHAPE.test(text) || (withTime && DATE_TIME_SHAPE.test(text));
  if (!shaped) {
    const slashed = SLASHED_DATE.exec(text);
    const fix = slashed
      ? `"${slashed[1]}-${slashed[2]!.padStart(2, '0')}-${slashed[3]!.padStart(2, '0')}"`
      : example;
    problems.add(item, field, `日期格式不对："${value}"，应写成 年-月-日，例如 ${fix}`);
    return undefined;
  }
  const parsed = DATE_SHAPE.test(text) ? parseBeijingDate(text) : parseBeijing(text);
  if (!parsed) {
    problems.add(item, field, `"${value}" 不是存在的日期${withTime && !DATE_SHAPE.test(text) ? '或时间' : ''}`);
    return undefined;
  }
  return text;
}

function checkProvince(problems: Problems, value: Json): Record<ActivityKind, boolean> | undefined {
  const example = `{"themed_reading": true, "publisher_picks": true, …}`;
  if (!isObject(value)) {
    problems.add(undefined, 'province', `应为对象，写明省级层面是否开展每类活动，例如 ${example}`);
    return undefined;
  }
  reportUnknownKinds(problems, value, undefined, 'province');
  const result = perKind(() => false);
  let complete = true;
  for (const kind of ACTIVITY_KINDS) {
    const field = `province.${kind}`;
    if (!has(value, kind)) {
      problems.add(undefined, field, `缺少省级层面是否开展此项活动：写 true（开展）或 false（未开展）`);
      complete = false;
      continue;
    }
    const flag = value[kind];
    if (typeof flag === 'boolean') {
      result[kind] = flag;
    } else {
      const quoted = typeof flag === 'string' ? '（不加引号）' : '';
      problems.add(undefined, field, `应为 true 或 false${quoted}，而不是 ${JSON.stringify(flag)}`);
      complete = false;
    }
  }
  return complete ? result : undefined;
}

function reportUnknownKinds(problems: Problems, obj: JsonObject, item: string | undefined, prefix: string): void {
  for (const key of Object.keys(obj)) {
    if (isActivityKind(key)) continue;
    const guess = closestKey(key, ACTIVITY_KINDS);
    const hint = guess ? `（是否应为 ${guess}？）` : '';
    problems.add(
      item,
      join(prefix, key),
      `未知的活动类别 "${key}"${hint}；应为以下之一：${list(ACTIVITY_KINDS)}`,
    );
  }
}

function checkActivities(
  problems: Problems,
  value: Json,
  item: string,
  prefix: string,
): Record<ActivityKind, KindFigures> | undefined {
  if (!isObject(value)) {
    problems.add(
      item,
      prefix,
      `应为对象，按活动类别填写，例如 {"themed_reading": {"count": 120, "participants": 35000}}`,
    );
    return undefined;
  }
  reportUnknownKinds(problems, value, item, prefix);
  const result = perKind<KindFigures>(() => ({ count: 0, participants: 0 }));
  let complete = true;
  for (const kind of ACTIVITY_KINDS) {
    if (!has(value, kind)) continue; // a kind left out is 0
    const kindPath = `${prefix}.${kind}`;
    const entry = value[kind];
    if (!isObject(entry)) {
      problems.add(item, kindPath, `应为对象 {"count": 活动数, "participants": 参与人次}`);
      complete = false;
      continue;
    }
    checkKeys(problems, entry, FIGURE_KEYS, item, kindPath);
    const figures: Partial<KindFigures> = {};
    for (const key of FIGURE_KEYS) {
      const field = `${kindPath}.${key}`;
      if (!has(entry, key)) {
        problems.add(item, field, key === 'count' ? '缺少活动数 count（没有活动写 0）' : '缺少参与人次 participants（没有写 0）');
        continue;
      }
      const n = checkWholeNumber(problems, entry[key], item, field);
      if (n !== undefined) figures[key] = n;
    }
    if (figures.count === 0 && figures.participants !== undefined && figures.participants > 0) {
      problems.add(
        item,
        `${kindPath}.participants`,
        `有 ${figures.participants} 人次参与，但活动数 count 为 0：请填写活动数，或把参与人次改为 0`,
      );
      complete = false;
      continue;
    }
    if (figures.count === undefined || figures.participants === undefined) {
      complete = false;
      continue;
    }
    result[kind] = { count: figures.count, participants: figures.participants };
  }
  return complete ? result : undefined;
}

/** The region code of report `index` (0-based); reports problems with it. */
function checkRegion(problems: Problems, report: JsonObject, item: string, field: string): string | undefined {
  if (!has(report, 'region')) {
    problems.add(item, field, '缺少地区代码，例如 "region": "440100"');
    return undefined;
  }
  const value = report.region;
  if (typeof value === 'number') {
    problems.add(item, field, `地区代码应写成带引号的文字："${value}"`);
    return undefined;
  }
  if (typeof value !== 'string') {
    problems.add(item, field, `地区代码应写成带引号的文字，例如 "440100"，而不是 ${describe(value)}`);
    return undefined;
  }
  if (!/^\d{6}$/.test(value)) {
    problems.add(item, field, `地区代码应为 6 位数字，例如 "440100"（广州市），而不是 "${value}"`);
    return undefined;
  }
  const region = regionByCode(value);
  if (region?.level === 'province') {
    problems.add(item, field, `440000 是广东省本级，不能作为一条报告：省级层面是否开展写在顶层的 province 字段`);
    return undefined;
  }
  if (!region) {
    problems.add(
      item,
      field,
      value.startsWith('44')
        ? `未知的地区代码 "${value}"：不在广东省地市、县（市、区）代码表中（GB/T 2260）`
        : `"${value}" 不是广东省的地区代码：报告只收广东省的地市和县（市、区）`,
    );
    return undefined;
  }
  return value;
}

function reportItem(index: number, region: Json): string {
  const where = typeof region === 'string' || typeof region === 'number' ? `（${regionLabel(String(region))}）` : '';
  return `第 ${index + 1} 条报告${where}`;
}

/** `第 2 条报告（深圳市 440300）` for a path inside `reports[1]`; undefined elsewhere. */
function itemOfPath(root: JsonObject, path: string): string | undefined {
  const match = /^reports\[(\d+)\]/.exec(path);
  if (!match) return undefined;
  const index = Number(match[1]);
  const report = Array.isArray(root.reports) ? (root.reports[index] as Json) : undefined;
  return reportItem(index, isObject(report) ? report.region : undefined);
}

function checkReports(problems: Problems, value: Json): StatsReport[] | undefined {
  if (!Array.isArray(value)) {
    problems.add(undefined, 'reports', '应为数组 [ … ]，每项是一个地市或县（市、区）的报告；尚无报告时写 []');
    return undefined;
  }
  const reports: StatsReport[] = [];
  const firstIndexOf = new Map<string, number>();
  let complete = true;
  value.forEach((raw: Json, index) => {
    const prefix = `reports[${index}]`;
    if (!isObject(raw)) {
      problems.add(reportItem(index, undefined), prefix, `每条报告应为对象 {"region": …, "submittedAt": …, "activities": …}`);
      complete = false;
      return;
    }
    const item = reportItem(index, raw.region);
    checkKeys(problems, raw, REPORT_KEYS, item, prefix);
    let ok = true;
    const region = checkRegion(problems, raw, item, `${prefix}.region`);
    if (region !== undefined) {
      const first = firstIndexOf.get(region);
      if (first !== undefined) {
        problems.add(
          item,
          `${prefix}.region`,
          `地区代码 ${region} 重复：第 ${first + 1} 条报告已是${regionLabel(region)} 的报告，每个地区只能有一条报告`,
        );
        ok = false;
      } else {
        firstIndexOf.set(region, index);
      }
    }
    let submittedAt: string | undefined;
    if (!has(raw, 'submittedAt')) {
      problems.add(item, `${prefix}.submittedAt`, '缺少报送日期，例如 "submittedAt": "2023-11-20"');
    } else {
      submittedAt = checkDate(problems, raw.submittedAt, item, `${prefix}.submittedAt`, true);
    }
    let openingCeremony: string | undefined;
    let openingOk = true;
    if (has(raw, 'openingCeremony') && raw.openingCeremony !== null) {
      openingCeremony = checkDate(problems, raw.openingCeremony, item, `${prefix}.openingCeremony`, true);
      openingOk = openingCeremony !== undefined;
    }
    const activities = has(raw, 'activities')
      ? checkActivities(problems, raw.activities, item, `${prefix}.activities`)
      : perKind<KindFigures>(() => ({ count: 0, participants: 0 }));
    if (!ok || region === undefined || submittedAt === undefined || !openingOk || activities === undefined) {
      complete = false;
      return;
    }
    const report: StatsReport = { region, submittedAt, activities };
    if (openingCeremony !== undefined) report.openingCeremony = openingCeremony;
    reports.push(report);
  });
  return complete ? reports : undefined;
}

/** `2023` for `…/stats/2023.json`; undefined for any other file name. */
function yearInFileName(fileLabel: string): number | undefined {
  const name = fileLabel.split(/[\\/]/).pop() ?? '';
  const match = /^(\d{4})\.json$/i.exec(name);
  return match ? Number(match[1]) : undefined;
}

/**
 * Validates the text of a statistics file. `fileLabel` is the path as the
 * editor knows it; it names the file in every problem, and when it is
 * `<year>.json` the file's `year` must match it.
 */
export function validateStats(text: string, fileLabel: string): StatsResult {
  const problems = new Problems(fileLabel);
  const source = text.replace(/^\uFEFF/, ''); // editors on Windows save with a BOM
  if (source.trim() === '') {
    problems.add(undefined, WHOLE_FILE, '文件是空的，应为 JSON 对象 { "year": …, "deadline": …, "province": …, "reports": […] }');
    return { ok: false, problems: problems.all };
  }
  let root: Json;
  try {
    root = JSON.parse(source);
  } catch (error) {
    problems.add(undefined, WHOLE_FILE, jsonSyntaxMessage(source, error));
    return { ok: false, problems: problems.all };
  }
  if (!isObject(root)) {
    problems.add(undefined, WHOLE_FILE, `应为 JSON 对象 { … }，包含 ${list(TOP_KEYS.filter((k) => k !== 'note'))}，而不是${describe(root)}`);
    return { ok: false, problems: problems.all };
  }

  for (const { path, key } of findDuplicateKeys(source)) {
    problems.add(
      itemOfPath(root, path),
      path,
      `"${key}" 写了两次：只会保留后一次的值，前一次的数字会丢失，请合并为一处`,
    );
  }

  checkKeys(problems, root, TOP_KEYS, undefined, '');

  let year: number | undefined;
  if (!has(root, 'year')) {
    problems.add(undefined, 'year', '缺少年份，例如 "year": 2023');
  } else {
    year = checkWholeNumber(problems, root.year, undefined, 'year');
    const named = yearInFileName(fileLabel);
    if (year !== undefined && named !== undefined && year !== named) {
      problems.add(undefined, 'year', `年份 ${year} 与文件名 ${named}.json 不一致：改正年份，或把文件改名为 ${year}.json`);
      year = undefined;
    }
  }

  let deadline: string | undefined;
  if (!has(root, 'deadline')) {
    problems.add(undefined, 'deadline', '缺少报送截止日期，例如 "deadline": "2023-11-25"');
  } else {
    deadline = checkDate(problems, root.deadline, undefined, 'deadline', false);
  }

  let note: string | undefined;
  let noteOk = true;
  if (has(root, 'note')) {
    if (typeof root.note === 'string') {
      note = root.note;
    } else {
      problems.add(undefined, 'note', `应为文字（带引号），而不是 ${describe(root.note)}`);
      noteOk = false;
    }
  }

  let province: Record<ActivityKind, boolean> | undefined;
  if (!has(root, 'province')) {
    problems.add(undefined, 'province', '缺少省级层面是否开展各类活动，例如 "province": {"themed_reading": true, …}');
  } else {
    province = checkProvince(problems, root.province);
  }

  let reports: StatsReport[] | undefined;
  if (!has(root, 'reports')) {
    problems.add(undefined, 'reports', '缺少报告列表，尚无报告时写 "reports": []');
  } else {
    reports = checkReports(problems, root.reports);
  }

  if (
    problems.all.length > 0 ||
    year === undefined ||
    deadline === undefined ||
    !noteOk ||
    province === undefined ||
    reports === undefined
  ) {
    return { ok: false, problems: problems.all };
  }
  const data: StatsFile = { year, deadline, province, reports };
  if (note !== undefined) data.note = note;
  return { ok: true, data };
}
