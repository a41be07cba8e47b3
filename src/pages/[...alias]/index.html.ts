import type { APIRoute, GetStaticPaths } from 'astro';
import { entryTitle } from '../../content/entry-title.ts';
import { aliasPagePaths, type AliasPageProps } from '../../content/queries.ts';
import { movedPage } from '../../lib/seo/moved-page.ts';
import { siteScriptPlaces } from '../../lib/security/site-script-places.ts';
import { siteSettings } from '../../lib/site-settings.ts';
import { absoluteUrl, entryPath } from '../../lib/urls.ts';

/**
 * `/<old address>/`: at each address an entry lists in `aliases`, a page that
 * sends the reader on to the entry (src/lib/seo/moved-page.ts). An endpoint
 * writing `index.html` rather than a page, so that the sitemap leaves it out.
 */
export const getStaticPaths = aliasPagePaths satisfies GetStaticPaths;

export const GET: APIRoute<AliasPageProps> = ({ props, site }) => {
  const to = entryPath(props.collection, props.entry.id);
  const body = movedPage({
    to,
    canonical: absoluteUrl(to, site ?? siteSettings().url),
    title: entryTitle(props.collection, props.entry),
    scripts: siteScriptPlaces(),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
