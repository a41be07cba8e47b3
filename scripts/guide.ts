/**
 * `npm run guide`: rewrites the made parts of docs/编辑指南.md (the examples,
 * the field tables, the ten mistakes with the checker's own messages, the
 * import mistakes with the importer's), from the schemas, the field guide
 * and the checks themselves. The prose around them is left as it is. It
 * also writes the events import's template the guide hands out
 * (docs/活动表模板.xlsx). `--check` writes nothing and exits 1 when either
 * is not current. A begin or end mark that does not pair up leaves the guide
 * as it is and exits 1, saying which line: rewriting would take the prose
 * up to the next end mark.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { EXIT, readCheckOption } from '../src/lib/cli/index.ts';
import { sameTemplate, SHIPPED_TEMPLATE, shippedTemplateBuffer } from '../src/lib/events-import/shipped-template.ts';
import { buildTime } from '../src/lib/identity/build-date.ts';
import { describeMarkProblem } from '../src/lib/guide/marks.ts';
import { fillGuide, GUIDE_FILE, guideBlocks } from '../src/lib/guide/render.ts';
import { guideText } from '../src/i18n/zh-CN/guide.ts';

const HELP = `用法：npm run guide [-- --check]

按校验规则、字段说明和检查程序本身，重写 ${GUIDE_FILE} 中自动生成的部分（示例、字段表、常见错误及其提示），
并重新生成指南所附的活动表模板 ${SHIPPED_TEMPLATE}。
  --check     只比较，不写入；不是最新时退出码为 1
  -h, --help  显示本说明`;

async function run(argv: string[]): Promise<number> {
  const options = readCheckOption(argv, HELP, 'guide');
  if ('exit' in options) return options.exit;
  const guide = await updateGuide(options.check);
  const template = await updateTemplate(options.check);
  return guide && template ? EXIT.ok : EXIT.fileHasProblems;
}

/** Whether the guide is current (after writing it, unless `check`); marks that do not pair up leave it untouched, with or without `check`. */
async function updateGuide(check: boolean): Promise<boolean> {
  const text = readFileSync(GUIDE_FILE, 'utf8');
  const filled = fillGuide(text, await guideBlocks());
  if (!filled.ok) {
    console.error(guideText.marks.refused(GUIDE_FILE, filled.problems.map(describeMarkProblem).join('\n')));
    return false;
  }
  return updateFile(GUIDE_FILE, filled.text, filled.text === text, check);
}

/** Whether the shipped template is current: it shows what a fresh one shows (a workbook's bytes carry the time it was written). */
async function updateTemplate(check: boolean): Promise<boolean> {
  const fresh = await shippedTemplateBuffer(buildTime());
  const current = existsSync(SHIPPED_TEMPLATE) && (await sameTemplate(new Uint8Array(readFileSync(SHIPPED_TEMPLATE)), fresh));
  return updateFile(SHIPPED_TEMPLATE, fresh, current, check);
}

/** Says whether `file` is current; when it is not, writes `fresh` to it, unless `check`. */
function updateFile(file: string, fresh: string | Uint8Array, current: boolean, check: boolean): boolean {
  if (current) {
    console.log(`${file} 已是最新。`);
    return true;
  }
  if (check) {
    console.error(`${file} 不是最新的：请运行 npm run guide`);
    return false;
  }
  writeFileSync(file, fresh);
  console.log(`已更新 ${file}`);
  return true;
}

process.exitCode = await run(process.argv.slice(2));
