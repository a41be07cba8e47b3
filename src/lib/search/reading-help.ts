/**
 * Whether a query asks how to read the site bigger or clearer (字太小了,
 * 怎么把字调大, 看不清): no page holds that, but the header's switches do it
 * (src/components/search/reading-help.ts says so). `words`: any of them
 * anywhere in the query, spaces aside (src/i18n, search.readingHelp).
 *
 * Plain TypeScript, shared by the search page (browser) and the tests (Node).
 */
export function asksAboutReading(query: string, words: readonly string[]): boolean {
  const text = query.replace(/\s+/gu, '');
  return words.some((word) => text.includes(word));
}
