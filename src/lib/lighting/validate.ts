import { parseBeijing, beijingYear } from '../dates/index.ts';
import { isInsideGuangdong } from '../geo/index.ts';
import type { InputProblem } from '../input-problem.ts';
import { PROVINCE, isGuangdongRegion } from '../regions/index.ts';
import { LIGHTING_KINDS } from './types.ts';
import type { LightingItem, LightingKind, LightingSchedule, LngLat } from './types.ts';

/**
 * Checks a lighting schedule file (`content/data/lighting/<year>.json`, see
 * design.md) and reports every problem at once, each naming the file, the
 * item (`第 3 项（gz-canton-tower 广州塔）`) and the field's English key, so an
 * editor can fix the whole file in one go.
 */
export type LightingValidation =
  | { ok: true; data: LightingSchedule }
  | { ok: false; problems: InputProblem[] };

const TOP_KEYS = ['year', 'message', 'note', 'items'] as const;
const ITEM_KEYS = ['id', 'region', 'place', 'kind', 'location', 'start', 'end', 'message', 'organizer'] as const;

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_ONLY = /^\s*\d{4}-\d{2}-\d{2}\s*$/;
/** `2023.json` → 2023; other names are not tied to a year. */
const YEAR_FILE = /(?:^|[\\/])(\d{4})\.json$/;

const EXAMPLE_TIME = '2023-11-18T19:30';

export function validateLighting(text: string, fileLabel: string): LightingValidation {
  const problems: InputProblem[] = [];
  const report = (field: string, message: string, item?: string) => {
    problems.push(item === undefined ? { file: fileLabel, field, message } : { file: fileLabel, item, field, message });
  };

  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    report('(JSON)', `文件不是有效的 JSON：${jsonErrorWhere(text, error)}。请检查逗号、引号和括号`);
    return { ok: false, problems };
  }
  if (!isPlainObject(root)) {
    report('(JSON)', '文件须为一个 JSON 对象，形如 { "year": 2023, "items": [ … ] }');
    return { ok: false, problems };
  }

  for (const key of Object.keys(root)) {
    if (!(TOP_KEYS as readonly string[]).includes(key)) {
      report(key, `未知字段：文件顶层只能有 ${TOP_KEYS.join('、')}`);
    }
  }

  const year = checkYear(root.year, fileLabel, report);
  const message = optionalText(root.message, 'message', report);
  const note = optionalText(root.note, 'note', report);
  const fileHasMessage = root.message !== undefined;

  const items: LightingItem[] = [];
  if (!Array.isArray(root.items)) {
    report('items', root.items === undefined ? '缺少 items：须为亮灯项目的数组' : 'items 须为数组，形如 [ { "id": …, … } ]');
  } else {
    const firstIndexOfId = new Map<string, number>();
    root.items.forEach((raw, index) => {
      const item = checkItem(raw, index, { year, message, fileHasMessage, firstIndexOfId }, report);
      if (item) items.push(item);
    });
  }

  if (problems.length > 0 || year === undefined) return { ok: false, problems };
  const data: LightingSchedule = { year, items };
  if (message !== undefined) data.message = message;
  if (note !== undefined) data.note = note;
  return { ok: true, data };
}

type Report = (field: string, message: string, item?: string) => void;

interface ItemContext {
  year: number | undefined;
  message: string | undefined;
  /** Whether the file wrote a top-level `message` at all (a bad one is reported once, at the top). */
  fileHasMessage: boolean;
  firstIndexOfId: Map<string, number>;
}

/** `第 3 项（gz-canton-tower 广州塔）`: 1-based, with whatever names the item. */
export function itemLabel(index: number, raw: unknown): string {
  const names: string[] = [];
  if (isPlainObject(raw)) {
    if (typeof raw.id === 'string' && raw.id.trim()) names.push(raw.id.trim());
    if (typeof raw.place === 'string' && raw.place.trim()) names.push(raw.place.trim());
  }
  return names.length > 0 ? `第 ${index + 1} 项（${names.join(' ')}）` : `第 ${index + 1} 项`;
}

function checkYear(value: unknown, fileLabel: string, report: Report): number | undefined {
  if (value === undefined) {
    report('year', '缺少 year：须为年份数字，如 2023');
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 2005 || value > 2100) {
    report('year', `year 须为年份数字（2005–2100），如 2023；现为 ${JSON.stringify(value)}`);
    return undefined;
  }
  const fromName = YEAR_FILE.exec(fileLabel)?.[1];
  if (fromName !== undefined && Number(fromName) !== value) {
    report('year', `year 为 ${value}，与文件名 ${fromName}.json 不符：请改正其一，使两者一致`);
    return undefined;
  }
  return value;
}

function checkItem(
  raw: unknown,
  index: number,
  context: ItemContext,
  report: Report,
): LightingItem | undefined {
  const label = itemLabel(index, raw);
  let found = 0;
  const problem: Report = (field, message) => {
    found += 1;
    report(field, message, label);
  };
  if (!isPlainObject(raw)) {
    problem('(项目)', '每一项须为一个 JSON 对象，形如 { "id": "gz-canton-tower", "region": "440100", … }');
    return undefined;
  }

  for (const key of Object.keys(raw)) {
    if (!(ITEM_KEYS as readonly string[]).includes(key)) {
      problem(key, `未知字段：每一项只能有 ${ITEM_KEYS.join('、')}`);
    }
  }

  const id = checkId(raw.id, index, context.firstIndexOfId, problem);
  const region = checkRegion(raw.region, problem);
  const place = requiredText(raw.place, 'place', '地点名称，如 广州塔', problem);
  const kind = checkKind(raw.kind, problem);
  const location = checkLocation(raw.location, problem);
  const start = checkTime(raw.start, 'start', problem);
  const end = checkTime(raw.end, 'end', problem);
  if (start && end && end.getTime() <= start.getTime()) {
    problem('end', `结束时间（end）须晚于开始时间（start）：现为 ${String(raw.start)} 至 ${String(raw.end)}`);
  }
  if (start && context.year !== undefined && beijingYear(start) !== context.year) {
    problem('start', `开始时间 ${String(raw.start)} 不在 ${context.year} 年：本文件只收 ${context.year} 年的亮灯`);
  }
  const ownMessage = optionalText(raw.message, 'message', problem);
  const message = ownMessage ?? context.message;
  if (raw.message === undefined && !context.fileHasMessage) {
    problem('message', '缺少亮灯标语：请在此项填写 message，或在文件顶层填写统一的 message');
  }
  const organizer = requiredText(raw.organizer, 'organizer', '组织单位，如 广州市教育局', problem);

  if (found > 0 || context.year === undefined) return undefined;
  if (!id || !region || !place || !kind || !location || !start || !end || !message || !organizer) return undefined;
  return { id, year: context.year, region, place, kind, location, start, end, message, organizer };
}

function checkId(value: unknown, index: number, firstIndexOfId: Map<string, number>, problem: Report) {
  if (typeof value !== 'string' || value.trim() === '') {
    problem('id', '缺少 id：须为小写字母、数字和连字符组成的标识，如 gz-canton-tower');
    return undefined;
  }
  if (!KEBAB_CASE.test(value)) {
    problem('id', `id“${value}”格式不对：只能用小写字母、数字和单个连字符（-），如 gz-canton-tower`);
    return undefined;
  }
  const first = firstIndexOfId.get(value);
  if (first !== undefined) {
    problem('id', `id“${value}”重复：第 ${first + 1} 项已使用，每项的 id 须唯一`);
    return undefined;
  }
  firstIndexOfId.set(value, index);
  return value;
}

function checkRegion(value: unknown, problem: Report): string | undefined {
  if (typeof value === 'number') {
    problem('region', `region 须用引号写成字符串，如 "${value}"`);
    return undefined;
  }
  if (typeof value !== 'string' || value.trim() === '') {
    problem('region', '缺少 region：须为地级市或区县的 6 位代码，如 "440100"（广州市）');
    return undefined;
  }
  if (!/^\d{6}$/.test(value)) {
    problem('region', `region“${value}”格式不对：须为 6 位数字代码，如 "440100"（广州市）`);
    return undefined;
  }
  if (!value.startsWith('44')) {
    problem('region', `region ${value} 不是广东省的区划代码：须为广东省地级市或区县的代码，如 "440100"（广州市）`);
    return undefined;
  }
  if (!isGuangdongRegion(value)) {
    problem('region', `未知的区划代码 ${value}：广东省没有这个代码，请对照 GB/T 2260 核对`);
    return undefined;
  }
  if (value === PROVINCE.code) {
    problem('region', `region 不能是全省代码 ${PROVINCE.code}：请填写地标所在的地级市或区县代码`);
    return undefined;
  }
  return value;
}

function checkKind(value: unknown, problem: Report): LightingKind | undefined {
  if (typeof value === 'string' && (LIGHTING_KINDS as readonly string[]).includes(value)) {
    return value as LightingKind;
  }
  const what = value === undefined ? '缺少 kind' : `未知的类型 ${JSON.stringify(value)}`;
  problem('kind', `${what}：须为 ${LIGHTING_KINDS.join('、')} 之一（塔、建筑、屏幕、桥梁、其他）`);
  return undefined;
}

function checkLocation(value: unknown, problem: Report): LngLat | undefined {
  const shape = '须为 [经度, 纬度] 两个数字，如 [113.3245, 23.1064]';
  if (value === undefined) {
    problem('location', `缺少 location：${shape}`);
    return undefined;
  }
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !value.every((n) => typeof n === 'number' && Number.isFinite(n))
  ) {
    problem('location', `location ${JSON.stringify(value)} 不对：${shape}`);
    return undefined;
  }
  const [lng, lat] = value as [number, number];
  const swapped = () =>
    isInsideGuangdong([lat, lng]) ? '；经度和纬度似乎写反了，应先写经度（约 110–117）再写纬度（约 20–26）' : '';
  if (Math.abs(lng) > 180 || Math.abs(lat) > 90) {
    problem('location', `location [${lng}, ${lat}] 不是有效的经纬度${swapped() || `：${shape}`}`);
    return undefined;
  }
  if (!isInsideGuangdong([lng, lat])) {
    problem('location', `location [${lng}, ${lat}] 不在广东省境内${swapped()}`);
    return undefined;
  }
  return [lng, lat];
}

function checkTime(value: unknown, field: 'start' | 'end', problem: Report): Date | undefined {
  const what = field === 'start' ? '开始时间' : '结束时间';
  if (value === undefined) {
    problem(field, `缺少${what}（${field}）：须写成 ${EXAMPLE_TIME}（北京时间）`);
    return undefined;
  }
  if (typeof value !== 'string') {
    problem(field, `${what}（${field}）须为字符串，写成 "${EXAMPLE_TIME}"（北京时间）`);
    return undefined;
  }
  if (DATE_ONLY.test(value)) {
    problem(field, `${what}“${value}”缺少时刻：须写成 ${value.trim()}T19:30 这样的日期加时刻（北京时间）`);
    return undefined;
  }
  const parsed = parseBeijing(value);
  if (!parsed) {
    problem(field, `无法识别的${what}“${value}”：须为存在的日期和时刻，写成 ${EXAMPLE_TIME}（北京时间）`);
    return undefined;
  }
  return parsed;
}

function requiredText(value: unknown, field: string, what: string, problem: Report): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    problem(field, `缺少 ${field}：须填写${what}`);
    return undefined;
  }
  return value.trim();
}

function optionalText(value: unknown, field: string, problem: Report): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    problem(field, `${field} 须为非空的文字；不需要时请删去此字段`);
    return undefined;
  }
  return value.trim();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `第 5 行第 3 列` from the parser's position, when it gives one. */
function jsonErrorWhere(text: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(detail)?.[1];
  if (position === undefined) {
    if (text.trim() === '') return '文件为空';
    return /end of JSON/i.test(detail) ? '文件不完整，可能缺少结尾的 ] 或 }' : '无法解析';
  }
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `第 ${line} 行第 ${column} 列附近有语法错误`;
}
