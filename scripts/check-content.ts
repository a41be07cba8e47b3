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

const text = inputText.problem;

function check(argv: readonly string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(
      '用法（usage）：npm run check\n检查 content/ 下的全部内容文件与数据文件，不构建网站。\n' +
        '✗ 错误：须改正，否则无法构建（退出码 1）；⚠ 提醒：读者会注意到的问题，建议修改，不影响构建（退出码 0）。',
    );
    return 0;
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

process.exitCode = check(process.argv.slice(2));
