/**
 * What `/rss.xml` carries: the featured cases and the notices (whatever their
 * year: the few a journalist follows the feed for) and the entries of the
 * current week's year, newest first by the day each was published (an event
 * by publication, never by its start, which may lie in the future), at most
 * `limit` of them. Those always carried keep their place within the limit:
 * a week of hundreds of newer events must not push them out.
 */
export interface FeedCandidate {
  /** Site path or absolute URL of the entry's page. */
  link: string;
  title: string;
  description: string;
  /** When the entry went public (src/lib/content/published.ts). */
  pubDate: Date;
  /** A featured case or a notice: carried whatever its year, and never pushed out by newer entries. */
  always: boolean;
  year: number;
  categories: string[];
  /** Which collection it is from (events, books …): entries published on one day take turns by it. */
  collection: string;
  /**
   * Where the entry was first published, when that was an old address of its
   * (`aliases`: it was renamed or moved since): the item's guid stays that
   * address, so that feed readers do not take the moved entry for a new item.
   */
  firstLink?: string;
}

export function selectFeedItems(candidates: readonly FeedCandidate[], options: { year: number; limit?: number }): FeedCandidate[] {
  const { year, limit = 100 } = options;
  const seen = new Set<string>();
  const kept = candidates.filter((c) => {
    if (seen.has(c.link) || !(c.always || c.year === year)) return false;
    seen.add(c.link);
    return true;
  });
  const turn = turnsAmongEquals(kept);
  const newestFirst = (a: FeedCandidate, b: FeedCandidate) =>
    b.pubDate.getTime() - a.pubDate.getTime() || turn.get(a)! - turn.get(b)! || a.link.localeCompare(b.link);
  const always = kept
    .filter((c) => c.always)
    .sort(newestFirst)
    .slice(0, limit);
  const rest = kept
    .filter((c) => !c.always)
    .sort(newestFirst)
    .slice(0, limit - always.length);
  return [...always, ...rest].sort(newestFirst);
}

/**
 * Among entries published at the same moment (a site's first commit, a bulk
 * import), each collection's first before any collection's second, and so
 * on: ordered by link alone, the limit would cut whole collections (every
 * project behind the books and events) from the feed.
 */
function turnsAmongEquals(candidates: readonly FeedCandidate[]): Map<FeedCandidate, number> {
  const turn = new Map<FeedCandidate, number>();
  const byLink = [...candidates].sort((a, b) => a.link.localeCompare(b.link));
  const taken = new Map<string, number>();
  for (const c of byLink) {
    const key = `${c.pubDate.getTime()} ${c.collection}`;
    const n = taken.get(key) ?? 0;
    taken.set(key, n + 1);
    turn.set(c, n);
  }
  return turn;
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
 * An item as @astrojs/rss writes it: the link (made absolute on the channel's
 * site by the writer), the description as HTML, and for an entry moved since
 * it was first published (`firstLink`) the guid it had then, the old address
 * (which still leads to it: a permalink), instead of the new link the writer
 * would make the guid of. Feed readers know items by guid, so a renamed entry
 * is not shown as a new one.
 */
export function feedItem(candidate: FeedCandidate, site: string | URL) {
  const { link, firstLink, title, description, pubDate, categories } = candidate;
  return {
    link,
    title,
    description: feedDescription(description),
    categories,
    pubDate,
    ...(firstLink && firstLink !== link ? { customData: `<guid isPermaLink="true">${new URL(firstLink, site).href}</guid>` } : {}),
  };
}

/**
 * The channel's lastBuildDate: RSS 2.0 defines it as the last time the
 * channel's content changed, which is the newest item's date. Taking it from
 * the items, not the clock, keeps two builds of the same content identical.
 */
export function lastChanged(items: readonly FeedCandidate[]): Date | undefined {
  return items.reduce<Date | undefined>((newest, item) => (!newest || item.pubDate > newest ? item.pubDate : newest), undefined);
}
