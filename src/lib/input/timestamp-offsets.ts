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

/**
 * Whether a value holds a Date anywhere (only then can one have lost its
 * offset). Each object once: YAML's aliases make one node the value of many
 * keys, and a file can repeat one 9^9 times in a few lines (yaml-anchors.ts);
 * Astro's loader hands such data here before any check refuses it.
 */
export function holdsDate(value: unknown, seen = new WeakSet<object>()): boolean {
  if (value instanceof Date) return true;
  if (value === null || typeof value !== 'object' || seen.has(value)) return false;
  seen.add(value);
  return Object.values(value).some((item) => holdsDate(item, seen));
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
  return withOffsetsKept(data, written, new Map()) as T;
}

/** `done`: each object's copy, made once however many aliases lead to it (an alias names the same text in `written`). */
function withOffsetsKept(value: unknown, written: unknown, done: Map<object, unknown>): unknown {
  if (value instanceof Date) {
    return typeof written === 'string' && ENDS_WITH_OFFSET.test(written.trim()) ? value.toISOString() : value;
  }
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return value;
  if (done.has(value)) return done.get(value);
  const source = (written ?? {}) as Record<string, unknown>;
  const copy = Array.isArray(value)
    ? value.map((item, index) => withOffsetsKept(item, Array.isArray(written) ? written[index] : undefined, done))
    : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withOffsetsKept(item, source[key], done)]));
  done.set(value, copy);
  return copy;
}
