/**
 * A query that says when (周末, 晚上: query-fillers.json, qualifiers) asks for
 * what happens then: the events and the lighting schedule, not a learner whose
 * story says 每个周末. The search page puts those kinds first, as it does the
 * kind a query names alone (src/components/search/search-page.ts, kindFirst).
 */
import fillers from './query-fillers.json' with { type: 'json' };

export function asksWhen(terms: string): boolean {
  return fillers.qualifiers.some((word) => terms.includes(word));
}
