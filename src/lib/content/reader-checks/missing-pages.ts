import { distance } from 'fastest-levenshtein';
import { readerChecksText as text } from '../../../i18n/zh-CN/reader-checks.ts';
import type { InputProblem } from '../../input-problem.ts';
import { entryPath } from '../../urls.ts';
import { rebaseHref } from '../base-links.ts';
import { referencesOf } from './body-references.ts';
import type { ReaderCheckContext } from './context.ts';

/**
 * Links in bodies to pages of this site that the build will not write: a
 * mistyped file name, an entry renamed or removed, a year with no
 * statistics. Links are read as the browser will follow them: from the
 * site's root (put under the base path, as the build does), relative to the
 * entry's own page, or as the site's own absolute address.
 */

/** The path on this site a link leads to, base included; undefined for other sites, mail, phone, a bare #fragment. */
export function sitePathOf(
  href: string,
  from: string,
  base: string,
  siteUrl: string | undefined,
  publishedBase: string = base,
): string | undefined {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('//')) return undefined;
  let url: URL;
  try {
    const here = new URL(from, 'https://this-site.invalid');
    url = new URL(trimmed.startsWith('/') ? rebaseHref(trimmed, base, publishedBase) : trimmed, here);
  } catch {
    return undefined;
  }
  const own = url.hostname === 'this-site.invalid' || (siteUrl !== undefined && url.origin === new URL(siteUrl).origin);
  if (!own || !/^https?:$/.test(url.protocol)) return undefined;
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return url.pathname;
  }
}

/** A route as the server finds it: `/stats/2023` and `/stats/2023/index.html` are `/stats/2023/`. */
function served(path: string, routes: ReadonlySet<string>): boolean {
  if (routes.has(path)) return true;
  if (!path.endsWith('/') && routes.has(`${path}/`)) return true;
  return path.endsWith('/index.html') && routes.has(path.slice(0, -'index.html'.length));
}

function closestRoute(path: string, routes: ReadonlySet<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(path.length / 5));
  for (const route of routes) {
    const d = distance(path, route);
    if (d < bestDistance) {
      best = route;
      bestDistance = d;
    }
  }
  return best;
}

export function missingPages(context: ReaderCheckContext): InputProblem[] {
  const { routes } = context;
  if (!routes) return [];
  const problems: InputProblem[] = [];
  for (const entry of context.entries) {
    const page = entryPath(entry.collection, entry.id);
    for (const reference of referencesOf(entry)) {
      if (reference.kind !== 'link') continue;
      const path = sitePathOf(reference.url, page, context.base, context.settings?.url, context.settings?.base);
      if (path === undefined || served(path, routes)) continue;
      problems.push({ file: entry.file, item: text.line(reference.line), field: text.bodyField, message: text.brokenLink(reference.url, closestRoute(path, routes)) });
    }
  }
  return problems;
}
