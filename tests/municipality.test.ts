import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRegionData } from '../src/lib/regions/data-files.ts';
import { buildSite, OUTPUT_ROOT, type BuildResult } from './support/build-site.ts';
import { FIXTURE_CONTENT, readInputJson } from './support/fixture.ts';
import { readHtml } from './support/site-files.ts';

/**
 * A municipality (重庆 500000): districts and counties directly under it, no
 * prefecture cities. Its site is the Guangdong fixture's settings with the
 * province changed, the fixture's two statistics years moved onto its
 * districts, a 市级 project, and a schematic boundary (a square per
 * district: no boundary file ships for it). What a page says of cities it
 * does not have, or links it makes to pages it never builds, shows here.
 */
const CODE = '500000';
const data = readRegionData(CODE);
const districts = data.counties;

interface Report {
  region: string;
}
interface StatsInput {
  year: number;
  reports: Report[];
}

/** A fixture year's reports, each moved to a district of the municipality (in order), one report a district. */
function movedStats(year: number): StatsInput {
  const stats = readInputJson<StatsInput>(`data/stats/${year}.json`);
  const reports = stats.reports.slice(0, districts.length).map((r, i) => ({ ...r, region: districts[i]!.code }));
  return { ...stats, reports };
}

/** A square per district in a grid, as TopoJSON: enough for the maps to draw, no real shape. */
function gridBoundary(): string {
  const columns = Math.ceil(Math.sqrt(districts.length));
  const step = 0.2;
  const arcs = districts.map((_, i) => {
    const [x, y] = [106 + (i % columns) * step, 29 + Math.floor(i / columns) * step];
    return [
      [x, y],
      [x + step, y],
      [x + step, y + step],
      [x, y + step],
      [x, y],
    ];
  });
  const geometries = districts.map((d, i) => ({ type: 'Polygon', arcs: [[i]], properties: { code: d.code } }));
  return JSON.stringify({
    type: 'Topology',
    objects: { counties: { type: 'GeometryCollection', geometries } },
    arcs,
    metadata: { insets: [] },
  });
}

const years = [2022, 2023];
let build: BuildResult;
beforeAll(() => {
  const root = join(OUTPUT_ROOT, 'municipality');
  const content = join(root, 'content');
  rmSync(root, { recursive: true, force: true });
  // The settings' 标识 (identity badge) with them.
  cpSync(join(FIXTURE_CONTENT, 'data/identity'), join(content, 'data/identity'), { recursive: true });
  mkdirSync(join(content, 'data/stats'), { recursive: true });
  mkdirSync(join(content, 'projects'), { recursive: true });
  const boundary = join(root, 'boundary.topo.json');
  writeFileSync(boundary, gridBoundary());
  const settings = readInputJson<Record<string, unknown>>('data/site.json', FIXTURE_CONTENT);
  writeFileSync(
    join(content, 'data/site.json'),
    JSON.stringify({ ...settings, province: data.province, boundaryFile: relative(process.cwd(), boundary) }),
  );
  for (const year of years) writeFileSync(join(content, `data/stats/${year}.json`), JSON.stringify(movedStats(year)));
  writeFileSync(
    join(content, 'projects/citywide.md'),
    `---\nname: "全市终身学习地图"\nregion: "${CODE}"\nyear: 2023\nsummary: "全市学习点的课程汇到一张地图上。"\norganization: "市终身教育服务中心"\nlevel: provincial\ncategory: community_education\n---\n\n全市学习点的课程汇到一张地图上。\n`,
  );
  build = buildSite('municipality', { CONTENT_DIR: content });
  if (build.status !== 0) throw new Error(`the municipality's site did not build:\n${build.output.slice(-3000)}`);
});

describe(`a municipality: ${data.province.name} ${CODE}`, () => {
  it('links a 市级 project’s region to the list of regions, a page it builds (no page of its own code)', () => {
    const page = readHtml(build.outDir, 'projects/citywide/index.html');
    const hrefs = page.querySelectorAll('.facts a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/regions/');
    expect(hrefs).not.toContain(`/regions/${CODE}/`);
  });

  it('has no section of cities’ own reports on the 统计表 page, which would be an empty table', () => {
    const page = readHtml(build.outDir, `stats/${years.at(-1)}/table/index.html`);
    expect(page.querySelector('#cities-heading')).toBeNull();
    expect(page.querySelector('main')!.text).not.toContain('地级市');
  });

  it('compares the years of its districts as 区县, not as 地级市 and their own level (本级)', () => {
    const page = readHtml(build.outDir, 'stats/index.html');
    const section = page.querySelector('#yoy-heading')!.parentNode!;
    const rows = section.querySelectorAll('tbody th').map((th) => th.text.trim());
    expect(rows).toEqual(districts.map((d) => d.name));
    expect(section.querySelector('thead th')!.text.trim()).toBe('区县');
    expect(section.text).not.toMatch(/地级市|本级/);
  });
});
