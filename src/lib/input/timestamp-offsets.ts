import yaml from 'js-yaml';

/**
 * YAML makes a Date of `2023-11-18T19:30:00+08:00` (a timestamp with seconds)
 * and forgets the offset it was written with. parseBeijing reads a Date as a
 * Beijing wall clock, which is right for `2023-11-18 19:30:00` (YAML says
 * UTC, the editor meant Beijing) and eight hours wrong for one written with
 * `+08:00` or `Z`. So a timestamp written with an offset is handed on as its
 * instant's ISO text, which parseBeijing reads as that instant.
 */

/**
 * js-yaml's default schema less its timestamps (and merge keys, which need the
 * aliases the check refuses, and `!!binary`-style tags, which then fail to
 * read and leave the data as it was): each timestamp as it was written.
 */
const TIMESTAMPS_AS_TEXT = yaml.CORE_SCHEMA;

/** The time and the offset at the end of a timestamp, as YAML's timestamp type accepts them. */
const ENDS_WITH_OFFSET = /\d:\d{2}(?:\.\d*)?[ \t]*(?:Z|[-+]\d{1,2}(?::?\d{2})?)$/i;
/** Anything in the front matter that could be such a timestamp: the cheap test before reading it again. */
const MAY_HOLD_OFFSET = /\d:\d{2}(?:\.\d*)?[ \t]*(?:Z|[-+]\d)/i;

/** Whether a value holds a Date anywhere (only then can one have lost its offset). */
export function holdsDate(value: unknown): boolean {
  if (value instanceof Date) return true;
  if (Array.isArray(value)) return value.some(holdsDate);
  if (value !== null && typeof value === 'object') return Object.values(value).some(holdsDate);
  return false;
}

/**
 * `data` as YAML read `rawYaml` (the front matter without its `---` lines),
 * with each Date that was written with an offset replaced by its instant in
 * ISO text; the same object when there is none.
 */
export function keepTimestampOffsets<T>(data: T, rawYaml: string): T {
  if (!MAY_HOLD_OFFSET.test(rawYaml) || !holdsDate(data)) return data;
  let written: unknown;
  try {
    written = yaml.load(rawYaml, { schema: TIMESTAMPS_AS_TEXT });
  } catch {
    return data;
  }
  return withOffsetsKept(data, written) as T;
}

function withOffsetsKept(value: unknown, written: unknown): unknown {
  if (value instanceof Date) {
    return typeof written === 'string' && ENDS_WITH_OFFSET.test(written.trim()) ? value.toISOString() : value;
  }
  if (Array.isArray(value)) {
    return value.map((item, index) => withOffsetsKept(item, Array.isArray(written) ? written[index] : undefined));
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) {
    const source = (written ?? {}) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withOffsetsKept(item, source[key])]));
  }
  return value;
}
