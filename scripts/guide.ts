/**
 * `npm run guide`: rewrites the made parts of docs/编辑指南.md (the examples,
 * the field tables, the ten mistakes with the checker's own messages, the
 * import mistakes with the importer's), from the schemas, the field guide
 * and the checks themselves. The prose around them is left as it is.
 * `--check` writes nothing and exits 1 when the guide is not current.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EXIT, usageMessage } from '../src/lib/cli/index.ts';
import { fillGuide, GUIDE_FILE, guideBlocks } from '../src/lib/guide/render.ts';

const HELP = `用法：npm run guide [-- --check]

按校验规则、字段说明和检查程序本身，重写 ${GUIDE_FILE} 中自动生成的部分（示例、字段表、常见错误及其提示）。
  --check     只比较，不写入；不是最新时退出码为 1
  -h, --help  显示本说明`;

async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    console.error(usageMessage(error, ['check', 'help'], () => ''));
    return EXIT.usage;
  }
  if (values.help) {
    console.log(HELP);
    return EXIT.ok;
  }
  const text = readFileSync(GUIDE_FILE, 'utf8');
  const filled = fillGuide(text, await guideBlocks());
  if (filled === text) {
    console.log(`${GUIDE_FILE} 已是最新。`);
    return EXIT.ok;
  }
  if (values.check) {
    console.error(`${GUIDE_FILE} 不是最新的：请运行 npm run guide`);
    return EXIT.fileHasProblems;
  }
  writeFileSync(GUIDE_FILE, filled);
  console.log(`已更新 ${GUIDE_FILE}`);
  return EXIT.ok;
}

process.exitCode = await run(process.argv.slice(2));
