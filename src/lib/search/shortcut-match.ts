/**
 * 栏目直达 on the search page: a query that names a section or a kind of
 * event as residents say it (学习之星, 书单, 老人 活动, 讲座) gets a link to
 * the page listing them all, above the results. Search ranks pages by the
 * words they hold, and leaves the lists themselves out of its index.
 * Runs in the browser: the list comes from the page (src/lib/search/shortcuts.ts).
 */
export interface SearchShortcut {
  href: string;
  /** The page's own heading: the link says where it goes. */
  label: string;
  /** Any of these in the query brings the link. */
  words: readonly string[];
}

/** More would push the first result down a phone's screen. */
export const MAX_SHORTCUTS = 2;

/** The shortcuts whose words the query (in Simplified characters) holds, in the site's order, at most MAX_SHORTCUTS. */
export function matchShortcuts(query: string, shortcuts: readonly SearchShortcut[]): SearchShortcut[] {
  const text = query.replace(/\s+/gu, '');
  if (!text) return [];
  return shortcuts.filter((shortcut) => shortcut.words.some((word) => text.includes(word))).slice(0, MAX_SHORTCUTS);
}
