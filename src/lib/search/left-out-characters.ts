/**
 * Pagefind searches a Chinese query character by character, and a
 * character that starts no word of its index it leaves out rather than
 * find nothing: 残疾人, on no page, found the 110 pages that hold 人, under
 * a line saying they were about 残疾人. The characters it keeps it wants on
 * every result, so a character of the query that a result does not hold is
 * one it left out: the query was not found whole.
 *
 * Plain TypeScript, shared by the search page (browser) and the tests (Node).
 */

import { wordsNotFound, wordsOf, type QueryWord, type WordSegmenter } from './partial-match.ts';

const HAN = /\p{Script=Han}/u;

/** What Pagefind searched on a result's page: its indexed text and its metadata. */
export interface SearchedText {
  content?: string;
  /** Pagefind's metadata of the page: its values are strings. */
  meta?: object;
}

/** The Chinese characters of the query that the result's page does not hold, each once, in the query's order. */
export function charactersLeftOut(terms: string, page: SearchedText): string[] {
  const text = searchedText(page);
  return [...new Set([...terms].filter((c) => HAN.test(c) && !text.includes(c)))];
}

/**
 * The query's Chinese words that the page does not hold as written (a word
 * of two characters or more, or the stretch of a run of characters the
 * segmenter knew no word in that no pair of it on the page covers:
 * partial-match.ts). Pagefind matches a word its dictionary lacks by its
 * characters wherever they stand: 少儿编程, on no page, found 《三体》,
 * whose page holds 青少年 (and so 少儿), 总编 and 课程.
 */
export function wordsApart(terms: string, segment: WordSegmenter, page: SearchedText): string[] {
  return apartOn(chineseWords(terms, segment), page);
}

/** The query's words that a page must hold as written; words in letters or digits are left to Pagefind's prefix search. */
function chineseWords(terms: string, segment: WordSegmenter): QueryWord[] {
  return wordsOf(terms, segment).filter(({ word, piece }) => piece || [...word].every((c) => HAN.test(c)));
}

function apartOn(words: readonly QueryWord[], page: SearchedText, otherPlaces: readonly string[] = []): string[] {
  const text = otherPlaces.reduce((rest, name) => rest.replaceAll(name, ' '), searchedText(page));
  return wordsNotFound(words, new Set(words.map(({ word }) => word).filter((word) => text.includes(word))));
}

/**
 * The results without those of the first ones (`pages`, in the results'
 * order) whose pages hold a word of the query only as characters apart,
 * or only inside one of `otherPlaces` (中山 in 中山大学, in 广州);
 * none when every one of them does. Pagefind may match a word by its
 * characters wherever they stand, and rank such a page first: 养生 found a
 * fish farmer's page (养殖, 海生) above the one page about 养生. The results
 * after the first ones are not read, and stay as Pagefind ranked them.
 */
export function withoutWordsApart<R>(
  results: readonly R[],
  pages: readonly SearchedText[],
  terms: string,
  segment: WordSegmenter,
  otherPlaces: readonly string[] = [],
): R[] {
  const words = chineseWords(terms, segment);
  // 中山 inside 中山大学, another place's name the query does not say (src/lib/regions/place-lookalikes.json), is no 中山.
  const names = otherPlaces.filter((name) => !terms.includes(name));
  const apart = pages.map((page) => apartOn(words, page, names).length > 0);
  if (apart.length > 0 && apart.every(Boolean)) return [];
  return results.filter((_, i) => !apart[i]);
}

/** The page's text and metadata as Pagefind searched them, without the zero-width spaces it puts between Chinese words. */
function searchedText(page: SearchedText): string {
  const meta = Object.values(page.meta ?? {}).filter((value): value is string => typeof value === 'string');
  return [page.content ?? '', ...meta].join('\n').replace(/\u200b/gu, '');
}
