import { readerChecksText as text } from '../../../i18n/zh-CN/reader-checks.ts';
import type { InputProblem } from '../../input-problem.ts';
import { warning, type ReaderCheckContext } from './context.ts';
import words from './traditional-words.json' with { type: 'json' };
import { traditionalCharacters as openccTable } from '../../regions/traditional.ts';

/**
 * A title, name or summary in Traditional characters (廣州讀書月, pasted from a
 * Hong Kong or Taiwan page): the site is in Simplified, and such a title looks
 * out of place in every list (search still finds it: it reads Traditional as
 * Simplified). A warning, naming the characters and their Simplified forms;
 * OpenCC's character table (the one the region reader uses, src/lib/regions/traditional.ts), less the characters
 * Simplified text uses too (traditional-words.json).
 */
const FIELDS = ['title', 'name', 'summary'] as const;

const usedInSimplified = new Set(words.usedInSimplified);

/** Each Traditional character of `value` once, with its Simplified form: `[['廣', '广'], ['讀', '读']]`. */
export function traditionalIn(value: string): [string, string][] {
  const map = openccTable();
  const found = new Map<string, string>();
  for (const char of value) {
    const simplified = usedInSimplified.has(char) ? undefined : map.get(char);
    if (simplified !== undefined) found.set(char, simplified);
  }
  return [...found];
}

export function traditionalText(context: ReaderCheckContext): InputProblem[] {
  return context.entries.flatMap((entry) =>
    FIELDS.flatMap((field) => {
      const value = entry.data[field];
      if (typeof value !== 'string') return [];
      const found = traditionalIn(value);
      return found.length === 0 ? [] : [warning({ file: entry.file, field, message: text.traditional(found) })];
    }),
  );
}
