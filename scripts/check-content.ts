/**
 * `npm run check`: checks every file under content/ (Markdown entries, site
 * settings, statistics and lighting JSON) without building the site.
 * Exit 0 when all is well, 1 with every problem listed.
 */
import { contentDir } from '../src/lib/content-dir.ts';
import { checkInputs } from '../src/lib/check-inputs.ts';
import { formatProblems, formatWarnings } from '../src/lib/input-problem.ts';

function check(argv: readonly string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log('用法（usage）：npm run check\n检查 content/ 下的全部内容文件与数据文件，不构建网站。');
    return 0;
  }
  const { problems, warnings, files } = checkInputs(contentDir());
  if (warnings.length > 0) console.warn(formatWarnings(warnings));
  if (problems.length > 0) {
    console.error(`发现 ${problems.length} 处问题（${files} 个文件）：\n${formatProblems(problems)}`);
    return 1;
  }
  console.log(`内容检查通过（content OK）：${files} 个文件。`);
  return 0;
}

process.exitCode = check(process.argv.slice(2));
