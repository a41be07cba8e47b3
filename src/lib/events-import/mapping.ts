/**
 * Which column of a city's event list holds which field, matched by header
 * text. The defaults (the string table's `mappingDefaults`) fit the headers
 * the issue names and their usual variants; an office with other headers
 * writes a small YAML or JSON file with only what differs (`--mapping`).
 */
import yaml from 'js-yaml';
import { eventsImportText } from '../../i18n/zh-CN/events-import.ts';
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';
import type { InputProblem } from '../input-problem.ts';
import { closestKey } from '../input/index.ts';
import { slipInReadableYaml, yamlErrorHint, type YamlHint } from '../input/yaml-hint.ts';
import { placeWords, province } from '../regions/index.ts';
import localHeaders from './local-headers.json' with { type: 'json' };
import { normaliseHeader, type ColumnSpec } from '../spreadsheet/index.ts';

export const COLUMN_KEYS = [
  'title',
  'region',
  'city',
  'start',
  'end',
  'venue',
  'address',
  'accessibility',
  'online',
  'organizer',
  'type',
  'audience',
  'registration',
  'summary',
  'date',
  'endDate',
  'status',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/**
 * The template's columns, in its order: not `city` (the template has one
 * 地区 column; a sheet that gives the city apart, 地市 beside 区县, is read),
 * nor `date` and `endDate` (a sheet
 * that gives the day apart from the time, 日期 beside 时间 or 开始日期,
 * 开始时间, 结束日期, 结束时间, is read, but the template asks for both in
 * 开始时间 and 结束时间) nor `status` (cities list events to come; 状态 is for
 * a list sent again with some called off).
 */
export const TEMPLATE_KEYS = COLUMN_KEYS.filter((key) => !['city', 'date', 'endDate', 'status'].includes(key));

/**
 * Columns whose defaults give way to a header a mapping file names under
 * another field: files that --write-mapping saved before 开始日期 and
 * 结束日期 were read as day columns list them under start and end, and
 * those saved before a city column was read list 地市 under region; they
 * still read as they did.
 */
const GIVING_WAY_KEYS: readonly ColumnKey[] = ['city', 'date', 'endDate'];

/**
 * A sheet without these columns cannot be imported at all. `start` may be a
 * 日期 column instead (`date`, with or without a 时间 column beside it), and
 * `region` a city column (`city`, with or without a county column beside it).
 */
export const REQUIRED_COLUMNS: ReadonlySet<ColumnKey> = new Set(['title', 'region', 'start', 'organizer', 'type', 'summary']);

export interface EventsMapping {
  columns: Record<ColumnKey, string[]>;
  headerRow?: number;
  sheet?: string;
  /** The mapping file, and the columns it names headers for: a column missing under those headers is the file's to fix too. */
  source?: { file: string; keys: ColumnKey[] };
}

export type MappingResult = { ok: true; mapping: EventsMapping } | { ok: false; problems: InputProblem[] };

const KNOWN_KEYS = [...COLUMN_KEYS, 'headerRow', 'sheet'] as const;
const words = statsFormsText.mapping;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function textList(value: unknown): string[] | undefined {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0 || !list.every((v) => typeof v === 'string' && v.trim() !== '')) return undefined;
  return list.map((v: string) => v.trim());
}

function parseOver(text: string, file: string, base: EventsMapping | undefined): MappingResult {
  let raw: unknown;
  try {
    raw = yaml.load(text);
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    return { ok: false, problems: [hintProblem(yamlErrorHint(text, error), file)] };
  }
  if (!isObject(raw)) {
    // `title：[项目]` reads as one line of text: the Chinese colon is what to fix, not the file's shape.
    const slip = slipInReadableYaml(text);
    return { ok: false, problems: [slip ? hintProblem(slip, file) : { file, field: words.wholeFile, message: words.notObject }] };
  }
  const problems: InputProblem[] = [];
  const add = (field: string, message: string) => problems.push({ file, field, message });
  const mapping: EventsMapping = base ? structuredClone(base) : { columns: {} as Record<ColumnKey, string[]> };
  for (const key of Object.keys(raw)) {
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) add(key, words.unknownKey(key, closestKey(key, KNOWN_KEYS), KNOWN_KEYS));
  }
  for (const key of COLUMN_KEYS) {
    if (!(key in raw)) continue;
    const list = textList(raw[key]);
    if (list) mapping.columns[key] = list;
    else add(key, words.notList);
  }
  if ('headerRow' in raw) {
    const row = raw.headerRow;
    if (typeof row === 'number' && Number.isInteger(row) && row >= 1) mapping.headerRow = row;
    else add('headerRow', words.headerRow);
  }
  if ('sheet' in raw) {
    const sheet = raw.sheet;
    if (typeof sheet === 'string' && sheet.trim() !== '') mapping.sheet = sheet.trim();
    else add('sheet', words.sheet);
  }
  if (base) {
    const named = new Set(COLUMN_KEYS.filter((key) => key in raw).flatMap((key) => mapping.columns[key].map(normaliseHeader)));
    for (const key of GIVING_WAY_KEYS)
      if (!(key in raw)) mapping.columns[key] = mapping.columns[key].filter((header) => !named.has(normaliseHeader(header)));
  }
  // A municipality's defaults have no city column: its districts are its only divisions.
  mapping.columns.city ??= [];
  for (const key of COLUMN_KEYS) if (!mapping.columns[key]) add(key, words.missing);
  if (base) mapping.source = { file, keys: COLUMN_KEYS.filter((key) => key in raw) };
  if (problems.length === 0) problems.push(...overlaps(mapping, file));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, mapping };
}

/** A syntax slip in the mapping, at its line (and key), in the words the content check uses for front matter. */
function hintProblem(hint: YamlHint, file: string): InputProblem {
  return { file, field: hint.key ?? words.wholeFile, message: eventsImportText.mappingSyntax(hint.line, hint.what) };
}

/** One header naming two fields would make the import guess: refused. */
function overlaps(mapping: EventsMapping, file: string): InputProblem[] {
  const owner = new Map<string, ColumnKey>();
  const problems: InputProblem[] = [];
  for (const key of COLUMN_KEYS) {
    for (const header of mapping.columns[key]) {
      const normal = normaliseHeader(header);
      const other = owner.get(normal);
      if (other !== undefined && other !== key) problems.push({ file, field: key, message: words.overlap(header, other) });
      else owner.set(normal, key);
    }
  }
  return problems;
}

let defaults: EventsMapping | undefined;

/**
 * The default mapping's text, as `--write-mapping` saves it: the headers of
 * the string table, and for the region the province's own words too (内蒙古's
 * 旗县（市、区）, 盟市: local-headers.json).
 */
export function defaultMappingText(): string {
  const local: Readonly<Record<string, readonly string[]>> = localHeaders.region;
  return eventsImportText.mappingDefaults(placeWords(), local[province().code] ?? []);
}

export function defaultEventsMapping(): EventsMapping {
  if (!defaults) {
    const result = parseOver(defaultMappingText(), 'mappingDefaults', undefined);
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.field}: ${p.message}`).join('\n'));
    defaults = result.mapping;
  }
  return structuredClone(defaults);
}

/** A mapping file's text (YAML, of which JSON is a part) over the defaults. */
export function parseEventsMapping(text: string, file: string): MappingResult {
  return parseOver(text, file, defaultEventsMapping());
}

/** Required columns that another can stand for (import.ts checks for either): a 日期 column for the start, a city column for the region. */
export const STAND_INS = { start: 'date', region: 'city' } as const satisfies Partial<Record<ColumnKey, ColumnKey>>;

/** The columns to look for; `start` and `region` are not required of the header here (see STAND_INS). */
export function columnSpecs(mapping: EventsMapping): ColumnSpec<ColumnKey>[] {
  return COLUMN_KEYS.map((key) => ({
    key,
    headers: mapping.columns[key],
    required: REQUIRED_COLUMNS.has(key) && !(key in STAND_INS),
  }));
}
