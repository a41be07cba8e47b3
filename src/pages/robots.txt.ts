import type { APIRoute } from 'astro';
import { siteSettings } from '../lib/site-settings.ts';
import { absoluteUrl, basePath, sitemapPath } from '../lib/urls.ts';

// Everything under the site's path may be crawled; the sitemap's absolute address follows the site URL setting.
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: ${basePath()}\n\nSitemap: ${absoluteUrl(sitemapPath(), site ?? siteSettings().url)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
