import { basename, extname } from 'node:path';
import { readerChecksText as text } from '../../../i18n/zh-CN/reader-checks.ts';
import words from './alt-words.json' with { type: 'json' };

/**
 * An image description (alt) that a screen-reader user hears instead of the
 * picture: one that is only the file name, or says no more than "a picture",
 * tells them nothing (an error); one that starts with 图片 repeats what the
 * screen reader already says (a warning).
 */
export type AltVerdict = { severity: 'error' | 'warning'; message: string } | undefined;

const comparable = (value: string) => value.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}\d]+/gu, '');

export function judgeAlt(alt: string, src: string): AltVerdict {
  const typed = alt.trim();
  if (typed === '') return undefined;
  const file = basename(src.split(/[?#]/)[0] ?? src);
  const stem = file.slice(0, file.length - extname(file).length);
  const lower = typed.normalize('NFKC').toLowerCase();
  if (lower === file.toLowerCase() || (stem !== '' && lower === stem.toLowerCase())) return { severity: 'error', message: text.altIsFileName(typed) };
  const bare = comparable(typed);
  if (bare === '' || words.nothing.includes(bare)) return { severity: 'error', message: text.altSaysNothing(typed) };
  const leading = words.leading.find((word) => typed.startsWith(word));
  if (leading) return { severity: 'warning', message: text.altStartsWithImage(typed, leading) };
  return undefined;
}
