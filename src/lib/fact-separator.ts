import type { DatedText } from './dates/index.ts';

/**
 * Between the facts of a line (11月19日 星期日 09:00 · 开放参观 · 梅江区). A no-break space
 * holds the 间隔号 to the fact before it, as Chinese typography never begins a line with
 * it; the line breaks at the space after.
 */
export const FACT_MARK = '\u00a0·';
export const FACT_SEPARATOR = `${FACT_MARK} `;

/** A fact of such a line: words, words with dates marked (DatedText), or the place of a region code (placeNamePartsOf). */
export type Fact = string | DatedText | { place: string };
