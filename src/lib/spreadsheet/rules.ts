/**
 * The words of typed-cell-rules.json as regular-expression pieces: the
 * Chinese that people type lives in the data file, the patterns here.
 */
import rules from './typed-cell-rules.json' with { type: 'json' };

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** `(?:a|b|c)` matching any of `words`, longest first so that 大约 wins over 约. */
export const anyOf = (words: readonly string[]) =>
  `(?:${[...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})`;

export const cellRules = rules;
