/**
 * How a Pagefind result becomes one of the site's cards, and in what order
 * filter chips appear. Plain functions, so that the page script stays a thin
 * layer over the DOM.
 */

import { ITEM_FACTS_META, itemStateAt, parseItemFacts, type ItemFacts } from './item-facts.ts';
import { ADDED_WORDS_END, ADDED_WORDS_START } from './synonym-marks.ts';

/** The meta SearchFacets.astro attaches to each page (all optional). */
export interface ResultMeta {
  title?: string;
  type?: string;
  event_type?: string;
  /** Books: authors and publisher, in place of a place. */
  byline?: string;
  publisher?: string;
  place?: string;
  date?: string;
  /** An event whose venue says its access: 无障碍, last, as its card in a list ends. */
  access?: string;
  summary?: string;
  image?: string;
  /** `1` on a page of items with their own headings (the lighting schedule): a result opens the items it names. */
  items?: string;
  /** Such a page's facts about each item (item-facts.ts), JSON. */
  [ITEM_FACTS_META]?: string;
}

/** One of Pagefind's sub-results: a part of the page from a heading with an id to the next. */
export interface SubResult {
  title: string;
  /** The page's address with the heading's anchor: `/lighting/2023/#gz-canton-tower`. */
  url: string;
  excerpt: string;
  /** Where the matched words are, counted in words from the page's start. */
  locations: readonly number[];
  /** Absent for the part before the first heading with an id. */
  anchor?: { element: string; id: string };
  /** Each matched location with its weight (a heading's is higher) and Pagefind's score for it. */
  weighted_locations?: readonly { weight: number; balanced_score: number; location: number }[];
}

/** An item of a page of items that a query names, as its result card lists it. */
export interface ResultPlace {
  href: string;
  /** The item's heading: `佛山新城坊塔`. */
  name: string;
  facts: ItemFacts;
}

export interface ResultCard {
  href: string;
  title: string;
  /** The card's words: the page's summary, or Pagefind's excerpt; none when the card lists the items named. */
  text?: { marked: boolean; text: string };
  /** The items the query names, in the page's order (MAX_PLACES at most): on a card of their own when one, else each a link. */
  places: ResultPlace[];
  /** How many more items it names than are listed. */
  morePlaces: number;
}

/** The most items one result lists: a phone's screen of them in 大字模式; the rest are a tap away on the page. */
export const MAX_PLACES = 5;

/**
 * Where a result card leads and what it says. A page of items (the
 * lighting schedule, `meta.items`) lists the items the query names, each
 * with the facts its page gives the search (the night, hours and place),
 * so that 佛山 亮灯 lists both of 佛山's places, each with its night. One
 * item named: the card opens that item's row, titled with its name beside
 * the page's. None (亮灯 alone, a word of the page's lead): the page, as
 * any other. `perWord`: each word of the query with the page's sub-results
 * in its own search (see namedItems); `now`, the reader's clock: of more
 * items than a card lists, those not over yet come first.
 */
export function resultCard(
  data: { url: string; excerpt: string; meta: ResultMeta; sub_results?: readonly SubResult[] },
  options: { perWord?: readonly { word: string; subs: readonly SubResult[] }[]; sentenceEnd?: string; now?: Date } = {},
): ResultCard {
  const title = data.meta.title ?? data.url;
  const facts = data.meta.items ? parseItemFacts(data.meta[ITEM_FACTS_META]) : {};
  const isOver = (id: string) => options.now !== undefined && itemStateAt(facts[id]!, options.now) === 'over';
  const named = namedItems(options.perWord ?? [], (id) => Object.hasOwn(facts, id));
  // More than a card lists: what is still to light up (or lit) before what is over, by the reader's clock.
  const { now } = options;
  if (now && named.length > MAX_PLACES) named.sort((a, b) => Number(isOver(a.id)) - Number(isOver(b.id)));
  const shown = named
    .slice(0, MAX_PLACES)
    .sort((a, b) => a.at - b.at)
    .map(({ id, sub }): ResultPlace => ({ href: sub.url, name: withoutAddedWords(sub.title).trim(), facts: facts[id]! }));
  const [only] = shown;
  if (shown.length === 0 || !only)
    return { href: data.url, title, text: resultText(data.meta, data.excerpt, options.sentenceEnd), places: [], morePlaces: 0 };
  if (shown.length === 1) return { href: only.href, title: `${only.name} · ${title}`, places: shown, morePlaces: 0 };
  return { href: data.url, title, places: shown, morePlaces: named.length - shown.length };
}

/**
 * The items (sub-results whose anchor `isItem`) a query names, the most
 * named first. An item names a word when its part of the page holds the
 * word as typed: Pagefind matches 广州塔 as 广州 and 塔 anywhere, and would
 * otherwise name every place in 广州 and every tower. A word the page holds
 * before its items (亮灯 in its title, 活动 in its lead) is the page's, not an
 * item's; the items are those holding the other words, as many of them as
 * any item holds. `perWord`: each word of the query with the page's
 * sub-results in that word's own search (the excerpts are cut around it);
 * an empty list when that search did not find the page.
 */
export function namedItems(
  perWord: readonly { word: string; subs: readonly SubResult[] }[],
  isItem: (id: string) => boolean,
): { id: string; sub: SubResult; words: number; strength: number; at: number }[] {
  const holds = (sub: SubResult, word: string) =>
    sub.locations.length > 0 && textOf(`${sub.title} ${sub.excerpt}`).includes(textOf(word));
  const found = new Map<string, { id: string; sub: SubResult; words: number; strength: number; at: number }>();
  for (const { word, subs } of perWord) {
    if (subs.some((sub) => !sub.anchor && holds(sub, word))) continue;
    for (const sub of subs) {
      const id = sub.anchor?.id;
      if (!id || !isItem(id) || !holds(sub, word)) continue;
      const item = found.get(id) ?? { id, sub, words: 0, strength: 0, at: Math.min(...sub.locations) };
      item.words += 1;
      item.strength += strengthOf(sub);
      found.set(id, item);
    }
  }
  const most = Math.max(0, ...[...found.values()].map((item) => item.words));
  return [...found.values()].filter((item) => item.words === most).sort((a, b) => b.strength - a.strength || a.at - b.at);
}

/** The characters of a text or excerpt, without markup, spaces and marks: what a word typed is looked for in. */
function textOf(html: string): string {
  return html.replace(/<[^>]*>/gu, '').replace(new RegExp(`[\\s\u200b${ADDED_WORDS_START}${ADDED_WORDS_END}]`, 'gu'), '');
}

/** How strongly a part of a page holds a word: its best-scored match (a heading's more than a line's), by Pagefind's scores where it gives them. */
function strengthOf(sub: SubResult): number {
  const scores = (sub.weighted_locations ?? []).map((l) => l.balanced_score);
  return scores.length > 0 ? Math.max(...scores) : sub.locations.length;
}

/**
 * `活动 · 主题阅读 · 荔湾区 · 2023年11月18日 星期六` (`· 无障碍` after it where the venue says its
 * access) or `荐书 · 路遥 · 北京十月文艺出版社`, as the site's cards read.
 */
export function resultFacts(meta: ResultMeta): string[] {
  const facts = [meta.type, meta.event_type, meta.byline, meta.publisher, meta.place, meta.date, meta.access].filter(
    (f): f is string => Boolean(f?.trim()),
  );
  // A region page's place repeats its title.
  return facts.filter((f, i) => facts.indexOf(f) === i && f !== meta.title);
}

/**
 * The card text: the page's own summary, as on every other card; Pagefind's
 * excerpt (with the matched words marked, made readable) when a page has no summary.
 */
export function resultText(meta: ResultMeta, excerpt: string, sentenceEnd?: string): { marked: boolean; text: string } {
  if (meta.summary?.trim()) return { marked: false, text: meta.summary.trim() };
  return { marked: true, text: readableExcerpt(excerpt, sentenceEnd) };
}

/**
 * An excerpt in the parts a page shows it in: Pagefind's excerpt is the
 * page's text as indexed, not escaped (a page that quotes `<script>` has it
 * there as it reads), with `<mark>` and `</mark>` around the words found. So
 * it is never parsed as HTML: each part becomes a text node, marked or not,
 * and nothing a page says can become an element in the results.
 */
export function excerptParts(excerpt: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/u)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') parts.push({ text: piece, marked });
  }
  return parts;
}

/**
 * Pagefind's excerpt as a reader should see it: without the words the index
 * copy added to the page (synonym-marks.ts), whole or cut by the excerpt's
 * ends; and with the `. ` Pagefind puts between two blocks of text (a
 * heading and the line under it) written `sentenceEnd` (。) after Chinese
 * text and figures, where an English full stop has no place.
 */
export function readableExcerpt(html: string, sentenceEnd = '. '): string {
  const added = new RegExp(`${ADDED_WORDS_START}[^${ADDED_WORDS_END}]*(?:${ADDED_WORDS_END}|$)`, 'gu');
  const cutStart = new RegExp(`^[^${ADDED_WORDS_START}]*?${ADDED_WORDS_END}`, 'u');
  return html
    .replace(added, '')
    .replace(cutStart, '')
    .replace(/([\p{Script=Han}\p{N}）》」』”])((?:<\/mark>)?)\.(?:\s+|$)/gu, `$1$2${sentenceEnd}`)
    .replace(/\s{2,}/gu, ' ')
    .trim();
}

/** A text without the words the index copy added between their marks. */
function withoutAddedWords(text: string): string {
  return text.replace(new RegExp(`${ADDED_WORDS_START}[^${ADDED_WORDS_END}]*${ADDED_WORDS_END}`, 'gu'), '');
}

/**
 * Filter values in a reader's order: the order the site uses where it has one
 * (content types, event types, audiences, cities by code), years newest first,
 * anything else by pinyin.
 */
export function orderFilterValues(values: string[], order: readonly string[] = []): string[] {
  const rank = (v: string) => {
    const i = order.indexOf(v);
    return i === -1 ? order.length : i;
  };
  const numeric = values.every((v) => /^\d+$/.test(v));
  return [...values].sort((a, b) => {
    if (numeric) return Number(b) - Number(a);
    return rank(a) - rank(b) || a.localeCompare(b, 'zh-CN');
  });
}

/** `找到 {count} 条…` → with the values filled in. */
export function fillMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
