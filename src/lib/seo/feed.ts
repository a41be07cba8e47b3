/**
 * What `/rss.xml` carries: the featured cases (whatever their year) and the
 * entries and notices of the current week's year, newest first by the day
 * each was published (an event by publication, never by its start, which
 * may lie in the future), at most `limit` of them.
 */
export interface FeedCandidate {
  /** Site path or absolute URL of the entry's page. */
  link: string;
  title: string;
  description: string;
  /** When the entry went public (src/lib/content/published.ts). */
  pubDate: Date;
  featured: boolean;
  year: number;
  categories: string[];
}

export function selectFeedItems(candidates: readonly FeedCandidate[], options: { year: number; limit?: number }): FeedCandidate[] {
  const { year, limit = 100 } = options;
  const seen = new Set<string>();
  const kept = candidates.filter((c) => {
    if (seen.has(c.link) || !(c.featured || c.year === year)) return false;
    seen.add(c.link);
    return true;
  });
  kept.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link));
  return kept.slice(0, limit);
}

/**
 * An RSS description as feed readers read it: they take `<description>` as
 * HTML, so plain text is given as HTML that shows exactly that text (markup an
 * editor typed into a summary is shown, never run), on one line.
 * The XML writer escapes it once more for the feed file itself.
 */
export function feedDescription(text: string): string {
  const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * The channel's lastBuildDate: RSS 2.0 defines it as the last time the
 * channel's content changed, which is the newest item's date. Taking it from
 * the items, not the clock, keeps two builds of the same content identical.
 */
export function lastChanged(items: readonly FeedCandidate[]): Date | undefined {
  return items.reduce<Date | undefined>((newest, item) => (!newest || item.pubDate > newest ? item.pubDate : newest), undefined);
}
