/**
 * What `/rss.xml` carries: the featured cases (whatever their year) and the
 * entries of the current week's year, featured first, then the newest
 * dated entries; undated ones after, in a stable order.
 */
export interface FeedCandidate {
  /** Site path or absolute URL of the entry's page. */
  link: string;
  title: string;
  description: string;
  /** An event's start or a notice's date; learners and projects have none. */
  pubDate?: Date | undefined;
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
  const time = (c: FeedCandidate) => c.pubDate?.getTime() ?? Number.NEGATIVE_INFINITY;
  kept.sort(
    (a, b) => Number(b.featured) - Number(a.featured) || time(b) - time(a) || a.link.localeCompare(b.link),
  );
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
