/**
 * Statistics for officials, without building the site:
 *
 *   npm run stats -- check FILE
 *   npm run stats -- table FILE [--csv OUT.csv] [--json OUT.json] [--force]
 *
 * Exit codes: 0 done; 1 the file has problems (all of them printed);
 * 2 bad usage, a file that cannot be read, or an output that would be overwritten.
 * The logic lives in src/lib/stats; this file only reads arguments and files.
 */
import { existsSync, realpathSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems } from '../src/lib/input-problem.ts';
import { aggregateMoeTable, moeTableCsv, moeTableText, readStatsFile, statsSummary } from '../src/lib/stats/index.ts';
import { closestKey } from '../src/lib/input/index.ts';

const OK = 0;
const FILE_HAS_PROBLEMS = 1;
const USAGE = 2;

const HELP = `用法：
  npm run stats -- check FILE
  npm run stats -- table FILE [--csv OUT.csv] [--json OUT.json] [--force]

命令：
  check   校验统计文件（如 content/data/stats/2023.json），一次列出全部问题
  table   校验后打印教育部统计表；可另存为 CSV（UTF-8 带 BOM，Excel 可直接打开）或 JSON

选项：
  --csv OUT.csv     把统计表另存为 CSV 文件
  --json OUT.json   把统计表另存为 JSON 文件
  --force           允许覆盖已存在的输出文件（默认不覆盖）
  -h, --help        显示本说明

退出码：0 成功；1 统计文件有问题（全部列出）；2 用法错误、文件无法读取或输出文件已存在`;

class UsageError extends Error {}

const OPTIONS = {
  csv: { type: 'string' },
  json: { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** node:util's messages are English; officials get Chinese that still names the flag. */
function usageMessage(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const guess = closestKey(flag.replace(/^-+/, ''), Object.keys(OPTIONS));
    return `未知的选项 ${flag}${guess ? `（是否应为 --${guess}？）` : ''}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take an argument/.test(message)
      ? `选项 ${flag} 后面不能带值`
      : `选项 ${flag} 后面要写输出文件的路径，例如 ${flag} ${flag === '--json' ? 'table.json' : 'table.csv'}`;
  }
  return message;
}

function readError(file: string, error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return `无法读取 ${file}：文件不存在`;
  if (code === 'EISDIR') return `无法读取 ${file}：这是一个文件夹，不是文件`;
  if (code === 'EACCES' || code === 'EPERM') return `无法读取 ${file}：没有读取权限`;
  return `无法读取 ${file}：${code ?? String(error)}`;
}

function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  return real(a) === real(b);
}

const refuseToOverwrite = (path: string) =>
  new UsageError(`输出文件 ${path} 已存在，未覆盖：换一个文件名，或加 --force 覆盖`);

function write(path: string, text: string, force: boolean): void {
  try {
    // 'wx' fails if the file exists, so even a file created meanwhile is never overwritten.
    writeFileSync(path, text, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EEXIST') throw refuseToOverwrite(path);
    if (code === 'ENOENT') throw new UsageError(`无法写入 ${path}：所在文件夹不存在`);
    if (code === 'EISDIR') throw new UsageError(`无法写入 ${path}：这是一个文件夹`);
    throw new UsageError(`无法写入 ${path}：${code ?? String(error)}`);
  }
}

function run(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(usageMessage(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(HELP);
    return OK;
  }
  const [command, file, ...extra] = positionals;
  if (command === undefined) throw new UsageError('缺少命令：check 或 table');
  if (command !== 'check' && command !== 'table') throw new UsageError(`未知的命令 "${command}"：应为 check 或 table`);
  if (file === undefined) {
    throw new UsageError(`缺少统计文件 FILE，例如 npm run stats -- ${command} content/data/stats/2023.json`);
  }
  if (extra.length > 0) throw new UsageError(`多余的参数：${extra.join(' ')}`);

  const outputs: { flag: string; path: string }[] = [];
  if (values.csv !== undefined) outputs.push({ flag: '--csv', path: values.csv });
  if (values.json !== undefined) outputs.push({ flag: '--json', path: values.json });
  if (command === 'check') {
    const flag = outputs[0]?.flag ?? (values.force ? '--force' : undefined);
    if (flag) throw new UsageError(`check 命令不接受 ${flag}：要另存统计表，请用 table 命令`);
  }
  for (const { flag, path } of outputs) {
    if (samePath(path, file)) throw new UsageError(`${flag} ${path}：输出文件不能是统计文件本身`);
  }
  if (outputs.length === 2 && samePath(outputs[0]!.path, outputs[1]!.path)) {
    throw new UsageError('--csv 和 --json 不能写到同一个文件');
  }
  const force = values.force === true;
  for (const { path } of outputs) {
    if (!force && existsSync(path)) throw refuseToOverwrite(path);
  }

  let result;
  try {
    result = readStatsFile(file);
  } catch (error) {
    throw new UsageError(readError(file, error));
  }
  if (!result.ok) {
    console.error(`✗ ${file} 有 ${result.problems.length} 处问题：`);
    console.error(formatProblems(result.problems));
    return FILE_HAS_PROBLEMS;
  }

  if (command === 'check') {
    console.log(statsSummary(result.data, file));
    return OK;
  }
  const table = aggregateMoeTable(result.data);
  console.log(moeTableText(table));
  if (result.data.note) console.log(`说明：${result.data.note}`);
  for (const { flag, path } of outputs) {
    write(path, flag === '--csv' ? moeTableCsv(table) : `${JSON.stringify(table, null, 2)}\n`, force);
    console.log(`已写入 ${path}`);
  }
  return OK;
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`错误：${error.message}`);
  console.error('用法见 npm run stats -- --help');
  process.exitCode = USAGE;
}
