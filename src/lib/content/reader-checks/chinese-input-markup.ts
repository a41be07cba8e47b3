import type { MdastNode } from 'satteri';
import { readerChecksText as text } from '../../../i18n/zh-CN/reader-checks.ts';
import type { InputProblem } from '../../input-problem.ts';
import { bodyProblems, bodyTree } from './body-tree.ts';
import { warning, type ReaderCheckContext } from './context.ts';

/**
 * Markdown typed with a Chinese input method. Its brackets are full-width,
 * so 【报名页面】（https://…） is no link but those characters on the page;
 * a ＃ is no heading mark, and nor is a # without the space CommonMark wants
 * after it (##活动安排). A warning with the line and the line as it should be.
 * Code, front matter and raw HTML are left alone: what the parser did not
 * take as text is not looked at.
 */
export interface ChineseInputMarkup {
  line: number;
  kind: 'link' | 'heading';
  /** What the file has. */
  written: string;
  /** The same in Markdown's own marks. */
  fixed: string;
}

const FULL_WIDTH = /[［］【】（）＃]/u;
/** [text](address) with any of its brackets full-width: 【】 or ［］ around the text, （） around the address. */
const LINK = /[[［【]([^[\]［］【】\n]{1,100})[\]］】][(（][ \t]*((?:https?:\/\/|mailto:|\/)[^\s()（）]*)[ \t]*[)）]/gu;
/** A line that starts with ＃, or with # but no space after (not a #话题# tag). */
const HEADING = /^[ \t]*(?:(＃{1,6})[ \t\u3000]*|(#{1,6})(?=[^\s#]))([^\n]*)$/gmu;

/** Node types whose source is not text the parser left as written. */
const NOT_TEXT = new Set(['code', 'inlineCode', 'yaml', 'toml', 'html', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);

function skippedRanges(tree: MdastNode): [number, number][] {
  const ranges: [number, number][] = [];
  const walk = (node: MdastNode): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (NOT_TEXT.has(node.type) && start !== undefined && end !== undefined) ranges.push([start, end]);
    else if ('children' in node) for (const child of node.children as MdastNode[]) walk(child);
  };
  walk(tree);
  return ranges;
}

const lineAt = (source: string, offset: number) => source.slice(0, offset).split('\n').length;

/** The links and headings the file seems to type with a Chinese input method's marks, code or not. */
function candidates(source: string): (ChineseInputMarkup & { at: number; end: number })[] {
  const found: (ChineseInputMarkup & { at: number; end: number })[] = [];
  for (const match of source.matchAll(LINK)) {
    const [written, words, address] = match as unknown as [string, string, string];
    if (!FULL_WIDTH.test(written)) continue;
    const at = match.index;
    found.push({ at, end: at + written.length, line: lineAt(source, at), kind: 'link', written, fixed: `[${words}](${address})` });
  }
  for (const match of source.matchAll(HEADING)) {
    const [written, wide, narrow, words] = match as unknown as [string, string | undefined, string | undefined, string];
    // #全民终身学习活动周# is a topic tag, as pasted from Weibo or WeChat, not a heading.
    if (!words.trim() || (narrow && words.includes('#'))) continue;
    const at = match.index;
    const fixed = `${'#'.repeat((wide ?? narrow)!.length)} ${words.trim()}`;
    found.push({ at, end: at + written.length, line: lineAt(source, at), kind: 'heading', written: written.trim(), fixed });
  }
  return found;
}

/** `source` is the whole file, front matter included, so that lines are the file's lines. */
export function chineseInputMarkup(source: string, format: 'markdown' | 'mdx'): ChineseInputMarkup[] {
  const found = candidates(source);
  // Most bodies have none: only those that do are parsed again, to leave out code and front matter.
  if (found.length === 0) return [];
  const tree = bodyTree(source, format);
  if (!tree) return [];
  const skipped = skippedRanges(tree);
  return found
    .filter(({ at, end }) => !skipped.some(([from, to]) => at < to && end > from))
    .sort((a, b) => a.line - b.line)
    .map(({ line, kind, written, fixed }) => ({ line, kind, written, fixed }));
}

export function chineseInputMarks(context: ReaderCheckContext): InputProblem[] {
  return bodyProblems(context, (source, format, file) =>
    chineseInputMarkup(source, format).map(({ line, kind, written, fixed }) =>
      warning({
        file,
        item: text.line(line),
        field: text.bodyField,
        message: kind === 'link' ? text.chineseInputLink(written, fixed) : text.chineseInputHeading(written, fixed),
      }),
    ),
  );
}
