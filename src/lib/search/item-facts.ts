import type { DatedText } from '../dates/index.ts';
import { nightOf } from '../lighting/night-of.ts';
import { lightingStateAt } from '../lighting/state.ts';
import { fromWordless, toWordless } from './wordless-meta.ts';

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
 * The facts as the page writes them into its metadata, where Pagefind
 * would index the words of the JSON (its keys, the items' anchors such as
 * gz-canton-tower): written wordless (wordless-meta.ts), they find nothing.
 */
export function itemFactsMeta(facts: Readonly<Record<string, ItemFacts>>): string {
  return toWordless(JSON.stringify(facts));
}

/** The facts of a result's page; none when it has no such field, or one that itemFactsMeta did not write. */
export function parseItemFacts(meta: string | undefined): Record<string, ItemFacts> {
  const json = meta === undefined ? undefined : fromWordless(meta);
  if (json === undefined) return {};
  try {
    const parsed: unknown = JSON.parse(json);
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
