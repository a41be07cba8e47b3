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

const HAN = /\p{Script=Han}/u;

/** What Pagefind searched on a result's page: its indexed text and its metadata. */
export interface SearchedText {
  content?: string;
  /** Pagefind's metadata of the page: its values are strings. */
  meta?: object;
}

/** The Chinese characters of the query that the result's page does not hold, each once, in the query's order. */
export function charactersLeftOut(terms: string, page: SearchedText): string[] {
  const meta = Object.values(page.meta ?? {}).filter((value): value is string => typeof value === 'string');
  const text = [page.content ?? '', ...meta].join('\n');
  return [...new Set([...terms].filter((c) => HAN.test(c) && !text.includes(c)))];
}
