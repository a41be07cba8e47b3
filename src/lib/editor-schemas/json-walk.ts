/**
 * Walking a JSON Schema by the key paths editors see in their files:
 * `venue.name`, `reports[].region`, `province.themed_reading`.
 */
export type JsonSchema = Record<string, unknown>;

export interface SchemaField {
  /** `reports[].activities.themed_reading.count` */
  path: string;
  schema: JsonSchema;
  /** Listed in its parent's `required`. */
  required: boolean;
}

const isObject = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every named field under `root`, depth first, in the order the schema lists them. */
export function schemaFields(root: JsonSchema): SchemaField[] {
  const fields: SchemaField[] = [];
  const visit = (schema: JsonSchema, prefix: string) => {
    for (const alternative of [
      ...((schema.anyOf as JsonSchema[] | undefined) ?? []),
      ...((schema.allOf as JsonSchema[] | undefined) ?? []),
    ]) {
      if (isObject(alternative)) visit(alternative, prefix);
    }
    if (isObject(schema.items)) visit(schema.items, `${prefix}[]`);
    const properties = schema.properties;
    if (!isObject(properties)) return;
    const required = new Set((schema.required as string[] | undefined) ?? []);
    for (const [key, value] of Object.entries(properties)) {
      if (!isObject(value)) continue;
      const path = prefix ? `${prefix}.${key}` : key;
      fields.push({ path, schema: value, required: required.has(key) });
      visit(value, path);
    }
  };
  visit(root, '');
  return fields;
}
