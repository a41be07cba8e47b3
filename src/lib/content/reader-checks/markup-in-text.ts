import { readerChecksText as text } from '../../../i18n/zh-CN/reader-checks.ts';
import type { InputProblem } from '../../input-problem.ts';
import { warning, type ReaderCheckContext } from './context.ts';

/**
 * Markdown or HTML typed into a title, name or summary (`**重磅**`,
 * `[报名](…)`, `<b>`): those fields are plain text, so the marks are shown
 * as typed in lists, in search results, on shared cards in WeChat and in the
 * feed. A warning naming what was typed; the body is where formatting goes.
 */
const FIELDS = ['title', 'name', 'summary'] as const;

const MARKS: readonly RegExp[] = [
  /\*\*[^*]+\*\*/u, // **bold**
  /__[^_]+__/u, // __bold__
  /\[[^\]]+\]\([^)]*\)/u, // [link](address)
  /`[^`]+`/u, // `code`
  /^#{1,6}\s/u, // # heading
  /<\/?[a-z][a-z0-9]*(?:\s[^>]*)?>/iu, // <b>, </span>
];

/** The first Markdown or HTML mark in a plain-text value, as typed; undefined when there is none. */
export function markupIn(value: string): string | undefined {
  for (const mark of MARKS) {
    const found = mark.exec(value);
    if (found) return found[0];
  }
  return undefined;
}

export function markupInText(context: ReaderCheckContext): InputProblem[] {
  return context.entries.flatMap((entry) =>
    FIELDS.flatMap((field) => {
      const value = entry.data[field];
      const found = typeof value === 'string' ? markupIn(value) : undefined;
      return found === undefined ? [] : [warning({ file: entry.file, field, message: text.markupInText(found) })];
    }),
  );
}
