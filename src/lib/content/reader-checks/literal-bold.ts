import type { MdastNode } from 'satteri';
import { readerChecksText as text } from '../../../i18n/zh-CN/reader-checks.ts';
import type { InputProblem } from '../../input-problem.ts';
import { boldRunsBesideChinese } from '../../markdown/cjk-strong.ts';
import { bodyProblems, bodyTree } from './body-tree.ts';
import { warning, type ReaderCheckContext } from './context.ts';

/**
 * `**` that Markdown leaves as two asterisks on the page. CommonMark opens
 * bold only where `**` does not sit between a letter and punctuation, and
 * Chinese text puts it there all the time; the build makes bold of such a
 * pair within one run of text beside Chinese (主题是**“让学习成为一种生活方式”**。,
 * src/lib/markdown/cjk-strong.ts), but not of a pair with a link between its
 * marks, nor of a mark without its pair. Found in the tree the build renders,
 * so `**` in code and `\*\*` an editor escaped are not; a warning with the
 * line and the fix.
 */
export interface LiteralBold {
  line: number;
  /** The words around the marks, as written: `是**“让学习成为…`. */
  excerpt: string;
}

/** Unescaped `**` in a text node's source (an escaped one, `\*\*`, is text on purpose). */
const MARKS = /(?<!\\)\*\*/g;
/** Characters of the source shown either side of the marks. */
const AROUND = 8;

/** `source` is the whole file, front matter included, so that lines are the file's lines. */
export function literalBold(source: string, format: 'markdown' | 'mdx'): LiteralBold[] {
  if (!source.includes('**')) return [];
  const tree = bodyTree(source, format);
  if (!tree) return [];
  const found = new Map<number, LiteralBold>();
  const walk = (node: MdastNode): void => {
    const start = node.position?.start;
    const end = node.position?.end;
    if (node.type === 'text' && node.value.includes('**') && start?.offset !== undefined && end?.offset !== undefined) {
      const written = source.slice(start.offset, end.offset);
      // Bold the build makes of marks beside Chinese (cjk-strong.ts) shows no asterisk.
      const bold = boldRunsBesideChinese(written);
      for (const mark of written.matchAll(MARKS)) {
        if (bold.some((run) => mark.index >= run.start && mark.index < run.end)) continue;
        const line = start.line + (written.slice(0, mark.index).match(/\n/g)?.length ?? 0);
        const at = start.offset + mark.index;
        const excerpt = source.slice(Math.max(start.offset, at - AROUND), Math.min(end.offset, at + 2 + AROUND)).replace(/\s+/g, ' ').trim();
        if (!found.has(line)) found.set(line, { line, excerpt });
      }
    }
    if ('children' in node) for (const child of node.children as MdastNode[]) walk(child);
  };
  walk(tree);
  return [...found.values()];
}

export function literalBoldMarks(context: ReaderCheckContext): InputProblem[] {
  return bodyProblems(context, (source, format, file) =>
    literalBold(source, format).map(({ line, excerpt }) =>
      warning({ file, item: text.line(line), field: text.bodyField, message: text.literalBold(excerpt) }),
    ),
  );
}
