import { z } from 'zod';
import { schemaWords, type FieldWords } from '../../i18n/zh-CN/field-guide.ts';
import { fieldWords } from './field-words.ts';
import { JSON_SHAPE } from '../input/index.ts';
import { schemaFields, type JsonSchema } from './json-walk.ts';
import { DATA_KINDS, zodSchemaOf, type SchemaKind } from './zod-schemas.ts';

/**
 * The JSON Schema of a file editors write, made from the Zod schema the site
 * checks it with: fields checked by code carry their own shape (json-shape.ts),
 * every field is described in Chinese from the field guide, and allowed
 * values are named (`enumDescriptions`, which VS Code shows in completion
 * lists). A field the guide does not describe stops the generator: the
 * schema, the guide and the scaffolder cannot fall out of step.
 */
export class UndescribedFields extends Error {
  readonly missing: readonly string[];
  constructor(missing: readonly string[]) {
    super(`fields without words in src/i18n/zh-CN/field-guide.ts: ${missing.join(', ')}`);
    this.missing = missing;
  }
}

const isObject = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Zod's own JSON Schema, with the shapes of fields checked by code put in place. */
function fromZod(kind: SchemaKind): JsonSchema {
  const schema = z.toJSONSchema(zodSchemaOf(kind), {
    // Draft 7: what VS Code's JSON and YAML support and most other tools read.
    target: 'draft-7',
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const json = ctx.jsonSchema as JsonSchema;
      const declared = json[JSON_SHAPE];
      const shape = typeof declared === 'function' ? (declared as () => unknown)() : declared;
      if (!isObject(shape)) return;
      for (const key of Object.keys(json)) delete json[key];
      Object.assign(json, structuredClone(shape));
    },
  });
  // Zod reuses one object for a schema used twice (start and end): each use gets its own description.
  return JSON.parse(JSON.stringify(schema)) as JsonSchema;
}

/** `{ not: {} }`, Zod's way of saying no other key (a strict object's catch-all): `false` to every tool. */
const refusesAll = (value: unknown) =>
  isObject(value) && isObject(value.not) && Object.keys(value).length === 1 && Object.keys(value.not).length === 0;

/** Front matter keys the schema does not know are refused by the check: the editor's tool says so at once. */
function closeObjects(schema: JsonSchema): void {
  if (isObject(schema.properties) && (schema.additionalProperties === undefined || refusesAll(schema.additionalProperties))) {
    schema.additionalProperties = false;
  }
  for (const value of Object.values(schema)) {
    if (Array.isArray(value)) value.filter(isObject).forEach(closeObjects);
    else if (isObject(value)) closeObjects(value);
  }
}

function describe(field: JsonSchema, words: FieldWords): void {
  field.description = schemaWords.description(words);
  if (!words.values) return;
  const target = isObject(field.items) ? field.items : field;
  if (Array.isArray(target.enum)) target.enumDescriptions = target.enum.map((value) => words.values?.[String(value)] ?? '');
}

export function editorJsonSchema(kind: SchemaKind): JsonSchema {
  const schema = fromZod(kind);
  if (!(DATA_KINDS as readonly string[]).includes(kind)) closeObjects(schema);
  const guide: Readonly<Record<string, FieldWords>> = fieldWords()[kind];
  const missing: string[] = [];
  for (const { path, schema: field } of schemaFields(schema)) {
    const words = guide[path];
    if (words) describe(field, words);
    else missing.push(`${kind}: ${path}`);
  }
  if (missing.length > 0) throw new UndescribedFields(missing);
  if ((DATA_KINDS as readonly string[]).includes(kind) && isObject(schema.properties)) {
    // A `$schema` key names this file for other editors' tools; the check passes over it.
    schema.properties = { $schema: { type: 'string', description: schemaWords.schemaKey }, ...schema.properties };
  }
  return { $schema: schema.$schema, title: schemaWords.titles[kind], ...schema };
}
