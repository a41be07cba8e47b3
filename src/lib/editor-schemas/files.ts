import { isJsonObject } from '../input/json.ts';
import { editorJsonSchema } from './json-schema.ts';
import { DATA_KINDS, SCHEMA_KINDS, type DataKind, type SchemaKind } from './zod-schemas.ts';

/**
 * The files `npm run schemas` writes: a JSON Schema per kind of file in
 * src/schemas/, and, in the workspace settings people share and edit, the
 * entries that tell VS Code which schema checks which data file while an
 * editor types (vscode-settings.ts puts them in, keeping everything else). A
 * test regenerates them and compares, so a change to a schema or to the field
 * guide that was not followed by `npm run schemas` fails CI.
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

export const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The VS Code setting whose entries map files to schemas. */
export const SCHEMA_MAPPINGS_KEY = 'json.schemas';

export interface SchemaMapping {
  fileMatch: string[];
  url: string;
}

/** The entries of `json.schemas` this tool writes: one per data file kind. */
export function schemaMappings(): SchemaMapping[] {
  return DATA_KINDS.map((kind) => ({ fileMatch: DATA_FILES[kind], url: `./${schemaFile(kind)}` }));
}

/** An entry of `json.schemas` that is this tool's to write: it points into src/schemas/ (one of a kind since removed too). */
export function isSchemaMappingOfOurs(entry: unknown): boolean {
  return isJsonObject(entry) && typeof entry.url === 'string' && entry.url.startsWith(`./${SCHEMA_DIR}/`);
}

/** The settings file as written where there is none yet. */
export function vscodeSettings(): Record<string, unknown> {
  return { [SCHEMA_MAPPINGS_KEY]: schemaMappings() };
}

/** Every generated schema file, path → text (the VS Code settings are merged, not generated: vscode-settings.ts). */
export function editorSchemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const kind of SCHEMA_KINDS) files.set(schemaFile(kind), json(editorJsonSchema(kind)));
  return files;
}
