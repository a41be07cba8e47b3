import type { z } from 'zod';

/**
 * What a field checked by code (`checked`, a transform) accepts, as JSON
 * Schema, for editors' tools: Zod cannot see through a function, so the
 * field says it. src/lib/editor-schemas turns the schemas into JSON Schema
 * files and puts these in place of what Zod would write (`{}`).
 */
export type JsonShape = Record<string, unknown>;

export const JSON_SHAPE = 'jsonShape';

/** `shape` may be a function, for a shape that needs data (the province's extent) only when a schema file is made. */
export function withJsonShape<T extends z.ZodType>(schema: T, shape: JsonShape | (() => JsonShape)): T {
  return schema.meta({ [JSON_SHAPE]: shape });
}

/** Patterns the shapes share (JSON Schema regular expressions: no flags). */
export const SHAPES = {
  date: { type: 'string', pattern: '^\\s*\\d{4}-\\d{2}-\\d{2}\\s*$' },
  dateOrDateTime: {
    type: 'string',
    pattern: '^\\s*\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?\\s*$',
  },
  dateTime: { type: 'string', pattern: '^\\s*\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?\\s*$' },
  text: { type: 'string', pattern: '\\S' },
  wholeNumber: { type: 'integer', minimum: 0 },
  webUrl: { type: 'string', format: 'uri', pattern: '^\\s*[hH][tT][tT][pP][sS]?://\\S+\\s*$' },
  /** Keys an object does not know: refused, with the closest known one named by the check. */
  noOtherKeys: { not: {} },
} as const satisfies Record<string, JsonShape>;
