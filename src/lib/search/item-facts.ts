import type { DatedText } from '../dates/index.ts';
import { nightOf } from '../lighting/night-of.ts';
import { lightingStateAt } from '../lighting/state.ts';

/**
 * What a page of items (the lighting schedule) tells the search page about
 * each item, keyed by the item's anchor: Pagefind's sub-results give only
 * an item's heading, address and excerpt, and a result that names a place
 * must also say on which night it lights up, its hours and where. Carried in
 * one metadata field of the page (ITEM_FACTS_META), as JSON.
 */
export interface ItemFacts {
  /** `11月24日（星期五）晚 22:00–次日 00:30`, its date marked (kept whole on a line). */
  when: DatedText;
  /** `佛山市 · 顺德区` */
  where: string;
  /** The window, `2023-11-24T22:00:00+08:00`: the reader's clock decides whether it is lit, tonight or over. */
  start: string;
  end: string;
  /** The anchor of the item's night on its page (`night-2023-11-24`). */
  night: string;
}

/** The metadata field that holds a page's item facts. */
export const ITEM_FACTS_META = 'item_facts';

/**
 * The facts as the page writes them into its metadata. Pagefind searches
 * metadata too (split at spaces, without weight here: see search-page.ts);
 * with its spaces escaped, the JSON is one long word no query looks like,
 * so the places, dates and hours in it find nothing the page does not
 * already say.
 */
export function itemFactsMeta(facts: Readonly<Record<string, ItemFacts>>): string {
  return JSON.stringify(facts).replace(/\s/g, (space) => `\\u${space.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The facts of a result's page; none when it has no such field, or one that is not JSON. */
export function parseItemFacts(meta: string | undefined): Record<string, ItemFacts> {
  if (!meta) return {};
  try {
    const parsed: unknown = JSON.parse(meta);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, ItemFacts>) : {};
  } catch {
    return {};
  }
}

/** What the lighting page's badge says at an instant (its labels are the page's): lit now, later tonight, or over. */
export type ItemState = 'lit' | 'tonight' | 'over';

export function itemStateAt(facts: Pick<ItemFacts, 'start' | 'end'>, now: Date): ItemState | undefined {
  const span = { start: new Date(facts.start), end: new Date(facts.end) };
  const state = lightingStateAt(span, now);
  if (state !== 'coming') return state;
  return nightOf(span.start) === nightOf(now) ? 'tonight' : undefined;
}

/** The anchor of tonight's night on a page of items, when something on it lights up tonight (by the reader's clock). */
export function tonightAnchor(facts: Readonly<Record<string, ItemFacts>>, now: Date): string | undefined {
  const tonight = nightOf(now);
  return Object.values(facts).find((f) => nightOf(new Date(f.start)) === tonight)?.night;
}
