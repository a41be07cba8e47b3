/**
 * Which column of a form export holds which figure, matched by header text.
 * The defaults fit the province's online form (annex 3 of the notice); an
 * office whose form changes next year writes a small YAML or JSON file with
 * only the keys it changes (`--mapping`), no code.
 */
import yaml from 'js-yaml';
import type { InputProblem } from '../input-problem.ts';
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';
import { normaliseHeader } from '../spreadsheet/index.ts';
import type { ColumnSpec } from '../spreadsheet/index.ts';
import { ACTIVITY_KINDS, isActivityKind } from './activity-kinds.ts';
import type { ActivityKind } from './activity-kinds.ts';
import { closestKey } from '../input/index.ts';
import { placeWords, province } from '../regions/index.ts';
import localHeaders from '../events-import/local-headers.json' with { type: 'json' };

export interface FormMapping {
  /** The region as typed: a name or a code. */
  region: string[];
  /**
   * An optional city column (地市, 盟市: the province's word) beside a county
   * column (县（市、区）, 旗县（市、区）) under `region`, as a form's two
   * questions export them; alone, it is the region column.
   */
  city: string[];
  /** An optional code column; when filled it decides, and the name must agree. */
  code: string[];
  submittedAt: string[];
  openingCeremony: string[];
  /** Each kind's names; headers are made from them with `count` and `participants`. */
  kinds: Record<ActivityKind, string[]>;
  /** Header patterns; `{名称}` stands for each of a kind's names. */
  count: string[];
  participants: string[];
  /** The header row as Excel numbers it; searched in the first 10 rows when absent. */
  headerRow?: number;
  /** The worksheet of an XLSX file; the first when absent. */
  sheet?: string;
}

/** Stands for each of a kind's names in a header pattern: `{名称}活动数`. */
export const NAME_PLACEHOLDER = statsFormsText.mapping.placeholder;

/**
 * The defaults, as a mapping file would write them (with comments, in the
 * string table since they are words an office reads). `stats mapping`
 * prints this text for an office to adapt (its examples the configured
 * province's); it is parsed like any mapping file.
 */
export function defaultMappingYaml(): string {
  const local: Readonly<Record<string, readonly string[]>> = localHeaders.county;
  return statsFormsText.mapping.defaults(placeWords(), local[province().code] ?? []);
}

const LIST_KEYS = ['region', 'city', 'code', 'submittedAt', 'openingCeremony', 'count', 'participants'] as const;
const KNOWN_KEYS = [...LIST_KEYS, 'kinds', 'headerRow', 'sheet'] as const;

export type MappingResult = { ok: true; mapping: FormMapping } | { ok: false; problems: InputProblem[] };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A list of header texts: a list of non-empty strings, or one string. */
function textList(value: unknown): string[] | undefined {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0) return undefined;
  if (!list.every((v) => typeof v === 'string' && v.trim() !== '')) return undefined;
  return list.map((v: string) => v.trim());
}

function parseValues(raw: Record<string, unknown>, base: FormMapping | undefined, file: string): MappingResult {
  const t = statsFormsText.mapping;
  const problems: InputProblem[] = [];
  const add = (field: string, message: string) => problems.push({ file, field, message });
  const mapping = base ? structuredClone(base) : ({ kinds: {} } as FormMapping);

  for (const key of Object.keys(raw)) {
    if ((KNOWN_KEYS as readonly string[]).includes(key)) continue;
    add(key, t.unknownKey(key, closestKey(key, KNOWN_KEYS), KNOWN_KEYS));
  }
  for (const key of LIST_KEYS) {
    if (!(key in raw)) continue;
    const list = textList(raw[key]);
    if (!list) add(key, t.notList);
    else if ((key === 'count' || key === 'participants') && !list.every((p) => p.includes(NAME_PLACEHOLDER)))
      add(key, t.noPlaceholder);
    else mapping[key] = list;
  }
  if ('kinds' in raw) {
    const kinds = raw.kinds;
    if (!isObject(kinds)) {
      add('kinds', t.kindsNotObject);
    } else {
      for (const [key, value] of Object.entries(kinds)) {
        if (!isActivityKind(key)) {
          add(`kinds.${key}`, t.unknownKind(key, closestKey(key, ACTIVITY_KINDS), ACTIVITY_KINDS));
          continue;
        }
        const list = textList(value);
        if (!list) add(`kinds.${key}`, t.notList);
        else mapping.kinds[key] = list;
      }
    }
  }
  if ('headerRow' in raw) {
    const row = raw.headerRow;
    if (typeof row !== 'number' || !Number.isInteger(row) || row < 1) add('headerRow', t.headerRow);
    else mapping.headerRow = row;
  }
  if ('sheet' in raw) {
    const sheet = raw.sheet;
    if (typeof sheet !== 'string' || sheet.trim() === '') add('sheet', t.sheet);
    else mapping.sheet = sheet.trim();
  }
  if (problems.length > 0) return { ok: false, problems };

  // Without a base (the defaults themselves), every key must be there.
  for (const key of ['region', 'submittedAt', 'count', 'participants'] as const) if (!mapping[key]) add(key, t.missing);
  for (const kind of ACTIVITY_KINDS) if (!mapping.kinds[kind]) add(`kinds.${kind}`, t.missing);
  mapping.code ??= [];
  mapping.city ??= [];
  mapping.openingCeremony ??= [];
  if (problems.length > 0) return { ok: false, problems };

  problems.push(...overlaps(mapping, file));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, mapping };
}

/** Reads a mapping file's text (YAML, of which JSON is a part) over the defaults. */
export function parseFormMapping(text: string, file: string): MappingResult {
  return parseOver(text, file, defaultFormMapping());
}

function parseOver(text: string, file: string, base: FormMapping | undefined): MappingResult {
  const t = statsFormsText.mapping;
  let raw: unknown;
  try {
    raw = yaml.load(text);
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const where = mark ? t.syntaxAt(mark.line + 1, mark.column + 1) : '';
    return { ok: false, problems: [{ file, field: t.wholeFile, message: t.syntax(where) }] };
  }
  if (!isObject(raw)) return { ok: false, problems: [{ file, field: t.wholeFile, message: t.notObject }] };
  return parseValues(raw, base, file);
}

let defaults: FormMapping | undefined;

export function defaultFormMapping(): FormMapping {
  if (!defaults) {
    const result = parseOver(defaultMappingYaml(), 'defaultMappingYaml', undefined);
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.field}: ${p.message}`).join('\n'));
    defaults = result.mapping;
  }
  return structuredClone(defaults);
}

/** The key a column answers to: `region`, `submittedAt`, `themed_reading.count` … */
export type ColumnKey = 'region' | 'city' | 'code' | 'submittedAt' | 'openingCeremony' | `${ActivityKind}.${'count' | 'participants'}`;

/** A kind's header texts for one figure: every name in every pattern. */
export function kindHeaders(mapping: FormMapping, kind: ActivityKind, figure: 'count' | 'participants'): string[] {
  return mapping[figure].flatMap((pattern) => mapping.kinds[kind].map((name) => pattern.replaceAll(NAME_PLACEHOLDER, name)));
}

export function columnSpecs(mapping: FormMapping): ColumnSpec<ColumnKey>[] {
  const specs: ColumnSpec<ColumnKey>[] = [
    // One of region and city is required (form-import.ts checks): a sheet may give either, or both.
    { key: 'region', headers: mapping.region, required: false },
    { key: 'city', headers: mapping.city, required: false },
    { key: 'code', headers: mapping.code, required: false },
    { key: 'submittedAt', headers: mapping.submittedAt, required: true },
    { key: 'openingCeremony', headers: mapping.openingCeremony, required: false },
  ];
  for (const kind of ACTIVITY_KINDS) {
    specs.push({ key: `${kind}.count`, headers: kindHeaders(mapping, kind, 'count'), required: true });
    specs.push({ key: `${kind}.participants`, headers: kindHeaders(mapping, kind, 'participants'), required: true });
  }
  return specs;
}

/** One header text naming two columns would make the import guess: refused, naming both. */
function overlaps(mapping: FormMapping, file: string): InputProblem[] {
  const owner = new Map<string, ColumnKey>();
  const problems: InputProblem[] = [];
  for (const spec of columnSpecs(mapping)) {
    for (const header of spec.headers) {
      const key = normaliseHeader(header);
      const other = owner.get(key);
      if (other !== undefined && other !== spec.key) {
        problems.push({ file, field: spec.key, message: statsFormsText.mapping.overlap(header, other) });
      } else {
        owner.set(key, spec.key);
      }
    }
  }
  return problems;
}
