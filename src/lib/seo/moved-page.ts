import { site as text } from '../../i18n/zh-CN/site.ts';
import { contentSecurityPolicy, ownFoldersPolicy, type ScriptPlaces } from '../security/csp.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export interface MovedPage {
  /** The entry's page now, base path included: `/zt/xxzq/learners/lin-zhen-bang/`. */
  to: string;
  /** The same address made absolute on the site's public URL, for the canonical link. */
  canonical: string;
  /** The entry as pages name it (`entryTitle`): the link's words. */
  title: string;
  /** Where the site's scripts live: the second policy names them, as on every page (it runs none itself). */
  scripts: ScriptPlaces;
}

/**
 * The page at an old address of an entry (`aliases`, src/lib/content/aliases.ts),
 * as Hugo writes its aliases: a refresh after 0 seconds to the entry's page,
 * which browsers follow at once and search engines take as a permanent
 * redirect, that page as canonical, `noindex`, and a link to it for whoever
 * the refresh does not move. No script (the Content-Security-Policy allows
 * none inline) and no stylesheet: it is left before it is seen. Never in the
 * sitemap (an endpoint, not a page, to @astrojs/sitemap) nor in the search
 * index (no `data-pagefind-body`).
 */
export function movedPage({ to, canonical, title, scripts }: MovedPage): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy('meta', { webAssembly: false }))}">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(ownFoldersPolicy('meta', scripts, { webAssembly: false }))}">
<meta http-equiv="refresh" content="0; url=${escapeHtml(to)}">
<meta name="robots" content="noindex">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="${escapeHtml(canonical)}">
<title>${escapeHtml(text.moved.title(title))}</title>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(text.moved.body)}<a href="${escapeHtml(to)}">${escapeHtml(title)}</a></p>
</main>
</body>
</html>
`;
}
