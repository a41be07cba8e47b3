/**
 * The cities' event lists into Markdown files:
 *
 *   npm run import-events -- FILE.xlsx|FILE.csv [--year YYYY] [--dry-run] [--skip-bad] [--mapping FILE]
 *   npm run import-events -- --template OUT.xlsx [--year YYYY] [--mapping FILE] [--force]
 *   npm run import-events -- --write-mapping OUT.yaml [--force]
 *
 * One file per row under content/events/<year>/; every row's problems are
 * listed with its row and column, and nothing is written while any row is
 * wrong, unless --skip-bad. A row already imported is skipped; no file is
 * ever replaced. A row whose event is there on the same day at another
 * time is a bad row: the editor changes that file, or the row's title.
 *
 * Exit codes: 0 done; 1 a row (or the mapping file) has problems (with
 * --skip-bad the good rows are written all the same); 2 bad usage, a file
 * that cannot be read, or an output that exists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventsImportText as t } from '../src/i18n/zh-CN/events-import.ts';
import { spreadsheetText } from '../src/i18n/zh-CN/spreadsheet.ts';
import {
  checkOutputFree,
  EXIT,
  parseOptions,
  readError,
  runCommand,
  pathSplitMessage,
  typedPath,
  typedPathsIn,
  usageMessage,
  UsageError,
  writeOutput,
} from '../src/lib/cli/index.ts';
import { cliText } from '../src/i18n/zh-CN/cli.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { buildTime } from '../src/lib/identity/build-date.ts';
import { beijingYear } from '../src/lib/dates/index.ts';
import { importEvents } from '../src/lib/events-import/import.ts';
import { defaultEventsMapping, defaultMappingText, parseEventsMapping, type EventsMapping } from '../src/lib/events-import/mapping.ts';
import { fileLabelOf, formatProblems, type InputProblem } from '../src/lib/input-problem.ts';
import { writeEntry } from '../src/lib/scaffold/create.ts';
import { checkSiteSettings } from '../src/lib/site-settings.ts';
import { columnLetter, decodeText, readSpreadsheet } from '../src/lib/spreadsheet/index.ts';

const HELP = `用法：
  npm run import-events -- 活动表.xlsx|活动表.csv [--year YYYY] [--dry-run] [--skip-bad] [--mapping FILE]
  npm run import-events -- --template 活动表模板.xlsx [--year YYYY] [--mapping FILE] [--force]
  npm run import-events -- --write-mapping 映射.yaml [--force]

把各地报来的活动表（每行一个活动）转成 content/events/<年份>/ 下的 Markdown 文件，每行一个。
默认的列：活动名称、地区、开始时间、结束时间、地点、地址、线上链接、主办单位、类型、适合人群、报名链接、简介
（列名不同时用 --mapping 指定；--write-mapping 保存默认映射供修改）。
地区也可分成地市、区县两列：区县按所在地市读，区县空着或写“本级”的一行是地市本身的活动。

选项：
  --year YYYY          没写年份的日期（如 11月18日）按这一年读；默认为 site.json 的 year
  --dry-run            只检查、列出结果，不写入任何文件
  --skip-bad           有误的行列出后跳过，其余的行照常写入（默认：有任何一行有误就什么都不写）
  --mapping FILE       列名映射文件（YAML 或 JSON），只需写与默认值不同的项
  --template OUT.xlsx  生成供各地填写的活动表模板（带类型下拉列表和填写说明）
  --write-mapping OUT  保存默认的列名映射（带说明），改好后用 --mapping 指定
  --force              （--template、--write-mapping）允许覆盖已存在的输出文件
  -h, --help           显示本说明

已导入过的行（活动名称、地区、开始时间都相同的活动已存在）会自动跳过；不会覆盖任何已有文件。
同名、同地区的活动在同一天已有、开始时间却不同的行算作有误、不导入：改了时间的，请直接修改已有文件；另一场活动请改用不同的名称。
退出码：0 成功；1 表格有误（有行有误，加 --skip-bad 时其余行已写入；不是 .xlsx 或 .csv，如 .xls、.et；找不到表头）或映射文件有误；2 用法错误、找不到或打不开文件、输出文件已存在`;

const OPTIONS = {
  year: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'skip-bad': { type: 'boolean' },
  mapping: { type: 'string' },
  template: { type: 'string' },
  'write-mapping': { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Shown per group before the rest are counted. */
const MAX_LISTED = 30;

/** A mapping file as Windows Notepad saves it too: UTF-8, or GBK (its "ANSI"), as a CSV is read. */
function read(file: string): string {
  try {
    return decodeText(readFileSync(file)).replace(/^\ufeff/, '');
  } catch (error) {
    throw new UsageError(readError(file, error));
  }
}

function fail(problems: readonly InputProblem[], what: string): number {
  console.error(`✗ ${what} 有 ${problems.length} 处问题：\n${formatProblems(problems)}`);
  return EXIT.fileHasProblems;
}

function yearOf(value: string | undefined): number {
  if (value !== undefined) {
    if (!/^\d{4}$/.test(value.trim())) throw new UsageError(`--year ${value}：应为四位数的年份，例如 2024`);
    return Number(value);
  }
  const settings = checkSiteSettings();
  return settings.ok ? settings.data.year : beijingYear(buildTime());
}

function listed<T>(items: readonly T[], line: (item: T) => string): string[] {
  const lines = items.slice(0, MAX_LISTED).map(line);
  if (items.length > MAX_LISTED) lines.push(t.summary.more(items.length - MAX_LISTED));
  return lines;
}

async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseOptions({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(
      usageMessage(error, Object.keys(OPTIONS), (flag) => (flag === '--year' ? '年份，例如 --year 2024' : '文件名')),
    );
  }
  const { values, positionals: typed } = parsed;
  if (values.help) {
    console.log(HELP);
    return EXIT.ok;
  }
  // Files as the editor's terminal names them (typedPath).
  const positionals = typed.map(typedPath);
  typedPathsIn(values, ['mapping', 'template', 'write-mapping']);
  let mapping: EventsMapping = defaultEventsMapping();
  if (values.mapping !== undefined) {
    const result = parseEventsMapping(read(values.mapping), values.mapping);
    if (!result.ok) return fail(result.problems, values.mapping);
    mapping = result.mapping;
  }
  const force = values.force === true;

  if (values['write-mapping'] !== undefined) {
    if (positionals.length > 0 || values.template !== undefined)
      throw new UsageError('--write-mapping 不能与表格或 --template 一起使用');
    writeOutput(values['write-mapping'], defaultMappingText(), force);
    console.log(
      `已写入 ${values['write-mapping']}：改好后用 npm run import-events -- 活动表.xlsx --mapping ${values['write-mapping']}`,
    );
    return EXIT.ok;
  }
  if (values.template !== undefined) {
    if (positionals.length > 0) throw new UsageError('--template 不能与要导入的表格一起使用');
    if (!values.template.toLowerCase().endsWith('.xlsx'))
      throw new UsageError(`--template ${values.template}：模板应保存为 .xlsx 文件`);
    checkOutputFree(values.template, force);
    const { eventsTemplateBuffer } = await import('../src/lib/events-import/template.ts');
    writeOutput(values.template, await eventsTemplateBuffer(yearOf(values.year), buildTime(), mapping), force);
    console.log(`已写入 ${values.template}：各地填好后用 npm run import-events -- ${values.template} 导入`);
    return EXIT.ok;
  }
  if (force) throw new UsageError('--force 只用于 --template 和 --write-mapping：导入从不覆盖已有文件');
  if (positionals.length === 0) throw new UsageError('缺少要导入的表格，例如 npm run import-events -- 活动表.xlsx');
  if (positionals.length > 1) throw new UsageError(pathSplitMessage(typed) ?? `一次导入一个表格：${positionals.join('、')}`);
  const [file] = positionals as [string];

  let sheet;
  try {
    sheet = await readSpreadsheet(file, mapping.sheet === undefined ? {} : { sheet: mapping.sheet });
  } catch (error) {
    throw new UsageError(readError(file, error));
  }
  if (!sheet.ok) {
    const { item, field = spreadsheetText.wholeFile, message } = sheet;
    return fail([{ file, ...(item === undefined ? {} : { item }), field, message }], file);
  }

  const result = importEvents(sheet.sheet, { mapping, year: yearOf(values.year), contentDir: contentDir() });
  if (result.sheetProblems.length > 0) return fail(result.sheetProblems, file);

  const dirs =
    [...new Set(result.good.map((g) => fileLabelOf(join(g.path, '..'))))].join('、') || fileLabelOf(join(contentDir(), 'events'));
  const lines = [t.summary.read(file, result.rows), t.summary.good(result.good.length, dirs)];
  if (result.skipped.length)
    lines.push(t.summary.skipped(result.skipped.length), ...listed(result.skipped, (s) => t.summary.skippedLine(s.row, s.file)));
  // Every one: each is a file to change, or the event stays on the site as taking place.
  if (result.statusChanged.length)
    lines.push(
      t.summary.statusChanged(result.statusChanged.length),
      ...result.statusChanged.map((c) => t.summary.statusChangedLine(c.row, c.file, c.status)),
    );
  if (result.unreadColumns.length) {
    const named = result.unreadColumns.map((c) => spreadsheetText.column(columnLetter(c.column), c.header || undefined));
    lines.push(t.summary.unreadColumns(file, named));
  }
  if (result.abbreviated.length)
    lines.push(
      t.summary.abbreviated(result.abbreviated.length),
      ...listed(result.abbreviated, (a) => t.summary.abbreviatedLine(a.row, a.readAs)),
    );
  if (result.hidden.length) lines.push(t.summary.hidden(result.hidden));
  if (result.footers.length)
    lines.push(t.summary.footers(result.footers.length), ...listed(result.footers, (f) => t.summary.footerLine(f.row, f.text)));
  if (result.repeated.length)
    lines.push(t.summary.repeated(result.repeated.length), ...listed(result.repeated, (r) => t.summary.repeatedLine(r.row, r.first)));
  console.log(lines.join('\n'));
  const bad = result.bad.length;
  if (bad) console.error(`${t.summary.bad(bad)}\n${formatProblems(result.bad.flatMap((b) => b.problems))}`);

  if (values['dry-run']) {
    console.log(t.summary.dryRun);
    return bad ? EXIT.fileHasProblems : EXIT.ok;
  }
  if (bad && !values['skip-bad']) {
    console.error(t.summary.nothingWritten(bad));
    return EXIT.fileHasProblems;
  }
  for (const entry of result.good) {
    try {
      writeEntry(entry.path, entry.text);
    } catch (error) {
      if ((error as { code?: string }).code === 'EEXIST')
        throw new UsageError(`${fileLabelOf(entry.path)} 已存在，未覆盖（导入期间有人新建了同名文件？请重新导入）`);
      throw error;
    }
  }
  console.log(bad ? t.summary.writtenSkippingBad(result.good.length, bad) : t.summary.written(result.good.length));
  return bad ? EXIT.fileHasProblems : EXIT.ok;
}

await runCommand(run, { usageHint: cliText.helpHint('import-events') });
