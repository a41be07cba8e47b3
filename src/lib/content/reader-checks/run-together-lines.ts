import type { MdastNode } from 'satteri';
import { readerChecksText as text } from '../../../i18n/zh-CN/reader-checks.ts';
import type { InputProblem } from '../../input-problem.ts';
import { bodyProblems, bodyTree } from './body-tree.ts';
import { warning, type ReaderCheckContext } from './context.ts';

/**
 * Lines an editor meant apart that Markdown runs together. A line break
 * inside a paragraph is no break on the page (Markdown wants an empty line
 * between paragraphs), so 地点：广州图书馆⏎时间：11月18日, typed as in a WeChat
 * article, reads 地点：广州图书馆时间：11月18日. A line that begins as a label
 * (地点：) or an item's number (一、 2、 （3） ④ 5.) after another line of the
 * same paragraph is such a line: a warning with its line. A line after a hard
 * break (a `\` or two spaces at the end of the one before) is apart already.
 */
const STARTS_APART = /^(?:\p{Script=Han}{1,8}[：:]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、．.]|[（(]\d{1,2}[）)]|[\u2460-\u2473])/u;
const HARD_BREAK = /(?:\\| {2,})$/u;
const NOT_PARAGRAPH_TEXT = new Set(['code', 'inlineCode', 'html']);

/** The first line of each such pair: `{ line, excerpt }`, `line` the file's line of the second. */
export function runTogetherLines(source: string, format: 'markdown' | 'mdx'): { line: number; excerpt: string }[] {
  // Most bodies have no such line anywhere: only those that do are parsed, to tell paragraphs from lists and code.
  const lines = source.split('\n');
  const apart = (line: string, i: number) => i > 0 && lines[i - 1]!.trim() !== '' && !HARD_BREAK.test(lines[i - 1]!) && STARTS_APART.test(line.trimStart());
  if (!lines.some(apart)) return [];
  const tree = bodyTree(source, format);
  if (!tree) return [];
  const found: { line: number; excerpt: string }[] = [];
  const walk = (node: MdastNode): void => {
    if (NOT_PARAGRAPH_TEXT.has(node.type)) return;
    const start = node.position?.start;
    const end = node.position?.end;
    if (node.type === 'paragraph' && start?.offset !== undefined && end?.offset !== undefined) {
      const own = source.slice(start.offset, end.offset).split('\n');
      own.forEach((line, i) => {
        const before = own[i - 1];
        if (before === undefined || HARD_BREAK.test(before) || !STARTS_APART.test(line.trimStart())) return;
        found.push({ line: start.line + i, excerpt: `${before.trim().slice(-8)}⏎${line.trim().slice(0, 8)}` });
      });
    }
    if ('children' in node) for (const child of node.children as MdastNode[]) walk(child);
  };
  walk(tree);
  return found;
}

export function runTogetherLineBreaks(context: ReaderCheckContext): InputProblem[] {
  return bodyProblems(context, (source, format, file) =>
    runTogetherLines(source, format).map(({ line, excerpt }) =>
      warning({ file, item: text.line(line), field: text.bodyField, message: text.runTogetherLines(excerpt) }),
    ),
  );
}
