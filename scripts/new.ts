/**
 * `npm run new -- event|book|learner|project|notice [--title …] [--region 荔湾] … [--yes]`
 * (or the kind's Chinese name: `npm run new -- 活动`; the title may follow the kind: `npm run new -- 活动 读书会`)
 *
 * A new entry: asks for the few fields that decide the file (or takes them
 * as flags; `--yes` asks nothing), derives its file name from the title in
 * pinyin, and writes a complete, valid file with every other field present
 * and explained. Never replaces a file.
 *
 * Exit codes: 0 written; 1 a value that cannot be used (an unknown region,
 * a date that cannot be read); 2 bad usage, a missing required flag with
 * --yes, or a chosen file name that is taken.
 */
import { boundaryTopology } from '../src/lib/geo/boundary-file.ts';
import { createInterface } from 'node:readline';
import { scaffoldText as t } from '../src/i18n/zh-CN/scaffold.ts';
import { EXIT, parseOptions, runCommand, usageMessage, UsageError, valuesSplitOff, type SplitValue } from '../src/lib/cli/index.ts';
import { cliText } from '../src/i18n/zh-CN/cli.ts';
import { closestKey } from '../src/lib/input/index.ts';
import { bookWithIsbn } from '../src/lib/content/check-entries.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { buildTime } from '../src/lib/identity/build-date.ts';
import { beijingYear } from '../src/lib/dates/index.ts';
import { fileLabelOf, formatProblems } from '../src/lib/input-problem.ts';
import { placeWords } from '../src/lib/regions/index.ts';
import { regionChoiceLabel } from '../src/lib/scaffold/answers.ts';
import { planEntry, writeEntry } from '../src/lib/scaffold/create.ts';
import {
  flagOf,
  QUESTION_IDS,
  questionsFor,
  SCAFFOLD_KINDS,
  scaffoldKindOf,
  type Answers,
  type Question,
  type ScaffoldKind,
} from '../src/lib/scaffold/questions.ts';
import { checkSiteSettings } from '../src/lib/site-settings.ts';

const kindList = SCAFFOLD_KINDS.map((k) => `${k}（${t.kinds[k]}）`).join('、');
const flagsOf = (kind: ScaffoldKind) =>
  questionsFor(kind)
    .map((q) => `${flagOf(q.id)}${q.required ? '（必填）' : ''}`)
    .join(' ');

/** The help; its example's region is one of the configured province's (a placeholder when the settings cannot be read). */
const help = (region: string) => `用法：npm run new -- 类别 [标题或姓名] [选项…]

新建一条内容：依次询问几项关键信息（也可用选项直接给出），按标题的拼音取文件名，
写出一个完整、可通过检查的文件：其余字段都列出并附说明，“待填写”处请换成实际内容。
不会覆盖已有文件：文件名已被占用时自动加 -2、-3。

类别：${kindList}（英文或中文都可以，如 npm run new -- 活动、npm run new -- 书目）

各类别的选项（--yes 时“必填”项必须给出）：
${SCAFFOLD_KINDS.map((k) => `  ${k.padEnd(8)}${flagsOf(k)}`).join('\n')}

其他选项：
  --slug 文件名   自己指定文件名（小写字母、数字和连字符）；已被占用时停止
  --yes, -y       不询问，只用选项给出的信息
  -h, --help      显示本说明

示例：
  npm run new -- event
  npm run new -- 学习之星
  npm run new -- 活动 长者智能手机课堂
  npm run new -- event --title 长者智能手机课堂 --region ${region} --start "2024-11-20 14:30" --type seminar --yes

退出码：0 已新建；1 给出的值无法使用（如未知的地区）；2 用法错误、--yes 时缺少必填项，或指定的文件名已被占用`;

function helpRegion(): string {
  try {
    return placeWords().typed.countyShort;
  } catch {
    // Unreadable settings are npm run check's to report; the help is still shown.
    return '地区名称';
  }
}

const OPTIONS = {
  ...Object.fromEntries(QUESTION_IDS.map((id) => [flagOf(id).slice(2), { type: 'string' as const }])),
  slug: { type: 'string' },
  yes: { type: 'boolean', short: 'y' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Lines from stdin, one per question; works with a terminal and with piped answers. */
function lineReader() {
  const rl = createInterface({ input: process.stdin, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  return {
    async ask(prompt: string): Promise<string | undefined> {
      process.stdout.write(prompt);
      const next = await lines.next();
      if (!process.stdin.isTTY && !next.done) process.stdout.write(`${next.value}\n`);
      if (next.done) process.stdout.write('\n');
      return next.done ? undefined : next.value;
    },
    close: () => rl.close(),
  };
}

async function collect(
  kind: ScaffoldKind,
  values: Record<string, string | boolean | undefined>,
  yes: boolean,
): Promise<Answers | string[]> {
  const answers: Answers = {};
  const problems: string[] = [];
  // With --yes, every required flag not given, said at once rather than one run at a time.
  const missing: string[] = [];
  const reader = yes ? undefined : lineReader();
  const questions = t.questions(placeWords());
  const set = (q: Question, value: unknown) => ((answers as Record<string, unknown>)[q.id] = value);
  try {
    for (const q of questionsFor(kind)) {
      if (q.when && !q.when(answers)) continue;
      const given = values[flagOf(q.id).slice(2)];
      if (typeof given === 'string') {
        const read = q.read(given, answers);
        if (read.ok) {
          set(q, read.value);
          // `--region 锡盟`: what an abbreviation was read as, for the editor to check.
          if (read.note) console.log(t.regionFound(read.note));
          const taken = bookTaken(answers);
          if (taken) return [`${flagOf(q.id)}：${taken}`];
          continue;
        }
        if (yes) {
          problems.push(`${flagOf(q.id)}：${read.message}`);
          continue;
        }
        console.log(t.again(read.message));
      } else if (yes) {
        if (q.required) missing.push(flagOf(q.id));
        continue;
      }
      // Ask until the answer can be used; an optional question may be left empty.
      if (q.choices) console.log(q.choices.map((c, i) => t.choice(i + 1, c.key, c.label)).join('\n'));
      for (;;) {
        const typed = await reader!.ask(t.ask(q.id === 'region' && !q.required ? questions.regionOptional : questions[q.id]));
        if (typed === undefined) {
          if (q.required) throw new UsageError(t.problems.required(flagOf(q.id)));
          break;
        }
        if (typed.trim() === '' && !q.required) break;
        const read = q.read(typed, answers);
        if (read.ok) {
          set(q, read.value);
          if (q.id === 'region' && answers.region) console.log(t.regionFound(read.note ?? regionChoiceLabel(answers.region)));
          // A book already there is said at once, not after every other question.
          const taken = bookTaken(answers);
          if (taken) return [taken];
          break;
        }
        console.log(t.again(read.message));
      }
    }
  } finally {
    reader?.close();
  }
  // The values given that cannot be used come with it, so that one more run sets everything right.
  if (missing.length > 0) throw new UsageError([t.problems.required(missing.join('、')), ...problems.map((p) => `✗ ${p}`)].join('\n'));
  return problems.length > 0 ? problems : answers;
}

/** Why a book is not to be made: its ISBN has a file already (one book, one file). */
function bookTaken(answers: Answers): string | undefined {
  const file = answers.isbn === undefined ? undefined : bookWithIsbn(contentDir(), answers.isbn);
  return file === undefined ? undefined : t.problems.bookExists(answers.isbn!, file);
}

/**
 * `npm run new -- 活动 长者智能手机课堂`: the word after the kind is the first
 * question's answer (a title, or a learner's or project's name), as if given
 * by its flag; more than one word is a title typed without its quotes. A
 * word after an option's value is that value's, split at a space typed
 * without quotes (`split`: --start 11/20 14:30, --name 王 阿姨), where it
 * cannot be the name (one is given, or more than one word) or is a time's.
 */
function withNameTyped<T extends Record<string, string | boolean | undefined>>(
  kind: ScaffoldKind,
  values: T,
  rest: readonly string[],
  split: readonly SplitValue[],
): T {
  if (rest.length === 0) return values;
  const flag = flagOf(questionsFor(kind)[0]!.id);
  const given = values[flag.slice(2)];
  const splitSaid = () => new UsageError(split.map((s) => cliText.valueSplit(s.flag, s.value, s.words)).join('\n'));
  if (split.some((s) => s.flag === '--start' || s.flag === '--end')) throw splitSaid();
  if (rest.length > 1 || typeof given === 'string') {
    if (split.length > 0) throw splitSaid();
    if (rest.length > 1) throw new UsageError(t.problems.extraWords(rest));
    throw new UsageError(t.problems.namedTwice(rest[0]!, flag, String(given)));
  }
  return { ...values, [flag.slice(2)]: rest[0] };
}

async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseOptions({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(usageMessage(error, Object.keys(OPTIONS), () => '一个值'));
  }
  const { positionals } = parsed;
  if (parsed.values.help) {
    console.log(help(helpRegion()));
    return EXIT.ok;
  }
  const [typedKind, ...rest] = positionals;
  if (typedKind === undefined) throw new UsageError(`缺少类别：${kindList} 之一，例如 npm run new -- event`);
  const kind = scaffoldKindOf(typedKind);
  if (kind === undefined)
    throw new UsageError(cliText.unknownChoice('类别', typedKind, closestKey(typedKind, SCAFFOLD_KINDS), kindList));
  // The kind is no option's value, wherever it stands.
  const kindToken = parsed.tokens.findIndex((token) => token.kind === 'positional');
  const split = valuesSplitOff(
    parsed.tokens.filter((_, i) => i !== kindToken),
    OPTIONS,
  );
  const values = withNameTyped(kind, parsed.values, rest, split);
  const asked = new Set(questionsFor(kind).map((q) => flagOf(q.id).slice(2)));
  for (const key of Object.keys(values)) {
    if (['slug', 'yes', 'help'].includes(key) || asked.has(key)) continue;
    throw new UsageError(`${kind} 不用 --${key}；可用的选项：${flagsOf(kind)} --slug --yes`);
  }

  // What writing the file needs of the settings (the province's boundaries, for its examples and the
  // check of a venue), before the first question: an editor's answers are never asked for and then lost.
  boundaryTopology();
  const answers = await collect(kind, values, values.yes === true);
  if (Array.isArray(answers)) {
    console.error(answers.map((p) => `✗ ${p}`).join('\n'));
    return EXIT.fileHasProblems;
  }

  const now = buildTime();
  const settings = checkSiteSettings();
  const plan = planEntry(kind, answers, {
    contentDir: contentDir(),
    siteYear: settings.ok ? settings.data.year : beijingYear(now),
    today: now,
    ...(values.slug === undefined ? {} : { slug: values.slug }),
  });
  if (!plan.ok) {
    if (plan.reason === 'invalid') {
      console.error(`${plan.message}\n${formatProblems(plan.problems ?? [])}`);
      return EXIT.fileHasProblems;
    }
    if (plan.reason === 'isbnTaken' || plan.reason === 'eventExists') {
      console.error(`✗ ${plan.message}`);
      return EXIT.fileHasProblems;
    }
    throw new UsageError(plan.message);
  }
  try {
    writeEntry(plan.path, plan.text);
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') throw new UsageError(t.problems.slugTaken(fileLabelOf(plan.path)));
    throw error;
  }
  const file = fileLabelOf(plan.path);
  console.log(t.written(file, plan.url));
  console.log(t.next(file).join('\n'));
  return EXIT.ok;
}

await runCommand(run, { usageHint: cliText.helpHint('new') });
