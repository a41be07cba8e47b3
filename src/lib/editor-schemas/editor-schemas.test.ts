import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '../../../tests/support/fixture.ts';
import { fieldWords } from './field-words.ts';
import { editorSchemaFiles, schemaFile, vscodeSettings, VSCODE_SETTINGS } from './files.ts';
import { settingsWithSchemas } from './vscode-settings.ts';
import { schemaFields } from './json-walk.ts';
import { DATA_KINDS, FRONT_MATTER_KINDS, SCHEMA_KINDS, type SchemaKind } from './zod-schemas.ts';

/**
 * The JSON Schemas editors' tools use (src/schemas/, made by `npm run
 * schemas`): current with the Zod schemas and the field guide, accepting
 * every sample and fixture file, and refusing the bad inputs the validators'
 * own tests use, wherever a schema can say so.
 */
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const validators = new Map(
  SCHEMA_KINDS.map((kind) => [kind, ajv.compile(JSON.parse(readFileSync(schemaFile(kind), 'utf8')) as object)]),
);
const valid = (kind: SchemaKind, data: unknown) => validators.get(kind)!(data);

const ROOTS = ['content', FIXTURE_CONTENT];

/** Front matter as a YAML tool sees it: js-yaml, as Astro reads it, with timestamps written back as text. */
function frontMatterOf(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]!;
  return JSON.parse(JSON.stringify(yaml.load(block)));
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(dir, f));
}

const clone = <T>(value: T): T => structuredClone(value);

describe('the editors’ JSON Schemas', () => {
  it('are what npm run schemas writes now (run it after changing a schema or the field guide)', () => {
    for (const [path, text] of editorSchemaFiles()) expect(readFileSync(path, 'utf8'), path).toBe(text);
    const settings = readFileSync(VSCODE_SETTINGS, 'utf8');
    expect(settingsWithSchemas(settings), VSCODE_SETTINGS).toEqual({ ok: true, text: settings });
  });

  it('describe every field, in the words of the field guide', () => {
    for (const kind of SCHEMA_KINDS) {
      const schema = JSON.parse(readFileSync(schemaFile(kind), 'utf8')) as Record<string, unknown>;
      const guide = fieldWords()[kind] as Record<string, { label: string }>;
      for (const { path, schema: field } of schemaFields(schema)) {
        if (path === '$schema') continue;
        expect(String(field.description), `${kind} ${path}`).toMatch(new RegExp(`^${guide[path]!.label.replace(/[()（）]/g, '.')}`));
      }
    }
  });

  it('map the data files for VS Code', () => {
    const mapped = (vscodeSettings()['json.schemas'] as { url: string }[]).map((s) => s.url);
    expect(mapped).toEqual(DATA_KINDS.map((kind) => `./${schemaFile(kind)}`));
  });

  it('accept every sample and fixture file', () => {
    for (const root of ROOTS) {
      expect(valid('settings', JSON.parse(readFileSync(join(root, 'data/site.json'), 'utf8'))), `${root} site.json`).toBe(true);
      for (const kind of ['stats', 'lighting'] as const) {
        for (const file of readdirSync(join(root, 'data', kind))) {
          expect(valid(kind, JSON.parse(readFileSync(join(root, 'data', kind, file), 'utf8'))), `${root} ${kind}/${file}`).toBe(true);
        }
      }
      for (const kind of FRONT_MATTER_KINDS) {
        for (const file of markdownFiles(join(root, kind))) {
          const ok = valid(kind, frontMatterOf(file));
          expect(ok, `${file}: ${JSON.stringify(validators.get(kind)!.errors)}`).toBe(true);
        }
      }
    }
  });

  const stats = JSON.parse(readFileSync(join(FIXTURE_CONTENT, 'data/stats/2023.json'), 'utf8'));
  const lighting = JSON.parse(readFileSync(join(FIXTURE_CONTENT, 'data/lighting/2023.json'), 'utf8'));
  const event = frontMatterOf(join(FIXTURE_CONTENT, 'events/2023/gz-opening-ceremony.md')) as Record<string, unknown>;
  const book = frontMatterOf(join(FIXTURE_CONTENT, 'books/santi.md')) as Record<string, unknown>;
  const learner = frontMatterOf(join(FIXTURE_CONTENT, 'learners/he-wanqing.md')) as Record<string, unknown>;

  // The bad inputs of src/lib/stats/validate.test.ts, src/lib/lighting/validate.test.ts and the content tests.
  const statsMistakes: Record<string, (d: typeof stats) => void> = {
    'an unknown code': (d) => (d.reports[0].region = '449999'),
    'a code outside the province': (d) => (d.reports[0].region = '110000'),
    'the province as a report': (d) => (d.reports[0].region = '440000'),
    'a code too short': (d) => (d.reports[0].region = '4401'),
    'a code as a number': (d) => (d.reports[0].region = 440100),
    'no code': (d) => delete d.reports[0].region,
    'a negative count': (d) => (d.reports[0].activities.themed_reading.count = -5),
    'a fraction': (d) => (d.reports[0].activities.themed_reading.participants = 12.5),
    'a number in quotes': (d) => (d.reports[0].activities.learning_week.count = '120'),
    'text for a number': (d) => (d.reports[0].activities.learning_week.participants = '很多'),
    'null for a number': (d) => (d.reports[0].activities.online_lectures.count = null),
    'an unknown activity key': (d) => (d.reports[0].activities.online_lecture = { count: 1, participants: 10 }),
    'an unknown province key': (d) => (d.province.seminars = true),
    'a misspelt report key': (d) => (d.reports[0].submitted_at = '2023-11-20'),
    'an unknown top-level key': (d) => (d.totals = { themed_reading: 1 }),
    'a slashed date': (d) => (d.reports[0].submittedAt = '2023/11/20'),
    'a province flag in quotes': (d) => (d.province.themed_reading = 'true'),
  };
  const lightingMistakes: Record<string, (d: typeof lighting) => void> = {
    'an unknown kind': (d) => (d.items[0].kind = 'lamp'),
    'an unknown code': (d) => (d.items[0].region = '449999'),
    'the province itself': (d) => (d.items[0].region = '440000'),
    'a code as a number': (d) => (d.items[0].region = 440100),
    'a location off the globe': (d) => (d.items[0].location = [213, 23]),
    'a location in Beijing': (d) => (d.items[0].location = [116.3975, 39.9087]),
    'longitude and latitude swapped': (d) => (d.items[0].location = [23.1064, 113.3245]),
    'a time without a time': (d) => (d.items[0].start = '2023-11-18'),
    'a time as a number': (d) => (d.items[0].start = 1700307000000),
    'no end': (d) => delete d.items[0].end,
    'an id not in kebab-case': (d) => (d.items[0].id = 'GZ_Tower'),
  };
  const frontMatterMistakes: [SchemaKind, Record<string, unknown>, string, (d: Record<string, unknown>) => void][] = [
    ['events', event, 'an unknown region', (d) => (d.region = '449999')],
    ['events', event, 'a region without quotes', (d) => (d.region = 440100)],
    ['events', event, 'an unknown type', (d) => (d.type = 'reading')],
    ['events', event, 'an unknown audience', (d) => (d.audience = ['seniors'])],
    ['events', event, 'a misspelt key', (d) => ((d.regoin = d.region), delete d.region)],
    ['events', event, 'a cover without alt', (d) => (d.cover = { src: './x.jpg' })],
    ['events', event, 'a summary of 201 characters', (d) => (d.summary = '字'.repeat(201))],
    ['events', event, 'a javascript: link', (d) => (d.registration = 'javascript:alert(1)')],
    ['books', book, 'an ISBN without quotes', (d) => (d.isbn = 9787536692930)],
    ['books', book, 'an ISBN of 10 digits', (d) => (d.isbn = '7-5366-9293-0')],
    ['books', book, 'a recommender without a role', (d) => delete (d.recommender as Record<string, unknown>).role],
    ['learners', learner, 'an age of 200', (d) => (d.age = 200)],
    ['learners', learner, 'an unknown level', (d) => (d.level = 'county')],
  ];

  it('refuse the bad statistics, lighting and front matter the validators’ tests refuse', () => {
    const accepted: string[] = [];
    for (const [name, mistake] of Object.entries(statsMistakes)) {
      const d = clone(stats);
      mistake(d);
      if (valid('stats', d)) accepted.push(`stats: ${name}`);
    }
    for (const [name, mistake] of Object.entries(lightingMistakes)) {
      const d = clone(lighting);
      mistake(d);
      if (valid('lighting', d)) accepted.push(`lighting: ${name}`);
    }
    for (const [kind, base, name, mistake] of frontMatterMistakes) {
      const d = clone(base);
      mistake(d);
      if (valid(kind, d)) accepted.push(`${kind}: ${name}`);
    }
    expect(accepted).toEqual([]);
  });
});
