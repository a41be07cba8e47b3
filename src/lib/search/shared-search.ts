import { fillMessage } from './result-view.ts';

/**
 * A search as it is shared and printed. /search/ is one static page, built
 * with the bare /search/ as its canonical address, og:url and printed source
 * line: a WeChat card or a sheet of paper would lose what was searched. With
 * a query, the page's script gives them the query (`?q=读书`; the query only,
 * the filters being the reader's own narrowing) and the tab and the card say
 * 搜索“读书”. The query is the reader's text: the script puts it into
 * attributes and text, never into markup.
 */
export interface SearchPageHead {
  /** The page's canonical address as built: `https://edu.gd.gov.cn/zt/xxzq/search/`. */
  canonical: string;
  /** The tab's title as built: `搜索 · 广东学习周`. */
  title: string;
  /** The page's own name, which the title begins with: `搜索`. */
  heading: string;
  /** The name with a query: `搜索“{query}”`. */
  titled: string;
}

export interface SharedSearch {
  /** For the canonical link and og:url, percent-encoded: `…/search/?q=%E8%AF%BB%E4%B9%A6`. */
  url: string;
  /** The same address as a reader copies it from paper: `…/search/?q=读书`. */
  printed: string;
  /** The tab's title: `搜索“读书” · 广东学习周`. */
  title: string;
  /** The shared card's title (og:title): `搜索“读书”`. */
  shareTitle: string;
}

/** How the page presents a search for `q`; undefined without a query (the page as built). */
export function sharedSearch(head: SearchPageHead, q: string): SharedSearch | undefined {
  const query = q.trim();
  if (!query) return undefined;
  const url = new URL(head.canonical);
  url.search = new URLSearchParams({ q: query }).toString();
  const shareTitle = fillMessage(head.titled, { query });
  // What follows the page's name in its title (` · 广东学习周`) follows the new name too.
  const rest = head.title.startsWith(head.heading) ? head.title.slice(head.heading.length) : '';
  return { url: url.href, printed: readableAddress(url.href), title: `${shareTitle}${rest}`, shareTitle };
}

/** An address with its Chinese as Chinese (and `&`, `?`, `#`… still escaped, so it still reads as the same address). */
function readableAddress(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}
