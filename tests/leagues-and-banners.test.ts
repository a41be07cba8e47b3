import { readFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRegionData } from '../src/lib/regions/data-files.ts';
import { mapLabelOf, shortNameOf } from '../src/lib/regions/index.ts';
import { buildSite, OUTPUT_ROOT, type BuildResult } from './support/build-site.ts';
import { FIXTURE_CONTENT, readInputJson } from './support/fixture.ts';
import { listFiles, readHtml } from './support/site-files.ts';

/**
 * An autonomous region whose prefecture-level divisions are 市 and 盟 and
 * whose county-level ones include 旗 (内蒙古 150000): its pages call them
 * 盟市 and 旗县（市、区）, a league's own report 盟本级, its award levels
 * 盟市级 and 旗县级, and label a banner 镶黄旗 on the map, never Guangdong's
 * 地级市, 地市, 县（市、区） and 区县级. The site is the fixture's settings
 * with the province changed, the fixture's two statistics years moved onto
 * its cities and counties, a learner of a banner, a league's project, and a
 * schematic boundary (a square per county: none ships for it).
 */
const CODE = '150000';
const data = readRegionData(CODE);
const league = data.cities.find((c) => c.name.endsWith('盟'))!;
const leagueCounties = data.counties.filter((c) => c.parent === league.code);
const banner = leagueCounties.find((c) => c.name.endsWith('旗'))!;
/** Reported: the first cities and the first counties, none of the league's. */
const reporting = [...data.cities.slice(0, 4), ...data.counties.slice(0, 6)];

interface StatsInput {
  year: number;
  reports: { region: string; submittedAt: string }[];
}
const years = [2022, 2023];
function movedStats(year: number): StatsInput {
  const stats = readInputJson<StatsInput>(`data/stats/${year}.json`);
  const reports = stats.reports.slice(0, reporting.length).map((r, i) => ({ ...r, region: reporting[i]!.code }));
  return { ...stats, reports };
}
const latest = movedStats(years.at(-1)!);

/** A square per county-level division in a grid, as TopoJSON: enough for the maps to draw, no real shape. */
function gridBoundary(): string {
  const columns = Math.ceil(Math.sqrt(data.counties.length));
  const step = 0.2;
  const arcs = data.counties.map((_, i) => {
    const [x, y] = [110 + (i % columns) * step, 40 + Math.floor(i / columns) * step];
    // Clockwise, as d3-geo reads a polygon's outer ring (the other way round it is the globe outside the square).
    return [
      [x, y],
      [x, y + step],
      [x + step, y + step],
      [x + step, y],
      [x, y],
    ];
  });
  const geometries = data.counties.map((d, i) => ({ type: 'Polygon', arcs: [[i]], properties: { code: d.code } }));
  return JSON.stringify({
    type: 'Topology',
    objects: { counties: { type: 'GeometryCollection', geometries } },
    arcs,
    metadata: { insets: [] },
  });
}

const entry = (fields: Record<string, string | number>, body: string) =>
  `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${typeof v === 'number' ? v : JSON.stringify(v)}`)
    .join('\n')}\n---\n\n${body}\n`;

let build: BuildResult;
beforeAll(() => {
  const root = join(OUTPUT_ROOT, 'leagues-and-banners');
  const content = join(root, 'content');
  rmSync(root, { recursive: true, force: true });
  cpSync(join(FIXTURE_CONTENT, 'data/identity'), join(content, 'data/identity'), { recursive: true });
  for (const dir of ['data/stats', 'learners', 'projects']) mkdirSync(join(content, dir), { recursive: true });
  const boundary = join(root, 'boundary.topo.json');
  writeFileSync(boundary, gridBoundary());
  const settings = readInputJson<Record<string, unknown>>('data/site.json', FIXTURE_CONTENT);
  writeFileSync(
    join(content, 'data/site.json'),
    JSON.stringify({ ...settings, province: data.province, boundaryFile: relative(process.cwd(), boundary) }),
  );
  for (const year of years) writeFileSync(join(content, `data/stats/${year}.json`), JSON.stringify(movedStats(year)));
  const summary = '牧区的夜校，一年办了四十期。';
  writeFileSync(
    join(content, 'learners/batu.md'),
    entry({ name: '巴图', region: banner.code, year: 2023, summary, level: 'district', age: 61, occupation: '牧民' }, summary),
  );
  writeFileSync(
    join(content, 'projects/grassland-library.md'),
    entry(
      {
        name: '草原流动书屋',
        region: league.code,
        year: 2023,
        summary,
        organization: `${league.name}教育局`,
        level: 'city',
        category: 'reading',
      },
      summary,
    ),
  );
  build = buildSite('leagues-and-banners', { CONTENT_DIR: content });
  if (build.status !== 0) throw new Error(`the site did not build:\n${build.output.slice(-3000)}`);
});

const text = (file: string) => readHtml(build.outDir, file).querySelector('main')!.text.replace(/\s+/g, ' ');
const reportedOf = (level: 'city' | 'county') => {
  const codes = new Set((level === 'city' ? data.cities : data.counties).map((r) => r.code));
  return latest.reports.filter((r) => codes.has(r.region)).length;
};

describe(`an autonomous region with leagues and banners: ${data.province.name} ${CODE}`, () => {
  it('calls a league a league on its page, with its own level’s report and its 旗县（市、区）', () => {
    const page = text(`regions/${league.code}/index.html`);
    expect(page).toContain(`${data.province.name}所辖盟。`);
    expect(page).toContain('盟本级报送');
    expect(page).toContain(`下辖旗县（市、区）0/${leagueCounties.length} 个已报送`);
    expect(page).not.toMatch(/地级以上市|市本级/);
  });

  it('counts its 盟市 and their 旗县（市、区） on the list of regions, and heads the home page’s list 各盟市', () => {
    expect(text('regions/index.html')).toContain(`${data.province.name} ${data.cities.length} 个盟市及其旗县（市、区）的`);
    expect(readHtml(build.outDir, 'index.html').querySelector('#cities')!.text.trim()).toBe('各盟市');
  });

  it('says 盟市 and 旗县（市、区） on the statistics pages and in regions.csv', () => {
    const stats = text('stats/index.html');
    expect(stats).toContain(
      `已报送：盟市 ${reportedOf('city')}/${data.cities.length} 个，旗县（市、区）${reportedOf('county')}/${data.counties.length} 个`,
    );
    expect(readHtml(build.outDir, 'stats/index.html').querySelector('#map-heading')!.text.trim()).toBe('各盟市情况');
    expect(stats).toContain('地图上各盟市的活动数和人次为本级报送，不含下辖旗县（市、区）。');
    expect(stats).toMatch(/开幕式进度盟市：\d+ 个/);
    expect(readHtml(build.outDir, `stats/${latest.year}/table/index.html`).querySelector('#cities-heading')!.text.trim()).toBe(
      '各盟市报送与活动情况',
    );
    const [header] = readFileSync(join(build.outDir, `stats/${latest.year}/regions.csv`), 'utf8').split('\r\n');
    expect(header!.split(',')[3]).toBe('所属盟市');
  });

  it('names its award levels as it does: 旗县级 for a banner’s learner, 盟市级 for a league’s project', () => {
    expect(text('learners/batu/index.html')).toContain('2023 年旗县级百姓学习之星');
    expect(text('projects/grassland-library/index.html')).toContain('2023 年盟市级终身学习品牌项目');
  });

  it('labels a banner with its 旗 on the league’s map', () => {
    const labels = readHtml(build.outDir, `regions/${league.code}/index.html`)
      .querySelectorAll('.region-map svg text')
      .map((t) => t.text.trim());
    expect(labels).toContain(mapLabelOf(banner.name));
    for (const county of leagueCounties.filter((c) => c.name.endsWith('旗'))) expect(labels).not.toContain(shortNameOf(county.name));
  });

  it('says none of Guangdong’s words for its divisions on any page (the Ministry’s annex keeps its own)', () => {
    const pages = listFiles(build.outDir).filter((f) => f.endsWith('.html'));
    for (const file of pages) {
      const words = readFileSync(join(build.outDir, file), 'utf8').replaceAll('地市级及以上城市', '');
      expect(words, file).not.toMatch(/地级市|地市|区县级|(?<!旗)县（市、区）|(?<!旗)县区|按城市/);
    }
  });
});
