import { schemaWords, type FieldWords } from '../../i18n/zh-CN/field-guide.ts';
import { fieldWords } from '../editor-schemas/field-words.ts';
import { editorJsonSchema } from '../editor-schemas/json-schema.ts';
import type { JsonSchema } from '../editor-schemas/json-walk.ts';
import type { FrontMatterKind } from '../editor-schemas/zod-schemas.ts';

/**
 * The text of a new entry: every field of its collection's schema, in the
 * schema's order, each under a comment saying what it is, whether it is
 * required, how to write it and what values it takes (from the field
 * guide). Fields given a value are written; optional ones without a value
 * are written commented out, with an example, so that an editor sees every
 * field and can switch one on by deleting a `#`.
 */

/** A value written into YAML as it is (a date-time, which quoting would change nothing but the look of). */
export class YamlText {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

export type FrontMatterValue =
  string | number | boolean | YamlText | readonly string[] | { [key: string]: FrontMatterValue | undefined };

const SIMPLE_KEY = /^[a-z_]+$/;
/** Words YAML reads as something other than text. */
const YAML_WORDS = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n']);

function yamlScalar(value: Exclude<FrontMatterValue, object> | YamlText): string {
  if (value instanceof YamlText) return value.text;
  // A key (`seminar`) as the samples write it; any other text double-quoted, which YAML reads as JSON: a code stays text.
  if (typeof value === 'string') return SIMPLE_KEY.test(value) && !YAML_WORDS.has(value) ? value : JSON.stringify(value);
  return String(value);
}

function yamlList(values: readonly string[]): string {
  return `[${values.map((v) => (SIMPLE_KEY.test(v) && !YAML_WORDS.has(v) ? v : JSON.stringify(v))).join(', ')}]`;
}

const isObject = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `# 活动类型（必填）。写法：…。可选：themed_reading 主题阅读、…` */
function comment(words: FieldWords, required: boolean, field: JsonSchema, indent: string): string[] {
  const table = schemaWords.table;
  const head = `${words.label}（${required ? table.required : table.optional}）${words.format ? `：${words.format}` : ''}`;
  const lines = [head];
  if (words.note) lines.push(words.note);
  const target = isObject(field.items) ? field.items : field;
  if (words.values && Array.isArray(target.enum)) {
    lines.push(
      target.enum.map((value) => table.value(String(value), words.values?.[String(value)] ?? '').replaceAll('`', '')).join('、'),
    );
  }
  return lines.map((line) => `${indent}# ${line}`);
}

function write(
  lines: string[],
  schema: JsonSchema,
  values: Record<string, FrontMatterValue | undefined>,
  guide: Readonly<Record<string, FieldWords>>,
  prefix: string,
  indent: string,
  commented: boolean,
  explain: boolean,
): void {
  const properties = isObject(schema.properties) ? schema.properties : {};
  const required = new Set((schema.required as string[] | undefined) ?? []);
  for (const [key, field] of Object.entries(properties)) {
    if (!isObject(field) || key === '$schema') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const words = guide[path];
    if (!words) continue;
    const value = values[key];
    const off = commented || value === undefined;
    // Without explanations, only what has a value is written.
    if (off && !explain) continue;
    const lead = off ? `${indent}# ` : indent;
    if (explain) lines.push(...comment(words, required.has(key), field, indent));
    if (
      isObject(field.properties) &&
      (value === undefined || (typeof value === 'object' && !Array.isArray(value) && !(value instanceof YamlText)))
    ) {
      lines.push(`${lead}${key}:`);
      write(lines, field, (value ?? {}) as Record<string, FrontMatterValue | undefined>, guide, path, `${indent}  `, off, explain);
      continue;
    }
    if (value === undefined) {
      lines.push(`${lead}${key}: ${words.example ?? ''}`.trimEnd());
    } else if (Array.isArray(value)) {
      lines.push(`${lead}${key}: ${yamlList(value)}`);
    } else {
      lines.push(`${lead}${key}: ${yamlScalar(value as Exclude<FrontMatterValue, object> | YamlText)}`);
    }
  }
}

export interface EntryTextOptions {
  /** Comments on every field and commented-out optional ones (npm run new); off, only the fields set (an import). */
  explain?: boolean;
  /** Comment lines at the top of the front matter (where an imported entry came from). */
  comment?: readonly string[];
}

/** The whole file: front matter as above, then the body. */
export function entryText(
  kind: FrontMatterKind,
  values: Record<string, FrontMatterValue | undefined>,
  body: readonly string[],
  options: EntryTextOptions = {},
): string {
  const lines = ['---', ...(options.comment ?? []).map((line) => `# ${line}`)];
  write(lines, editorJsonSchema(kind), values, fieldWords()[kind], '', '', false, options.explain ?? true);
  lines.push('---', '', ...body, '');
  return lines.join('\n');
}
