import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { ENTRY_SLUG } from './check-entries.ts';

/**
 * File names for new entries, from their Chinese titles: the file name is
 * the page's address, so it is lowercase ASCII (pinyin syllables, letters
 * and digits, joined by hyphens), short enough to read in a link, and never
 * one that is taken.
 */
export const SLUG_MAX_LENGTH = 48;

/** `广州读书月开幕式` → `guang-zhou-du-shu-yue-kai-mu-shi`; `2023 年 AI 讲座` → `2023-nian-ai-jiang-zuo`. */
export function slugFromText(text: string, maxLength = SLUG_MAX_LENGTH): string {
  const syllables = pinyin(text.normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const words = syllables
    .flatMap((part) => part.toLowerCase().split(/[^a-z0-9]+/))
    .filter((word) => word !== '');
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  // A single word longer than the limit is cut; an empty title gives ''.
  return slug || (words[0] ?? '').slice(0, maxLength);
}

/**
 * A slug for an entry: its title's, after its region's short name when the
 * title does not say where (`天河` + `长者智能手机课堂` → `tian-he-chang-zhe-…`),
 * so that the same title in two places gets two readable names.
 */
export function entrySlug(title: string, place?: string): string {
  const titleSlug = slugFromText(title);
  if (!place || title.includes(place)) return titleSlug;
  return slugFromText(`${place} ${title}`);
}

export function isValidSlug(slug: string): boolean {
  return ENTRY_SLUG.test(slug);
}

/**
 * `slug`, or `slug-2`, `slug-3` … : the first that no file in `dir` has
 * (as .md or .mdx) and that `taken` does not hold (slugs chosen in the same run).
 */
export function freeSlug(dir: string, slug: string, taken: ReadonlySet<string> = new Set()): string {
  const free = (candidate: string) => !taken.has(candidate) && !existsSync(join(dir, `${candidate}.md`)) && !existsSync(join(dir, `${candidate}.mdx`));
  if (free(slug)) return slug;
  for (let n = 2; ; n++) if (free(`${slug}-${n}`)) return `${slug}-${n}`;
}
