/**
 * How a Pagefind result becomes one of the site's cards, and in what order
 * filter chips appear. Plain functions, so that the page script stays a thin
 * layer over the DOM.
 */

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
  summary?: string;
  image?: string;
  /** `1` on a page of items with their own headings (the lighting schedule): a result opens the item it matched. */
  items?: string;
}

/** One of Pagefind's sub-results: a part of the page from a heading with an id to the next. */
export interface SubResult {
  title: string;
  /** The page's address with the heading's anchor: `/lighting/2023/#gz-canton-tower`. */
  url: string;
  excerpt: string;
  locations: readonly number[];
  /** Absent for the part before the first heading with an id. */
  anchor?: { element: string; id: string };
}

/**
 * Where a result card leads and what it says. A page of items (the
 * lighting schedule, `meta.items`) leads to the item whose part of the page
 * holds most of the matched words, named beside the page's title, with that
 * part's excerpt: a search for 广州塔 opens 广州塔's row, not the top of a
 * long schedule. Any other page, or no part under a heading, as it is.
 */
export function resultCard(data: { url: string; excerpt: string; meta: ResultMeta; sub_results?: readonly SubResult[] }): {
  href: string;
  title: string;
  text: { html: boolean; text: string };
} {
  const title = data.meta.title ?? data.url;
  let best: SubResult | undefined;
  if (data.meta.items) {
    for (const sub of data.sub_results ?? []) {
      if (!sub.anchor?.id || sub.locations.length === 0) continue;
      if (!best || sub.locations.length > best.locations.length) best = sub;
    }
  }
  if (!best) return { href: data.url, title, text: resultText(data.meta, data.excerpt) };
  return { href: best.url, title: `${best.title} · ${title}`, text: { html: true, text: best.excerpt } };
}

/**
 * `活动 · 主题阅读 · 荔湾区 · 2023年11月18日 星期六` or `荐书 · 路遥 · 北京十月文艺出版社`,
 * as the site's cards read.
 */
export function resultFacts(meta: ResultMeta): string[] {
  const facts = [meta.type, meta.event_type, meta.byline, meta.publisher, meta.place, meta.date].filter((f): f is string =>
    Boolean(f?.trim()),
  );
  // A region page's place repeats its title.
  return facts.filter((f, i) => facts.indexOf(f) === i && f !== meta.title);
}

/**
 * The card text: the page's own summary, as on every other card; Pagefind's
 * excerpt (with the matched words marked) when a page has no summary.
 */
export function resultText(meta: ResultMeta, excerpt: string): { html: boolean; text: string } {
  if (meta.summary?.trim()) return { html: false, text: meta.summary.trim() };
  return { html: true, text: excerpt };
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
