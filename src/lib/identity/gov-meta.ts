import { inBeijing } from '../dates/index.ts';

/**
 * The <meta> tags by which government sites identify a page to the national
 * inspection and search systems (政府网站网页设计规范): the site and its
 * column on every page, the article's own facts on article pages. A tag
 * whose value is unknown is left out rather than written empty.
 */
export interface GovArticle {
  title: string;
  published: Date;
  /** Who supplied the content (ContentSource): an event's organiser, a notice's issuer … */
  source?: string | undefined;
  keywords: readonly string[];
  description?: string | undefined;
  /** Absolute URL of the page's image. */
  image?: string | undefined;
  /** Absolute URL of the page. */
  url: string;
}

export interface GovPage {
  siteName: string;
  /** The public URL's host (`edu.gd.gov.cn`). */
  siteDomain: string;
  siteCode?: string | undefined;
  columnName: string;
  columnType: string;
  article?: GovArticle | undefined;
}

export interface MetaTag {
  name: string;
  content: string;
}

/** `2023-11-18 09:30`, Beijing time: how PubDate is written. */
export function pubDate(date: Date): string {
  return inBeijing(date).toFormat('yyyy-LL-dd HH:mm');
}

export function govMetaTags(page: GovPage): MetaTag[] {
  const a = page.article;
  const keywords = a ? [...new Set(a.keywords.map((k) => k.trim()).filter((k) => k !== ''))] : [];
  const tags: [string, string | undefined][] = [
    ['SiteName', page.siteName],
    ['SiteDomain', page.siteDomain],
    ['SiteIDCode', page.siteCode],
    ['ColumnName', page.columnName],
    ['ColumnType', page.columnType],
    ...(a
      ? ([
          ['ArticleTitle', a.title],
          ['PubDate', pubDate(a.published)],
          ['ContentSource', a.source],
          ['Keywords', keywords.join(',')],
          ['Description', a.description],
          ['Image', a.image],
          ['Url', a.url],
        ] as [string, string | undefined][])
      : []),
  ];
  return tags
    .map(([name, content]) => ({ name, content: (content ?? '').replace(/\s+/g, ' ').trim() }))
    .filter((tag) => tag.content !== '');
}
