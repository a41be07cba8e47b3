/**
 * Plumbing shared by the command-line front doors in scripts/: Chinese usage
 * messages for node:util's parseArgs errors, and files that are read with a
 * clear message and written without ever overwriting unless told to.
 */
import { existsSync, realpathSync, writeFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { cliText as t } from '../../i18n/zh-CN/cli.ts';
import { closestKey } from '../input/index.ts';
import { formatProblems, InputError } from '../input-problem.ts';
import { guardTerminalOutput } from './terminal-safe.ts';

type ParsedToken = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/** Bad usage, an unreadable input or an output that exists: exit 2, message in Chinese. */
export class UsageError extends Error {}

export const EXIT = { ok: 0, fileHasProblems: 1, usage: 2 } as const;

/** node:util's messages are English; officials get Chinese that still names the flag. */
export function usageMessage(error: unknown, knownOptions: readonly string[], valueExample: (flag: string) => string): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const guess = closestKey(flag.replace(/^-+/, ''), knownOptions);
    return t.unknownOption(flag, guess);
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return t.unexpectedArgument(/'([^']*)'/.exec(message)?.[1] ?? '');
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take an argument/.test(message) ? t.noValueAllowed(flag) : t.valueNeeded(flag, valueExample(flag));
  }
  return message;
}

/**
 * node:util's parseArgs, except that an option taking one value given twice
 * (`--year 2024 --year 2025`) is a usage error: parseArgs keeps the last,
 * and an editor's slip would silently win. Options marked `multiple` and
 * yes/no flags may repeat.
 */
export function parseOptions<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> & { tokens: ParsedToken[] } {
  const parsed = parseArgs({ ...config, tokens: true });
  const given = new Map<string, string[]>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option') continue;
    const option = config.options?.[token.name];
    if (option?.type !== 'string' || option.multiple === true) continue;
    given.set(token.name, [...(given.get(token.name) ?? []), token.value ?? '']);
  }
  for (const [name, values] of given) if (values.length > 1) throw new UsageError(t.repeated(`--${name}`, values));
  return parsed as ReturnType<typeof parseArgs<T>> & { tokens: ParsedToken[] };
}

/** A value the terminal split at its spaces: the option, the part it kept, and the words after it. */
export interface SplitValue {
  flag: string;
  value: string;
  words: string[];
}

/**
 * The words typed right after a one-value option's value, before the next
 * option (`--start 11/20 14:30`, `--name 王 阿姨`): a value with a space
 * typed without quotes, which the terminal split. parseArgs takes them as
 * arguments of their own; a command that reads arguments says so rather
 * than take 14:30 for a title. `--start=11/20` is not followed so.
 */
export function valuesSplitOff(tokens: readonly ParsedToken[], options: ParseArgsConfig['options'] = {}): SplitValue[] {
  const split: SplitValue[] = [];
  let last: SplitValue | undefined;
  for (const token of tokens) {
    if (token.kind === 'positional' && last) {
      last.words.push(token.value);
      continue;
    }
    if (last && last.words.length > 0) split.push(last);
    last =
      token.kind === 'option' && options[token.name]?.type === 'string' && !token.inlineValue && token.value !== undefined
        ? { flag: `--${token.name}`, value: token.value, words: [] }
        : undefined;
  }
  if (last && last.words.length > 0) split.push(last);
  return split;
}

/**
 * A file name with a space typed without quotes (`我的 活动表.xlsx`), which
 * the terminal split into words: the message that says to quote it, when the
 * words put together name a file that exists (as typedPath reads it).
 */
export function pathSplitMessage(words: readonly string[]): string | undefined {
  if (words.length < 2) return undefined;
  const whole = words.join(' ');
  return existsSync(typedPath(whole)) ? t.pathSplit(whole, words) : undefined;
}

/**
 * A file's path as the editor typed it, read from the folder their terminal
 * was in. npm runs a project's script in the project folder whatever folder
 * it was typed in, and names that folder in INIT_CWD: `npm run stats --
 * check 2023.json` typed in content/data/stats/ means the file there. A
 * command started otherwise (`node scripts/stats.ts`, as the tests start
 * it, under an npm script of their own) reads from its own folder.
 */
export function typedPath(path: string): string {
  const typedIn = process.env.INIT_CWD;
  if (typedIn === undefined || isAbsolute(path) || !startedByNpmAsItself()) return path;
  return resolve(typedIn) === process.cwd() ? path : resolve(typedIn, path);
}

/** The options among `keys` that name files, each read as typedPath reads it (in place). */
export function typedPathsIn<K extends string>(values: Partial<Record<K, unknown>>, keys: readonly K[]): void {
  for (const key of keys) {
    const value = values[key];
    if (typeof value === 'string') values[key] = typedPath(value);
  }
}

/** Whether npm started this very script (`"stats": "node scripts/stats.ts"`), not one that started it. */
function startedByNpmAsItself(): boolean {
  const script = process.env.npm_lifecycle_script;
  const entry = process.argv[1];
  // package.json writes the script's path with slashes, on Windows too.
  return (
    script !== undefined && entry !== undefined && script.split(/\s+/).includes(relative(process.cwd(), entry).split(sep).join('/'))
  );
}

/** Why a file could not be read, in words. */
export function readError(file: string, error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return t.read.missing(file);
  if (code === 'EISDIR') return t.read.folder(file);
  if (code === 'EACCES' || code === 'EPERM') return t.read.denied(file);
  return t.read.other(file, code ?? String(error));
}

/** The same file, through links and relative paths. */
export function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  return real(a) === real(b);
}

export const refuseToOverwrite = (path: string) => new UsageError(t.write.exists(path));

/** Before any work: refuse an output that exists, unless `force`. */
export function checkOutputFree(path: string, force: boolean): void {
  if (!force && existsSync(path)) throw refuseToOverwrite(path);
}

/** Writes `data`; without `force` fails if the file exists, even one created meanwhile ('wx'). */
export function writeOutput(path: string, data: string | Uint8Array, force: boolean): void {
  try {
    writeFileSync(path, data, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EEXIST') throw refuseToOverwrite(path);
    if (code === 'ENOENT') throw new UsageError(t.write.noFolder(path));
    if (code === 'EISDIR') throw new UsageError(t.write.folder(path));
    throw new UsageError(t.write.other(path, code ?? String(error)));
  }
}

/**
 * The options of a command that writes generated files (npm run schemas,
 * npm run guide): `--check` compares without writing, `--help` prints
 * `help`. Gives whether to check, or the exit code once the help or a usage
 * error (in Chinese, naming the flag, then `npm run <command> -- --help`)
 * is printed.
 */
export function readCheckOption(argv: string[], help: string, command: string): { check: boolean } | { exit: number } {
  let values;
  try {
    ({ values } = parseOptions({
      args: argv,
      options: { check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    console.error(`${t.error(usageMessage(error, ['check', 'help'], () => ''))}\n${t.helpHint(command)}`);
    return { exit: EXIT.usage };
  }
  if (values.help) {
    console.log(help);
    return { exit: EXIT.ok };
  }
  return { check: values.check === true };
}

/**
 * Runs a front door's `run` on the command line's arguments and sets
 * process.exitCode: what `run` returns; 1 with each problem when the site
 * settings it reads do not pass (the editors' commands read regions against
 * the province they name); 2 for bad usage, with `usageHint` (where the usage
 * is). node:util's parseArgs errors that `run` lets through are put in
 * Chinese, naming the flag, when `knownOptions` is given.
 */
export async function runCommand(
  run: (argv: string[]) => number | Promise<number>,
  options: { usageHint: string; knownOptions?: readonly string[]; valueExample?: (flag: string) => string },
): Promise<void> {
  // What a command prints quotes the files it reads, which may carry commands to the terminal.
  guardTerminalOutput();
  try {
    process.exitCode = await run(process.argv.slice(2));
  } catch (error) {
    if (error instanceof InputError) {
      console.error(t.settingsProblems(formatProblems(error.problems)));
      process.exitCode = EXIT.fileHasProblems;
      return;
    }
    const fromParseArgs = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') && options.knownOptions !== undefined;
    if (!(error instanceof UsageError) && !fromParseArgs) throw error;
    const message = fromParseArgs
      ? usageMessage(error, options.knownOptions!, options.valueExample ?? (() => ''))
      : (error as Error).message;
    console.error(`${t.error(message)}\n${options.usageHint}`);
    process.exitCode = EXIT.usage;
  }
}
