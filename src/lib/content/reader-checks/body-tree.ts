import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import type { InputProblem } from '../../input-problem.ts';
import { MARKDOWN_FEATURES } from '../../markdown/pipeline.ts';
import type { ReaderCheckContext } from './context.ts';

/**
 * A body's tree as the build parses it, with positions, for the checks that
 * tell text from code; undefined for a body that does not parse, which the
 * body's own check reports. `source` is the whole file, front matter
 * included, so that positions are the file's.
 */
export function bodyTree(source: string, format: 'markdown' | 'mdx'): MdastNode | undefined {
  try {
    return (format === 'mdx' ? mdxToMdast : markdownToMdast)(source, { features: MARKDOWN_FEATURES });
  } catch {
    return undefined;
  }
}

/** A check's problems over every entry's body, but a body refused unread: too deep or too slow to parse again. */
export function bodyProblems(
  context: ReaderCheckContext,
  problemsOf: (source: string, format: 'markdown' | 'mdx', file: string) => InputProblem[],
): InputProblem[] {
  return context.entries.flatMap((entry) => (entry.bodyUnread ? [] : problemsOf(entry.text, entry.format, entry.file)));
}
