import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, fixtureContent, OUTPUT_ROOT, type BuildResult } from './support/build-site.ts';
import { cityEventList, cityEventListXlsx, COLUMN_OF, MISTAKE_COLUMN, type ListRow } from './support/city-event-list.ts';
import { readHtml, resolvesTo } from './support/site-files.ts';

/**
 * A week as editors run it (issue 14's "done when"): an entry of each kind
 * made with `npm run new --yes`, a city list of 200 events imported with
 * `--skip-bad` (every mistake the guide lists is in it, twice), and the site
 * built from the result. Expectations come from the list's own record of
 * what each row means. One build (about 25 s here, with 170 more events).
 */
const NAME = 'editors-week';
let content: string;
let importRun: ReturnType<typeof spawnSync>;
let build: BuildResult;
const list = cityEventList();
const scaffolded: Record<string, string> = {};

const node = (args: string[]) =>
  spawnSync(process.execPath, args, { env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' });

beforeAll(async () => {
  content = fixtureContent(NAME);
  const runs: [string, string[]][] = [
    [
      'event',
      [
        '--title',
        '长者智能手机课堂',
        '--region',
        '天河',
        '--start',
        '2024-11-20 14:30',
        '--type',
        '研讨活动',
        '--organizer',
        '天河区教育局',
      ],
    ],
    // Not a book the fixture has: the check refuses one ISBN in two files.
    ['book', ['--title', '长安的荔枝', '--isbn', '978-7-5726-0724-0']],
    ['learner', ['--name', '陈秀英', '--region', '广州市荔湾区', '--level', '市级', '--age', '71']],
    ['project', ['--name', '银龄数字课堂', '--region', '顺德', '--level', 'provincial', '--category', '老年教育']],
    ['notice', ['--title', '活动周通知', '--date', '2024-10-20']],
  ];
  for (const [kind, flags] of runs) {
    const result = node(['scripts/new.ts', kind, ...flags, '--yes']);
    if (result.status !== 0) throw new Error(`npm run new ${kind}: ${result.stderr}`);
    scaffolded[kind] = /网址（发布后）：(\S+)/.exec(result.stdout)![1]!;
  }
  const sheet = join(OUTPUT_ROOT, NAME, '2024年活动安排.xlsx');
  writeFileSync(sheet, await cityEventListXlsx(list));
  importRun = node(['scripts/import-events.ts', sheet, '--year', '2024', '--skip-bad']);
  build = buildSite(NAME, { TZ: 'UTC', CONTENT_DIR: content });
}, 600_000);

const good = list.rows.filter((r) => !r.mistake);
const unique = good.filter(
  (r, i) => good.findIndex((o) => o.intent.title === r.intent.title && o.intent.start === r.intent.start) === i,
);
const bad = list.rows.filter((r): r is ListRow & { mistake: NonNullable<ListRow['mistake']> } => r.mistake !== undefined);

describe('a week of content from npm run new and the cities’ spreadsheet', () => {
  it('imports every good row once, and reports every bad row by its row and column', () => {
    expect(importRun.stdout).toContain(`读取 ${join(OUTPUT_ROOT, NAME, '2024年活动安排.xlsx')}：${list.rows.length} 行活动`);
    expect(importRun.stdout).toContain(`可导入 ${unique.length} 行`);
    expect(importRun.stdout).toContain(`表中重复，跳过 ${good.length - unique.length} 行`);
    expect(importRun.stdout).toContain(`已写入 ${unique.length} 个文件；有误的 ${bad.length} 行未导入`);
    expect(importRun.status).toBe(1);
    const reported = String(importRun.stderr)
      .split('\n')
      .filter((line) => line.startsWith('  ✗ ') && line.includes(' › 第 '));
    expect(reported).toHaveLength(bad.length);
    for (const row of bad) {
      const key = MISTAKE_COLUMN[row.mistake];
      expect(
        reported.some(
          (line) =>
            line.includes(` › 第 ${row.row} 行`) && line.includes(` › 字段 ${COLUMN_OF[key]} 列`) && line.includes(`（${key}）：`),
        ),
        `row ${row.row} ${row.mistake}`,
      ).toBe(true);
    }
  });

  it('builds, warnings and all', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    // The new entries' 待填写 are warnings: listed, and the build went on.
    expect(build.output).toMatch(/⚠ .*tian-he-zhang-zhe-zhi-neng-shou-ji-ke-tang\.md › 字段“摘要”（summary）：还是“待填写”/);
  });

  it('has a page for every imported event, with what its row said', () => {
    // Each good row's file, found by its title in the imported front matter.
    const expected = new Map(unique.map((row) => [row.intent.title, row.intent]));
    const found = new Map<string, string>();
    for (const file of readdirSync(join(content, 'events/2024'))) {
      const data = yaml.load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(content, 'events/2024', file), 'utf8'))![1]!) as Record<
        string,
        unknown
      >;
      const intent = expected.get(String(data.title));
      if (!intent) continue;
      expect({ region: data.region, start: data.start, type: data.type }).toEqual({
        region: intent.region,
        start: intent.start,
        type: intent.type,
      });
      found.set(intent.title, `2024/${file.replace(/\.md$/, '')}`);
    }
    expect([...expected.keys()].filter((title) => !found.has(title))).toEqual([]);
    for (const [title, id] of found) {
      expect(resolvesTo(build.outDir, `/events/${id}/`), id).toBe(true);
      expect(readHtml(build.outDir, `events/${id}/index.html`).querySelector('h1')?.text.trim()).toBe(title);
    }
    expect(resolvesTo(build.outDir, '/events/calendar/2024-11/')).toBe(true);
  });

  it('has a page for the entry of each kind npm run new made', () => {
    for (const [kind, url] of Object.entries(scaffolded)) expect(resolvesTo(build.outDir, url), `${kind} ${url}`).toBe(true);
    expect(
      readHtml(build.outDir, `${scaffolded.event!.slice(1)}index.html`)
        .querySelector('h1')
        ?.text.trim(),
    ).toBe('长者智能手机课堂');
  });
});
