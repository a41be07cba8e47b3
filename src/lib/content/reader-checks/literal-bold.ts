import type { MdastNode } from 'satteri';
import { readerChecksText as text } from '../../../i18n/zh-CN/reader-checks.ts';
import type { InputProblem } from '../../input-problem.ts';
import { boldPairs, isRunBlock, type Inline } from '../../markdown/cjk-strong.ts';
import { bodyProblems, bodyTree } from './body-tree.ts';
import { warning, type ReaderCheckContext } from './context.ts';

/**
 * `**` that Markdown leaves as two asterisks on the page. CommonMark opens
 * bold only where `**` does not sit between a letter and punctuation, and
 * Chinese text puts it there all the time; the build makes bold of such a
 * pair beside Chinese (主题是**“让学习成为一种生活方式”**。, a link between
 * the marks too: src/lib/markdown/cjk-strong.ts), but not of a mark without
 * its pair, nor of a pair a line break or a space just inside parts. Found
 * in the tree the build renders, so `**` in code and `\*\*` an editor
 * escaped are not; a warning with the line and the fix.
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
  /** The marks of a text that stay asterisks: all but those `bold` says the build makes bold. */
  const check = (node: MdastNode, bold: (written: string, index: number) => boolean) => {
    const start = node.position?.start;
    const end = node.position?.end;
    if (node.type !== 'text' || !node.value.includes('**') || start?.offset === undefined || end?.offset === undefined) return;
    const written = source.slice(start.offset, end.offset);
    for (const mark of written.matchAll(MARKS)) {
      if (bold(written, mark.index)) continue;
      const line = start.line + (written.slice(0, mark.index).match(/\n/g)?.length ?? 0);
      const at = start.offset + mark.index;
      const excerpt = source.slice(Math.max(start.offset, at - AROUND), Math.min(end.offset, at + 2 + AROUND)).replace(/\s+/g, ' ').trim();
      if (!found.has(line)) found.set(line, { line, excerpt });
    }
  };
  // Bold the build makes of marks beside Chinese within one text (cjk-strong.ts) shows no asterisk.
  const boldWithin = (written: string, index: number) =>
    boldPairs([{ type: 'text', value: written }], written).some((pair) => pair.some((mark) => mark.at === index));
  const walk = (node: MdastNode): void => {
    if (!('children' in node)) return check(node, boldWithin);
    const children = node.children as MdastNode[];
    if (isRunBlock(node.type)) {
      // A block's run of text is mended as a whole, a pair of marks across a link too.
      const paired = new Set(boldPairs(children as Inline[], source).flatMap((pair) => pair.map((m) => `${m.node}:${m.at}`)));
      children.forEach((child, index) => {
        if ('children' in child) return walk(child);
        // Where the text is as typed (no escapes), its marks stand where the run's do.
        check(child, (written, at) =>
          written === (child as { value?: string }).value ? paired.has(`${index}:${at}`) : boldWithin(written, at),
        );
      });
      return;
    }
    for (const child of children) walk(child);
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
