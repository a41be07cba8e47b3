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
