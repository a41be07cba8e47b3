import { editorJsonSchema } from './json-schema.ts';
import { DATA_KINDS, SCHEMA_KINDS, type DataKind, type SchemaKind } from './zod-schemas.ts';

/**
 * The files `npm run schemas` writes: a JSON Schema per kind of file in
 * src/schemas/, and the workspace settings that tell VS Code which schema
 * checks which data file while an editor types. A test regenerates them and
 * compares, so a change to a schema or to the field guide that was not
 * followed by `npm run schemas` fails CI.
 */
export const SCHEMA_DIR = 'src/schemas';
export const VSCODE_SETTINGS = '.vscode/settings.json';

export function schemaFile(kind: SchemaKind): string {
  return `${SCHEMA_DIR}/${kind}.schema.json`;
}

/** Where each data file lives, as VS Code matches paths from the workspace's root; test fixtures too. */
const DATA_FILES: Record<DataKind, string[]> = {
  stats: ['/content/data/stats/*.json', '/tests/fixtures/*/data/stats/*.json'],
  lighting: ['/content/data/lighting/*.json', '/tests/fixtures/*/data/lighting/*.json'],
  settings: ['/content/data/site.json', '/tests/fixtures/*/data/site.json'],
};

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function vscodeSettings(): Record<string, unknown> {
  return {
    'json.schemas': DATA_KINDS.map((kind) => ({ fileMatch: DATA_FILES[kind], url: `./${schemaFile(kind)}` })),
  };
}

/** Every generated file, path → text. */
export function editorSchemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const kind of SCHEMA_KINDS) files.set(schemaFile(kind), json(editorJsonSchema(kind)));
  files.set(VSCODE_SETTINGS, json(vscodeSettings()));
  return files;
}
