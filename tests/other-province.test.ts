import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRegionData } from '../src/lib/regions/data-files.ts';
import { buildSite, fixtureContent, type BuildResult } from './support/build-site.ts';
import { dataYears, entryIds, eventStartDay, frontMatter, HAINAN_CONTENT, readInputJson } from './support/fixture.ts';
import { regionPath } from '../src/lib/urls.ts';
import { listFiles, readHtml } from './support/site-files.ts';

/**
 * The generator serves any province: a small 海南 site (tests/fixtures/site-hainan,
 * province 460000) builds, draws its own map, validates its statistics
 * and sums them into the Ministry's table. Hainan has what Guangdong lacks:
 * county-level cities directly under the province (文昌, 琼中 …), a city
 * without counties (儋州), and islands far to the south (三沙).
 * Expectations come from the fixture's files and the province's region data.
 */
const KINDS = ['themed_reading', 'publisher_picks', 'online_lectures', 'digital_reading', 'learning_week'] as const;
type Kind = (typeof KINDS)[number];
interface Report {
  region: string;
  submittedAt: string;
  openingCeremony?: string;
  activities?: Partial<Record<Kind, { count: number; participants: number }>>;
}
interface StatsInput {
  year: number;
  deadline: string;
  openingDeadline?: string;
  province: Record<Kind, boolean>;
  reports: Report[];
}

const settings = readInputJson<{ province: { code: string; name: string } }>('data/site.json', HAINAN_CONTENT);
const data = readRegionData(settings.province.code);
/** What the province divides into first: its cities and the counties directly under it. */
const subdivisions = [...data.cities, ...data.counties.filter((c) => c.parent === data.province.code)];
const year = dataYears('stats', HAINAN_CONTENT).at(-1)!;
const stats = readInputJson<StatsInput>(`data/stats/${year}.json`, HAINAN_CONTENT);

/** The MoE table's figures for one level, summed by hand from the reports. */
function expectedLevel(level: 'city' | 'county') {
  const cityCodes = new Set(data.cities.map((c) => c.code));
  const reports = stats.reports.filter((r) => cityCodes.has(r.region) === (level === 'city'));
  return Object.fromEntries(
    KINDS.map((kind) => {
      const figures = reports.map((r) => r.activities?.[kind] ?? { count: 0, participants: 0 });
      return [
        kind,
        {
          regions: figures.filter((f) => f.count > 0).length,
          activities: figures.reduce((n, f) => n + f.count, 0),
          participants: figures.reduce((n, f) => n + f.participants, 0),
        },
      ];
    }),
  );
}

const stats$ = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/stats.ts', ...args], {
    env: { ...process.env, CONTENT_DIR: HAINAN_CONTENT },
    encoding: 'utf8',
  });

describe(`another province: ${settings.province.name} ${settings.province.code}`, () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite('site-hainan', { CONTENT_DIR: fixtureContent('site-hainan', {}, HAINAN_CONTENT) });
  });

  it('builds, with a page for every city and county of the province', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const files = new Set(listFiles(build.outDir));
    for (const region of [...data.cities, ...data.counties]) expect(files, region.name).toContain(`regions/${region.code}/index.html`);
    expect([...files].some((f) => f.startsWith('regions/44'))).toBe(false);
  });

  it('draws its own map: every city and county directly under the province, each linked, far islands in a box', () => {
    const page = readHtml(build.outDir, `stats/${year}/index.html`);
    const svg = page.querySelector('#city-map svg')!;
    expect(svg.getAttribute('aria-label')).toContain(data.province.name);
    const linked = svg.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(new Set(linked)).toEqual(new Set(subdivisions.map((s) => `/regions/${s.code}/`)));
    for (const a of svg.querySelectorAll('a')) expect(a.querySelector('path')?.getAttribute('d')).toMatch(/^M\d/);
    const topo = JSON.parse(readFileSync(`src/lib/geo/data/${settings.province.code}.topo.json`, 'utf8'));
    const insets: string[] = topo.metadata.insets.flatMap((i: { codes: string[] }) => i.codes);
    expect(insets.length).toBeGreaterThan(0);
    expect(svg.querySelectorAll('rect.region-map__inset')).toHaveLength(1);
    for (const code of insets)
      expect(svg.querySelector(`a[href="/regions/${code}/"] path`)?.classList.contains('region-map__islands')).toBe(true);
    // The county map of a city: 海口's districts.
    const haikou = data.cities[0]!;
    const cityMap = readHtml(build.outDir, `regions/${haikou.code}/index.html`).querySelector('.region-map svg')!;
    expect(new Set(cityMap.querySelectorAll('a').map((a) => a.getAttribute('href')))).toEqual(
      new Set(data.counties.filter((c) => c.parent === haikou.code).map((c) => `/regions/${c.code}/`)),
    );
  });

  it('leaves out the home page’s sections it has nothing for yet, rather than show them empty', () => {
    const home = readHtml(build.outDir, 'index.html');
    for (const list of home.querySelectorAll('main ul'))
      expect(list.querySelectorAll('li').length, list.toString().slice(0, 80)).toBeGreaterThan(0);
    const ids = (collection: string) => (existsSync(join(HAINAN_CONTENT, collection)) ? entryIds(collection, HAINAN_CONTENT) : []);
    expect(ids('books')).toEqual([]);
    expect(home.querySelector('#books')).toBeNull();
    expect(home.querySelector('#featured') !== null).toBe(
      ['learners', 'projects'].some((c) => ids(c).some((id) => frontMatter(c, id, HAINAN_CONTENT).featured === true)),
    );
  });

  it('names the province in its headings and counts, not another', () => {
    const lead = readHtml(build.outDir, 'regions/index.html').querySelector('.lead')!.text;
    const direct = subdivisions.length - data.cities.length;
    expect(lead).toContain(`${data.province.name} ${data.cities.length} 个地级以上市、${direct} 个省直辖县级行政单位`);
    const html = listFiles(build.outDir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => readFileSync(join(build.outDir, f), 'utf8'))
      .join('');
    expect(html).not.toMatch(/广东|广州/);
  });

  it('judges its opening ceremonies by the year’s own opening deadline, not the reports’', () => {
    const { openingDeadline } = stats;
    expect(openingDeadline).toBeDefined();
    // The earliest ceremony each region is known to have: its report's, or an opening_ceremony event's (Beijing day).
    const earliest = new Map<string, string>();
    const consider = (code: string, day: string) => {
      if (day.startsWith(`${year}-`) && !(earliest.get(code)! <= day)) earliest.set(code, day);
    };
    for (const r of stats.reports) if (r.openingCeremony) consider(r.region, r.openingCeremony);
    for (const id of entryIds('events', HAINAN_CONTENT)) {
      const event = frontMatter('events', id, HAINAN_CONTENT);
      if (event.type === 'opening_ceremony') consider(String(event.region), eventStartDay(id, HAINAN_CONTENT));
    }
    // Some ceremony falls between the two deadlines, so that judging by the wrong one shows.
    expect([...earliest.values()].some((day) => day > openingDeadline! && day <= stats.deadline)).toBe(true);
    const page = readHtml(build.outDir, `stats/${year}/index.html`);
    for (const [code, day] of earliest) {
      const item = page
        .querySelectorAll('.opening-list li')
        .find((li) => li.querySelector('a')?.getAttribute('href') === regionPath(code));
      expect(item?.classList.contains(day <= openingDeadline! ? 'opening-before_deadline' : 'opening-after_deadline'), code).toBe(
        true,
      );
    }
  });

  it('validates its statistics with the province’s codes', () => {
    const run = stats$('check', join(HAINAN_CONTENT, `data/stats/${year}.json`));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const wrong = stats$('check', 'tests/fixtures/site-guangdong/data/stats/2023.json');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain(`不是${data.province.name}的地区代码`);
  });

  it('reads a form export against the province’s names, and quotes one of them when a name is unknown', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hainan-import-'));
    const [city, other] = data.cities;
    const county = data.counties.find((c) => c.parent === city!.code)!;
    const figures = '1,10,0,0,0,0,0,0,1,20';
    const header =
      '地区,提交时间,开幕式日期,主题阅读活动数,主题阅读参加人次,社长荐书活动数,社长荐书参加人次,线上社会大讲堂活动数,线上社会大讲堂参加人次,数字阅读分享活动数,数字阅读分享参加人次,活动周活动数,活动周参加人次';
    const csv = join(dir, 'export.csv');
    const rows = [
      `${city!.name}${county.name},2024-11-20 10:00,,${figures}`,
      `${other!.name},2024-11-20 10:00,,${figures}`,
      `火星,2024-11-20 10:00,,${figures}`,
    ];
    writeFileSync(csv, [header, ...rows].join('\n'));
    const run = stats$('import', csv, '--year', '2024', '--out', join(dir, '2024.json'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `第 4 行 › 字段 A 列“地区”（region）：“火星”不是${data.province.name}的地市或县（市、区）：请填写正式名称，如“${city!.name}${county.name}”，或 6 位代码`,
    );
    expect(run.stderr).not.toMatch(/第 [23] 行|广东|广州/);
  });

  it('gives its editors examples from its own divisions: npm run new, the files it writes, the mapping files', () => {
    const city = data.cities[0]!;
    const county = data.counties.find((c) => c.parent === city.code)!;
    const short = (name: string) => name.replace(/(市|区|县)$/u, '');
    const dir = join(mkdtempSync(join(tmpdir(), 'hainan-new-')), 'content');
    cpSync(join(HAINAN_CONTENT, 'data'), join(dir, 'data'), { recursive: true });
    const command = (script: string, ...args: string[]) =>
      spawnSync(process.execPath, [script, ...args], { env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8', input: '' });

    expect(command('scripts/new.ts', '--help').stdout).toContain(`--region ${short(county.name)} --start`);
    const written = command(
      'scripts/new.ts',
      'learner',
      '--name',
      '符海燕',
      '--region',
      short(county.name),
      '--level',
      '市级',
      '--age',
      '66',
      '--yes',
    );
    expect(written.status, written.stderr).toBe(0);
    const entry = readFileSync(join(dir, 'learners/fu-hai-yan.md'), 'utf8');
    expect(entry).toContain(`region: "${county.code}"`);
    expect(entry).toContain(`如 "${county.code}"（${city.name}${county.name}）；全省性的写 "${settings.province.code}"`);
    const examples = `如 ${short(city.name)}、${county.name}、${city.name}${county.name}、${county.code}`;
    const statsMapping = command('scripts/stats.ts', 'mapping').stdout;
    expect(statsMapping).toContain(examples);
    const mapping = join(dir, 'mapping.yaml');
    expect(command('scripts/import-events.ts', '--write-mapping', mapping).status).toBe(0);
    expect(readFileSync(mapping, 'utf8')).toContain(examples);
    // A project's and a notice's examples: its own district and its own filing prefix (琼), nothing of Guangdong's.
    expect(
      command(
        'scripts/new.ts',
        'project',
        '--name',
        '银龄课堂',
        '--region',
        short(county.name),
        '--level',
        '市级',
        '--category',
        '社区教育',
        '--yes',
      ).status,
    ).toBe(0);
    expect(command('scripts/new.ts', 'notice', '--title', '关于举办活动周的通知', '--yes').status).toBe(0);
    const written2 = listFiles(dir).filter((f) => /^(projects|pages)\//.test(f));
    expect(written2.length).toBe(2);
    const scaffolds = written2.map((f) => readFileSync(join(dir, f), 'utf8'));
    expect(scaffolds.join('\n')).toContain(`${city.name}${county.name}社区教育学院`);
    for (const text of [entry, statsMapping, readFileSync(mapping, 'utf8'), ...scaffolds])
      expect(text).not.toMatch(/广州|天河|4401|佛山|顺德|粤/);
  });

  it('makes its editors’ guide: every example and mistake in it passes or fails the check as the guide says, under its own codes', () => {
    // --check writes nothing; the sample's guide (广东) is not this province's, so it is reported as not current.
    const run = spawnSync(process.execPath, ['scripts/guide.ts', '--check'], {
      env: { ...process.env, CONTENT_DIR: HAINAN_CONTENT },
      encoding: 'utf8',
    });
    expect(run.stderr.trim().split('\n')).toEqual([
      'docs/编辑指南.md 不是最新的：请运行 npm run guide',
      'docs/活动表模板.xlsx 不是最新的：请运行 npm run guide',
    ]);
    expect(run.status).toBe(1);
  });

  it('sums its statistics into the Ministry’s table, the same on the command line and on the page', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'moe-')), 'table.json');
    expect(stats$('table', join(HAINAN_CONTENT, `data/stats/${year}.json`), '--json', out).status).toBe(0);
    const table = JSON.parse(readFileSync(out, 'utf8'));
    expect(table).toMatchObject({
      year,
      cityCount: data.cities.length,
      countyCount: data.counties.length,
      province: stats.province,
      cities: expectedLevel('city'),
      counties: expectedLevel('county'),
    });
    // table.csv is the annex: the province's own counts, then each level's measures by row and the kinds by column.
    const lines = readFileSync(join(build.outDir, `stats/${year}/table.csv`), 'utf8').split('\r\n');
    expect(lines[5]).toBe(`地市级及以上城市数,,${data.cities.length},,县级城市数,${data.counties.length},`);
    const rows = (level: 'city' | 'county', heading: string) => {
      const figures = expectedLevel(level);
      const row = (measure: 'regions' | 'activities' | 'participants') => KINDS.map((kind) => figures[kind]![measure]).join(',');
      return [`${heading},城市数,${row('regions')}`, `,活动数,${row('activities')}`, `,参加人次,${row('participants')}`];
    };
    expect(lines.slice(9, 15)).toEqual([...rows('city', '地市级及以上城市开展情况'), ...rows('county', '县级城市开展情况')]);
  });
});
