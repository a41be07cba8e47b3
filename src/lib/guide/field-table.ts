import { schemaWords, type FieldWords } from '../../i18n/zh-CN/field-guide.ts';
import { fieldWords } from '../editor-schemas/field-words.ts';
import { guideText } from '../../i18n/zh-CN/guide.ts';
import { editorJsonSchema } from '../editor-schemas/json-schema.ts';
import { schemaFields, type JsonSchema } from '../editor-schemas/json-walk.ts';
import { placeWords } from '../regions/index.ts';
import type { SchemaKind } from '../editor-schemas/zod-schemas.ts';

/**
 * A kind's fields as a Markdown table for the guide: every field of its
 * JSON Schema (so of its Zod schema), required or not, how to write it (the
 * field guide), and its limits and allowed values as the schema says them.
 */
const words = schemaWords.table;
/** A list this long (the region codes) is named, not printed. */
const MAX_LISTED_VALUES = 12;

const isObject = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);
const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function limits(field: JsonSchema, guide: FieldWords): string {
  const parts: string[] = [];
  const target = isObject(field.items) ? field.items : field;
  if (typeof field.maxLength === 'number') parts.push(words.maxLength(field.maxLength));
  if (typeof field.minimum === 'number' && typeof field.maximum === 'number' && field.type === 'integer')
    parts.push(words.range(field.minimum, field.maximum));
  if (typeof field.minItems === 'number' && field.minItems > 0 && field.type === 'array' && !Array.isArray(field.items))
    parts.push(words.atLeast(field.minItems));
  if (field.default !== undefined) parts.push(words.defaultValue(JSON.stringify(field.default)));
  if (Array.isArray(target.enum)) {
    if (target.enum.length > MAX_LISTED_VALUES)
      parts.push(guide.manyValues?.(target.enum.length) ?? guideText.table.manyValues(placeWords().kind.self, target.enum.length));
    else
      parts.push(
        target.enum.map((value) => words.value(String(value), guide.values?.[String(value)] ?? '')).join(words.valuesSeparator),
      );
  }
  return parts.join(words.valuesSeparator);
}

export function fieldTable(kind: SchemaKind): string {
  const schema = editorJsonSchema(kind);
  const guide: Readonly<Record<string, FieldWords>> = fieldWords()[kind];
  const optional = new Set<string>();
  const rows = [`| ${words.head.join(' | ')} |`, `|${words.head.map(() => ' --- ').join('|')}|`];
  for (const { path, schema: field, required } of schemaFields(schema)) {
    if (path === '$schema') continue;
    const parent = path.includes('.') ? path.slice(0, path.lastIndexOf('.')).replace(/\[\]$/, '') : undefined;
    if (!required) optional.add(path);
    const need = !required ? words.optional : parent && optional.has(parent) ? guideText.table.requiredIn(parent) : words.required;
    const g = guide[path]!;
    const how = [g.format, g.note].filter(Boolean).join('。');
    rows.push(`| \`${path}\` | ${cell(g.label)} | ${need} | ${cell(how)} | ${cell(limits(field, g))} |`);
  }
  return rows.join('\n');
}
