import { scaffoldText } from '../../../i18n/zh-CN/scaffold.ts';
import { readerChecksText as text } from '../../../i18n/zh-CN/reader-checks.ts';
import type { InputProblem } from '../../input-problem.ts';
import { warning, type ReaderCheckContext } from './context.ts';

/**
 * Text `npm run new` left for an editor to write (`（待填写：主办单位）`):
 * the file is valid so that it can be previewed at once, but a reader must
 * never see it. Named by field in the front matter, by line in the body.
 */
const TOP_LEVEL_KEY = /^([A-Za-z_$][\w$]*)\s*:/;

export function placeholders(context: ReaderCheckContext): InputProblem[] {
  const marker = scaffoldText.placeholder;
  const problems: InputProblem[] = [];
  for (const entry of context.entries) {
    if (!entry.text.includes(marker)) continue;
    const lines = entry.text.split(/\r?\n/);
    let inFrontMatter = false;
    let fences = 0;
    let key: string | undefined;
    const fields = new Set<string>();
    lines.forEach((line, index) => {
      if (line.trim() === '---' && fences < 2) {
        fences += 1;
        inFrontMatter = fences === 1;
        return;
      }
      if (inFrontMatter) {
        const top = TOP_LEVEL_KEY.exec(line);
        if (top) key = top[1];
        if (line.trimStart().startsWith('#') || !line.includes(marker) || key === undefined || fields.has(key)) return;
        fields.add(key);
        problems.push(warning({ file: entry.file, field: key, message: text.placeholderField }));
      } else if (fences >= 2 && line.includes(marker)) {
        problems.push(warning({ file: entry.file, item: text.line(index + 1), field: text.bodyField, message: text.placeholderBody }));
      }
    });
  }
  return problems;
}
