import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatProblem, formatProblems, InputError } from '../input-problem.ts';
import { fieldLabel, schemaKindOfFile } from './field-labels.ts';
import { fieldWords } from './field-words.ts';
import { FRONT_MATTER_KINDS, type SchemaKind } from './zod-schemas.ts';
import type { FieldWords } from '../../i18n/zh-CN/field-guide.ts';

/**
 * Problem lines name a field in the editor's words beside its key: the
 * field guide's label, found from the file's kind and the key's path.
 */
const guide = fieldWords();
/** The guide's label of a key, as the guide's own table shows it. */
const labelOf = (kind: SchemaKind, key: string) => (guide[kind] as Readonly<Record<string, FieldWords>>)[key]!.label;

describe('the kind of file a problem is in', () => {
  it('is read from where the file lives under content/', () => {
    expect(schemaKindOfFile('content/data/site.json')).toBe('settings');
    expect(schemaKindOfFile('content/data/stats/2023.json')).toBe('stats');
    expect(schemaKindOfFile('content/data/lighting/2024.json')).toBe('lighting');
    for (const kind of FRONT_MATTER_KINDS) expect(schemaKindOfFile(`content/${kind}/2024/a.md`), kind).toBe(kind);
    expect(schemaKindOfFile('content/pages/notices/a.mdx')).toBe('pages');
  });

  it('is read from inside CONTENT_DIR, wherever that is', () => {
    vi.stubEnv('CONTENT_DIR', '/srv/site-content');
    expect(schemaKindOfFile('/srv/site-content/data/site.json')).toBe('settings');
    expect(schemaKindOfFile('/srv/site-content/events/2023/a.md')).toBe('events');
  });

  it('is none for a spreadsheet, an environment variable or a file of no collection', () => {
    for (const file of [
      'docs/活动表模板.xlsx',
      '环境变量',
      'content/data/site.yaml',
      'content/data/stats/2023/a.json',
      'content/images/a.md',
    ])
      expect(schemaKindOfFile(file), file).toBeUndefined();
  });
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('a field’s label', () => {
  it('is the field guide’s, for a key of the file’s kind', () => {
    expect(fieldLabel('content/data/site.json', 'weekStart')).toBe(labelOf('settings', 'weekStart'));
    expect(fieldLabel('content/events/2023/a.md', 'cover.alt')).toBe(labelOf('events', 'cover.alt'));
    expect(fieldLabel('content/books/a.md', 'title')).toBe(labelOf('books', 'title'));
    expect(fieldLabel('content/events/2023/a.md', 'title')).toBe(labelOf('events', 'title'));
  });

  it('reads an item of a list by the list’s entry, and an item of a plain list by the list', () => {
    expect(fieldLabel('content/data/stats/2023.json', 'reports[12].activities.themed_reading.count')).toBe(
      labelOf('stats', 'reports[].activities.themed_reading.count'),
    );
    expect(fieldLabel('content/data/lighting/2023.json', 'items[0].kind')).toBe(labelOf('lighting', 'items[].kind'));
    expect(fieldLabel('content/events/2023/a.md', 'audience[1]')).toBe(labelOf('events', 'audience'));
  });

  it('is none for a mistyped key, a key of another kind, or a file of no kind', () => {
    expect(fieldLabel('content/data/site.json', 'yaer')).toBeUndefined();
    expect(fieldLabel('content/data/site.json', 'reports')).toBeUndefined();
    expect(fieldLabel('docs/活动表模板.xlsx', 'title')).toBeUndefined();
  });

  it('is the configured province’s for every key of every kind', () => {
    for (const [kind, fields] of Object.entries(guide) as [SchemaKind, Readonly<Record<string, FieldWords>>][]) {
      for (const [key, words] of Object.entries(fields)) {
        const file =
          kind === 'settings'
            ? 'content/data/site.json'
            : kind === 'stats' || kind === 'lighting'
              ? `content/data/${kind}/2023.json`
              : `content/${kind}/2023/a.md`;
        expect(fieldLabel(file, key), `${kind} ${key}`).toBe(words.label);
      }
    }
  });

  it('says a count once: 主题阅读活动数, not 主题阅读活动活动数', () => {
    const labels = Object.values(guide.stats).map((words) => words.label);
    expect(labels.filter((label) => label.includes('活动活动'))).toEqual([]);
  });
});

describe('a problem’s line', () => {
  it('names the field in Chinese with its key, and a key the guide does not know by the key alone', () => {
    const label = labelOf('settings', 'weekStart');
    expect(formatProblem({ file: 'content/data/site.json', field: 'weekStart', message: '不是存在的日期' })).toBe(
      `content/data/site.json › 字段“${label}”（weekStart）：不是存在的日期`,
    );
    expect(formatProblem({ file: 'content/data/site.json', field: 'yaer', message: '未知字段' })).toBe(
      'content/data/site.json › 字段 yaer：未知字段',
    );
  });

  it('names a field in words in a file whose place does not say its kind, when the caller does', () => {
    const problem = { file: '/home/me/下载/2023.json', field: 'reports[0].region', message: '…' };
    expect(formatProblems([problem])).toBe('  ✗ /home/me/下载/2023.json › 字段 reports[0].region：…');
    expect(formatProblems([problem], 'stats')).toBe(
      `  ✗ /home/me/下载/2023.json › 字段“${labelOf('stats', 'reports[].region')}”（reports[0].region）：…`,
    );
  });

  it('turns quotes inside the label single, as Chinese nests them', () => {
    const key = 'reports[].activities.publisher_picks.participants';
    const label = labelOf('stats', key);
    expect(label).toContain('“');
    const line = formatProblem({
      file: 'content/data/stats/2023.json',
      field: 'reports[0].activities.publisher_picks.participants',
      message: '…',
    });
    expect(line).toContain(
      `字段“${label.replaceAll('“', '‘').replaceAll('”', '’')}”（reports[0].activities.publisher_picks.participants）`,
    );
  });

  it('names the field in words while the province the guide’s words need is itself wrong', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'field-labels-'));
    mkdirSync(join(dir, 'data'));
    const settings = JSON.parse(readFileSync('content/data/site.json', 'utf8')) as { province: { code: string } };
    settings.province.code = '999999';
    writeFileSync(join(dir, 'data/site.json'), JSON.stringify(settings));
    vi.stubEnv('CONTENT_DIR', dir);
    vi.resetModules();
    const fresh = await import('../input-problem.ts');
    const error = new fresh.InputError([{ file: join(dir, 'data/site.json'), field: 'weekStart', message: '不是存在的日期' }]);
    expect(error.message).toContain(`› 字段“${labelOf('settings', 'weekStart')}”（weekStart）：不是存在的日期`);
    expect(InputError).not.toBe(fresh.InputError);
  });
});
