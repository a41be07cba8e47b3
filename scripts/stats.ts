/**
 * Statistics for officials, without building the site:
 *
 *   npm run stats -- check FILE|YEAR
 *   npm run stats -- table FILE|YEAR [--csv OUT.csv] [--json OUT.json] [--xlsx OUT.xlsx] [--force]
 *   npm run stats -- import EXPORT.xlsx|EXPORT.csv… --year YYYY [--out FILE] [--mapping FILE] [--blank-as-zero] …
 *   npm run stats -- template --year YYYY --out FILE.xlsx [--mapping FILE] [--force]
 *   npm run stats -- mapping [--out FILE.yaml]
 *
 * Exit codes: 0 done; 1 an input has problems (all of them printed);
 * 2 bad usage, a file that cannot be read, or an output that would be overwritten.
 * The logic lives in src/lib; this file only reads arguments and files.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { parseArgs } from 'node:util';
import {
  checkOutputFree,
  EXIT,
  parseOptions,
  pathSplitMessage,
  readError,
  runCommand,
  samePath,
  typedPath,
  typedPathsIn,
  usageMessage,
  UsageError,
  writeOutput,
} from '../src/lib/cli/index.ts';
import { cliText } from '../src/i18n/zh-CN/cli.ts';
import { statsFormsText } from '../src/i18n/zh-CN/stats-forms.ts';
import { closestKey } from '../src/lib/input/index.ts';
import { formatProblems, InputError } from '../src/lib/input-problem.ts';
import type { InputProblem } from '../src/lib/input-problem.ts';
import { buildTime } from '../src/lib/identity/build-date.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import {
  aggregateMoeTable,
  annexCsv,
  moeTableText,
  readStatsFile,
  statsRemarks,
  statsSummary,
  validateStats,
} from '../src/lib/stats/index.ts';
import { annexLayout, type AnnexLayout } from '../src/lib/stats/annex.ts';
import { annexContactFromSettings } from '../src/lib/stats/annex-settings.ts';
import { defaultFormMapping, defaultMappingYaml, parseFormMapping } from '../src/lib/stats/form-mapping.ts';
import type { FormMapping } from '../src/lib/stats/form-mapping.ts';
import type { StatsFile } from '../src/lib/stats/schema.ts';
import { importFormExport, readFormExports, statsFileText } from '../src/lib/stats/form-import.ts';
import { importSummaryLines } from '../src/lib/stats/form-import-summary.ts';
import { parseDeadlineOption } from '../src/lib/stats/deadline-option.ts';
import { DEFAULT_DEADLINE_DAY } from '../src/lib/stats/import-deadline.ts';
import { parseProvinceOption } from '../src/lib/stats/province-option.ts';
import { placeWords } from '../src/lib/regions/index.ts';
import { decodeText } from '../src/lib/spreadsheet/index.ts';

/** Where a year's statistics file lives: under CONTENT_DIR when it is set, as every other command reads it. */
const statsFileOf = (year: number | string) => `${contentDir()}/data/stats/${year}.json`;

/**
 * The province's divisions as --help names them (地市、县（市、区）; 盟市、旗县（市、区）
 * in 内蒙古; 区县 in a municipality), or neutral words when the settings cannot
 * be read: --help must answer whatever state the content folder is in.
 */
function divisionsForHelp(): string {
  try {
    return placeWords().divisions.and;
  } catch {
    return '地区';
  }
}

const help = () => `用法：
  npm run stats -- check FILE|年度
  npm run stats -- table FILE|年度 [--csv OUT.csv] [--json OUT.json] [--xlsx OUT.xlsx] [--force]
  npm run stats -- import EXPORT.xlsx|EXPORT.csv [更多文件…] --year YYYY [--out FILE] [--mapping FILE]
                  [--blank-as-zero] [--deadline 日期] [--opening-deadline 日期] [--province 类别,…] [--force]
  npm run stats -- template --year YYYY --out FILE.xlsx [--mapping FILE] [--deadline 日期] [--force]
  npm run stats -- mapping [--out FILE.yaml]

命令：
  check      校验统计文件（如 ${statsFileOf(2023)}，或只写年度 2023），一次列出全部问题
  table      校验后打印各类活动汇总；可按教育部附件的格式另存统计表为 Excel（.xlsx）或 CSV（UTF-8 带 BOM），或另存汇总数字为 JSON
  import     把在线填报表导出的表格（.xlsx 或 .csv，每行一次提交）转成统计文件；同一地区多次提交时以最晚的为准
  template   生成供邮件收集用的 Excel 填报表：每个${divisionsForHelp()}一行，填好后可直接 import
  mapping    打印（或用 --out 保存）默认的列名映射，改好后用 --mapping 指定

选项：
  --csv OUT.csv       （table）按教育部附件格式另存为 CSV 文件（可用 Excel 打开），与 --xlsx 的单元格相同
  --json OUT.json     （table）另存为 JSON 文件
  --xlsx OUT.xlsx     （table）按教育部附件格式另存为 Excel 工作簿；两者表头的联系人等取自 ${contentDir()}/data/site.json 的 annex
  --year YYYY         （import、template）年度
  --out FILE          （import）统计文件，默认 ${statsFileOf('<年度>')}；（template、mapping）输出文件
  --mapping FILE      （import、template）列名映射文件（YAML 或 JSON），只需写与默认值不同的项
  --blank-as-zero     （import）空白的数字格按 0 处理（默认视为错误），并逐行列出按 0 计入的格
  --deadline 日期     （import、template）报送截止日期，如 2024-11-25、2024/11/25、2024年11月25日；默认沿用已有统计文件，其次是填报表生成时所定的（记在其文件属性中），或 <年度>-11-25
  --opening-deadline 日期
                      （import）各地开幕式的截止日期，通知另定了日期时使用；默认沿用已有统计文件，或与报送截止日期相同
  --province 类别     （import）省级层面开展了哪些活动：all、none，或逗号分隔的类别（如 主题阅读,活动周）；
                      默认取表中省级（如“省本级”）的提交，其次沿用已有统计文件
  --force             允许覆盖已存在的输出文件（默认不覆盖）；import 则是更新已有的统计文件：表中地区的报告换成新的（原文件中提交时间更晚的保留），
                      表中没有的地区的报告和 note、截止日期（含开幕式截止日期）、省级一行都保留，并列出更新、新增、保留了哪些地区
  -h, --help          显示本说明

另一个内容文件夹：CONTENT_DIR=文件夹 npm run stats -- …（import 默认写入、table --xlsx 读取的都是该文件夹下的文件）

退出码：0 成功；1 统计文件、表格或映射文件有问题（全部列出）；2 用法错误、文件无法读取或输出文件已存在`;

const OPTIONS = {
  csv: { type: 'string' },
  json: { type: 'string' },
  xlsx: { type: 'string' },
  year: { type: 'string' },
  out: { type: 'string' },
  mapping: { type: 'string' },
  'blank-as-zero': { type: 'boolean' },
  deadline: { type: 'string' },
  'opening-deadline': { type: 'string' },
  province: { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

const COMMANDS = ['check', 'table', 'import', 'template', 'mapping'] as const;
type Command = (typeof COMMANDS)[number];
/** The options each command takes (besides --help). */
const ALLOWED: Record<Command, readonly (keyof typeof OPTIONS)[]> = {
  check: [],
  table: ['csv', 'json', 'xlsx', 'force'],
  import: ['year', 'out', 'mapping', 'blank-as-zero', 'deadline', 'opening-deadline', 'province', 'force'],
  template: ['year', 'out', 'mapping', 'deadline', 'force'],
  mapping: ['out', 'force'],
};

const EXAMPLES: Record<string, string> = {
  '--csv': '输出文件的路径，例如 --csv table.csv',
  '--json': '输出文件的路径，例如 --json table.json',
  '--xlsx': '输出文件的路径，例如 --xlsx 统计表.xlsx',
  '--year': '年度，例如 --year 2024',
  '--out': `输出文件的路径，例如 --out ${statsFileOf(2024)}`,
  '--mapping': '映射文件的路径，例如 --mapping 映射.yaml',
  '--deadline': '日期，例如 --deadline 2024-11-25',
  '--opening-deadline': '日期，例如 --opening-deadline 2024-11-20',
  '--province': '类别，例如 --province all',
};

/** `kind`: the problems are in a statistics file, wherever it is, so its fields are named in words. */
function fail(problems: readonly InputProblem[], what: string, kind?: 'stats'): number {
  console.error(`✗ ${what} 有 ${problems.length} 处问题：`);
  console.error(formatProblems(problems, kind));
  return EXIT.fileHasProblems;
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(readError(file, error));
  }
}

/** A mapping file as Windows Notepad saves it too: UTF-8, or GBK (its "ANSI"), as the events import reads one. */
function readMapping(file: string): string {
  try {
    return decodeText(readFileSync(file)).replace(/^\ufeff/, '');
  } catch (error) {
    throw new UsageError(readError(file, error));
  }
}

function yearOf(values: Values, command: string): number {
  if (values.year === undefined) throw new UsageError(`${command} 需要 --year，例如 --year 2024`);
  if (!/^\d{4}$/.test(values.year.trim())) throw new UsageError(`--year ${values.year}：应为四位数的年度，例如 2024`);
  return Number(values.year);
}

/** --deadline (or --opening-deadline) as `YYYY-MM-DD`, however the day was typed; undefined when not given. */
function deadlineOf(values: Values, option: 'deadline' | 'opening-deadline' = 'deadline'): string | undefined {
  const typed = values[option];
  if (typed === undefined) return undefined;
  const deadline = parseDeadlineOption(typed, `--${option}`);
  if (!deadline.ok) throw new UsageError(deadline.message);
  return deadline.value;
}

/** The mapping: the defaults, with what --mapping FILE changes. Null after printing its problems. */
function mappingOf(values: Values): FormMapping | InputProblem[] {
  if (values.mapping === undefined) return defaultFormMapping();
  const result = parseFormMapping(readMapping(values.mapping), values.mapping);
  return result.ok ? result.mapping : result.problems;
}

/**
 * A statistics file read and checked; one that cannot be read stops the command (exit 2). The site
 * settings name the province whose codes a report may use: runCommand lists their problems (exit 1).
 */
function readStatsOrStop(file: string): ReturnType<typeof readStatsFile> {
  try {
    return readStatsFile(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new UsageError(readError(file, error));
  }
}

/** The year's file an import updates, when there is one; its problems, since updating a file it cannot read would lose reports. */
function existingStats(out: string, year: number): { stats: StatsFile; file: string } | InputProblem[] | undefined {
  if (!existsSync(out)) return undefined;
  const result = readStatsOrStop(out);
  if (!result.ok) return result.problems;
  if (result.data.year !== year) throw new UsageError(statsFormsText.import.existing.otherYear(out, result.data.year, year));
  return { stats: result.data, file: out };
}

async function runImport(files: string[], values: Values): Promise<number> {
  if (files.length === 0) throw new UsageError('缺少要导入的表格，例如 npm run stats -- import 导出.xlsx --year 2024');
  const year = yearOf(values, 'import');
  const deadline = deadlineOf(values);
  const openingDeadline = deadlineOf(values, 'opening-deadline');
  const out = values.out ?? statsFileOf(year);
  const force = values.force === true;
  for (const file of files) if (samePath(file, out)) throw new UsageError(`--out ${out}：输出文件不能是要导入的表格本身`);
  if (!force && existsSync(out)) throw new UsageError(statsFormsText.import.existing.exists(out));

  const mapping = mappingOf(values);
  if (Array.isArray(mapping)) return fail(mapping, values.mapping!);
  const province = values.province === undefined ? undefined : parseProvinceOption(values.province, mapping);
  if (province && !province.ok) throw new UsageError(province.message);

  // Updating a file (with --force) keeps what an editor wrote there: other regions' reports, note, deadline, province row.
  const previous = existingStats(out, year);
  if (Array.isArray(previous)) {
    const code = fail(previous, out, 'stats');
    console.error(statsFormsText.import.existing.hasProblems(out));
    return code;
  }

  let read;
  try {
    read = await readFormExports(files, mapping);
  } catch (error) {
    throw new UsageError(readError((error as { path?: string }).path ?? files.join('、'), error));
  }
  if (!read.ok) return fail(read.problems, files.join('、'));

  const result = importFormExport(read.sheets, {
    year,
    ...(deadline === undefined ? {} : { deadline }),
    ...(openingDeadline === undefined ? {} : { openingDeadline }),
    mapping,
    blankAsZero: values['blank-as-zero'] === true,
    ...(province?.ok ? { province: province.value } : {}),
    ...(previous ? { previous } : {}),
  });
  if (!result.ok) return fail(result.problems, files.join('、'));

  // The same check `stats check` runs: what is written must pass it.
  const text = statsFileText(result.stats);
  const checked = validateStats(text, out);
  if (!checked.ok) return fail(checked.problems, out, 'stats');
  console.log(importSummaryLines(result.stats, result.summary).join('\n'));
  // The site's own statistics folder may not exist yet (a site started empty); a folder typed in --out must.
  if (values.out === undefined) mkdirSync(dirname(out), { recursive: true });
  writeOutput(out, text, force);
  console.log(`已写入 ${out}；校验：npm run stats -- check ${out}`);
  return EXIT.ok;
}

async function runTemplate(values: Values): Promise<number> {
  const year = yearOf(values, 'template');
  const given = deadlineOf(values);
  const deadline = given ?? `${year}-${DEFAULT_DEADLINE_DAY}`;
  if (values.out === undefined) throw new UsageError('template 需要 --out，例如 --out 填报表.xlsx');
  if (!values.out.toLowerCase().endsWith('.xlsx')) throw new UsageError(`--out ${values.out}：填报表应保存为 .xlsx 文件`);
  const force = values.force === true;
  checkOutputFree(values.out, force);
  const mapping = mappingOf(values);
  if (Array.isArray(mapping)) return fail(mapping, values.mapping!);
  const { formTemplateBuffer } = await import('../src/lib/stats/form-template.ts');
  writeOutput(values.out, await formTemplateBuffer(year, deadline, buildTime(), mapping), force);
  console.log(statsFormsText.template.written(values.out, year, given, placeWords()));
  return EXIT.ok;
}

function runMapping(values: Values): number {
  if (values.out === undefined) {
    process.stdout.write(defaultMappingYaml());
    return EXIT.ok;
  }
  writeOutput(values.out, defaultMappingYaml(), values.force === true);
  console.log(`已写入 ${values.out}：改好后用 npm run stats -- import 表格.xlsx --year YYYY --mapping ${values.out}`);
  return EXIT.ok;
}

/**
 * `npm run stats -- table 2023`: a year where a file goes is that year's
 * file in the content, as officials name it, unless a file of that name is
 * where the command runs.
 */
function statsFileNamed(typed: string): string {
  const path = typedPath(typed);
  if (!/^\d{4}$/.test(typed) || existsSync(path)) return path;
  const file = statsFileOf(typed);
  if (!existsSync(file)) throw new UsageError(`没有 ${typed} 年的统计文件 ${file}：请写上统计文件的路径，或先用 import 生成`);
  return file;
}

async function runCheckOrTable(command: 'check' | 'table', typed: string | undefined, values: Values): Promise<number> {
  if (typed === undefined) throw new UsageError(`缺少统计文件 FILE，例如 npm run stats -- ${command} ${statsFileOf(2023)}`);
  const file = statsFileNamed(typed);
  const outputs: { flag: string; path: string }[] = [];
  for (const flag of ['csv', 'json', 'xlsx'] as const) {
    const path = values[flag];
    if (path !== undefined) outputs.push({ flag: `--${flag}`, path });
  }
  for (const { flag, path } of outputs) {
    if (samePath(path, file)) throw new UsageError(`${flag} ${path}：输出文件不能是统计文件本身`);
  }
  for (let i = 0; i < outputs.length; i++) {
    for (let j = i + 1; j < outputs.length; j++) {
      if (samePath(outputs[i]!.path, outputs[j]!.path))
        throw new UsageError(`${outputs[i]!.flag} 和 ${outputs[j]!.flag} 不能写到同一个文件`);
    }
  }
  const force = values.force === true;
  for (const { path } of outputs) checkOutputFree(path, force);

  const result = readStatsOrStop(file);
  if (!result.ok) return fail(result.problems, file, 'stats');
  if (command === 'check') {
    console.log(statsSummary(result.data, file));
    return EXIT.ok;
  }

  const table = aggregateMoeTable(result.data);
  // The annex (CSV and XLSX alike) carries the header block from the settings, and under the table the file's note and its 数据截至.
  let layout: AnnexLayout | undefined;
  if (values.csv !== undefined || values.xlsx !== undefined) {
    const settingsFile = `${contentDir()}/data/site.json`;
    const contact = annexContactFromSettings(existsSync(settingsFile) ? read(settingsFile) : '{}', settingsFile);
    if (!contact.ok) return fail(contact.problems, settingsFile);
    layout = annexLayout(table, contact.contact, statsRemarks(result.data));
  }
  let xlsx: Uint8Array | undefined;
  if (values.xlsx !== undefined) {
    // exceljs loads only for the commands that write a workbook.
    const { annexXlsxBuffer } = await import('../src/lib/stats/annex-xlsx.ts');
    xlsx = await annexXlsxBuffer(layout!, buildTime());
  }
  console.log(moeTableText(table));
  if (result.data.note) console.log(`说明：${result.data.note}`);
  for (const { flag, path } of outputs) {
    const data = flag === '--csv' ? annexCsv(layout!) : flag === '--json' ? `${JSON.stringify(table, null, 2)}\n` : xlsx!;
    writeOutput(path, data, force);
    console.log(`已写入 ${path}`);
  }
  return EXIT.ok;
}

async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseOptions({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(usageMessage(error, Object.keys(OPTIONS), (flag) => EXAMPLES[flag] ?? '一个值'));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(help());
    return EXIT.ok;
  }
  // Files as the editor's terminal names them (typedPath): the outputs, the mapping, the exports, a statistics file.
  typedPathsIn(values, ['csv', 'json', 'xlsx', 'out', 'mapping']);
  const [command, ...rest] = positionals;
  if (command === undefined) throw new UsageError(`缺少命令：${COMMANDS.join('、')} 之一`);
  if (!(COMMANDS as readonly string[]).includes(command))
    throw new UsageError(cliText.unknownChoice('命令', command, closestKey(command, COMMANDS), COMMANDS.join('、')));
  const cmd = command as Command;
  for (const key of Object.keys(values) as (keyof typeof OPTIONS)[]) {
    if (key === 'help' || ALLOWED[cmd].includes(key)) continue;
    const hint = cmd === 'check' && ['csv', 'json', 'xlsx'].includes(key) ? '：要另存统计表，请用 table 命令' : '';
    throw new UsageError(`${cmd} 命令不接受 --${key}${hint}`);
  }
  // One file whose name has a space, typed without quotes, is several words: said so rather than read as several files.
  const split = pathSplitMessage(rest);
  if (split) throw new UsageError(split);
  if (cmd === 'import') return runImport(rest.map(typedPath), values);
  if (rest.length > (cmd === 'check' || cmd === 'table' ? 1 : 0)) {
    throw new UsageError(`多余的参数：${rest.slice(cmd === 'check' || cmd === 'table' ? 1 : 0).join(' ')}`);
  }
  if (cmd === 'template') return runTemplate(values);
  if (cmd === 'mapping') return runMapping(values);
  return runCheckOrTable(cmd, rest[0], values);
}

await runCommand(run, { usageHint: cliText.helpHint('stats') });
