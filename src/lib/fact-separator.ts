import type { DatedText } from './dates/index.ts';

/**
 * Between the facts of a line (11月19日 星期日 09:00 · 开放参观 · 梅江区). A no-break space
 * holds the 间隔号 to the fact before it, as Chinese typography never begins a line with
 * it; the line breaks at the space after.
 */
export const FACT_MARK = '\u00a0·';
export const FACT_SEPARATOR = `${FACT_MARK} `;

/**
 * Words cut so that each · (间隔号) inside them can be kept on the line of
 * the character before it: `生活·读书` gives 生, 活·, 读书, the odd pieces a
 * character with its dot (HeldDots.astro, the search page's results).
 */
export function splitAtHeldDots(text: string): string[] {
  return text.split(/(\S·)/);
}

/**
 * Whether words hold a · to keep with the character before it: most do not,
 * and they are rendered as they are, without a component per string (a
 * build of 10,000 events draws hundreds of thousands of them).
 */
export function hasDotToHold(text: string): boolean {
  return /\S·/.test(text);
}

/** A fact of such a line: words, words with dates marked (DatedText), or the place of a region code (placeNamePartsOf). */
export type Fact = string | DatedText | { place: string };
