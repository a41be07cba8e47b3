/**
 * Links editors write in Markdown from the site's root (`[数据统计](/stats/)`)
 * put under the base path when the site is served below one (`/zt/xxzq/stats/`),
 * so that content stays the same wherever the site is deployed. Links that
 * already carry the base, other hosts, relative paths and fragments are left alone.
 *
 * `publishedBase` is the settings' base: a link copied from the live site
 * (`/zt/xxzq/stats/`) is read from the root too, so that a staging build under
 * BASE_PATH=/staging/xxzq/ leads where the live site does, not to
 * `/staging/xxzq/zt/xxzq/stats/`.
 */
export function rebaseHref(href: string, base: string, publishedBase: string = base): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const live = publishedBase !== '/' && (href.startsWith(publishedBase) || href === publishedBase.slice(0, -1));
  if (!live && href.startsWith(base)) return href;
  const fromRoot = live ? `/${href.slice(publishedBase.length)}` : href;
  return base === '/' ? fromRoot : `${base}${fromRoot.slice(1)}`;
}

/** The part of a Sätteri HAST element and visitor context the plugin uses (no import of the processor). */
interface LinkElement {
  properties?: Record<string, unknown>;
}
interface PropertySetter {
  /** Takes the very node it was handed (typed `never` here so that any processor's node type fits). */
  setProperty(node: never, key: string, value: unknown): void;
}

/**
 * A Sätteri HAST plugin (astro.config.mjs, the Markdown and MDX processor)
 * that rebases the `href` and `src` of every element of a rendered entry.
 */
export function baseLinksPlugin(base: string, publishedBase: string = base) {
  return {
    name: 'base-links',
    element: {
      filter: ['a', 'img', 'source', 'video', 'audio', 'iframe'],
      visit(node: LinkElement, ctx: PropertySetter) {
        for (const key of ['href', 'src']) {
          const value = node.properties?.[key];
          const rebased = typeof value === 'string' ? rebaseHref(value, base, publishedBase) : value;
          if (rebased !== value) ctx.setProperty(node as never, key, rebased);
        }
      },
    },
  };
}
