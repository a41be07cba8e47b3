/**
 * `npm run check`: checks every file under content/ (Markdown entries, site
 * settings, statistics and lighting JSON) without building the site.
 * Exit 0 when there is no error (warnings, ⚠, are listed and do not fail),
 * 1 with every problem listed.
 */
import { contentDir } from '../src/lib/content-dir.ts';
import { checkInputs } from '../src/lib/check-inputs.ts';
import { errorsOf, formatProblems, warningsOf } from '../src/lib/input-problem.ts';
import { inputText } from '../src/i18n/zh-CN/input.ts';
import { cliText } from '../src/i18n/zh-CN/cli.ts';
import { EXIT, parseOptions, runCommand } from '../src/lib/cli/index.ts';

const text = inputText.problem;

const HELP =
  '用法（usage）：npm run check\n检查 content/ 下的全部内容文件与数据文件，不构建网站。\n' +
  '✗ 错误：须改正，否则无法构建（退出码 1）；⚠ 提醒：读者会注意到的问题，建议修改，不影响构建（退出码 0）。\n' +
  '另一个内容文件夹：CONTENT_DIR=文件夹 npm run check';

function check(argv: string[]): number {
  // Strict: a mistyped flag or a file name is a usage error (runCommand, exit 2), not silently ignored.
  const { values } = parseOptions({ args: argv, options: { help: { type: 'boolean', short: 'h' } }, strict: true });
  if (values.help) {
    console.log(HELP);
    return EXIT.ok;
  }
  const { problems, files } = checkInputs(contentDir());
  const errors = errorsOf(problems);
  const warnings = warningsOf(problems);
  if (errors.length > 0) {
    console.error(`${text.checkFailed(errors.length, warnings.length, files)}\n${formatProblems([...errors, ...warnings])}`);
    return 1;
  }
  console.log(text.checkPassed(files));
  if (warnings.length > 0) console.log(`${text.checkWarnings(warnings.length)}\n${formatProblems(warnings)}`);
  return 0;
}

await runCommand(check, { usageHint: cliText.helpHint('check'), knownOptions: ['help'] });
