/**
 * Links editors write in Markdown from the site's root (`[数据统计](/stats/)`)
 * put under the base path when the site is served below one (`/zt/xxzq/stats/`),
 * so that content stays the same wherever the site is deployed. Links that
 * already carry the base, other hosts, relative paths and fragments are left alone.
 */
export function rebaseHref(href: string, base: string): string {
  if (base === '/' || !href.startsWith('/') || href.startsWith('//') || href.startsWith(base)) return href;
  return `${base}${href.slice(1)}`;
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
export function baseLinksPlugin(base: string) {
  return {
    name: 'base-links',
    element: {
      filter: ['a', 'img', 'source', 'video', 'audio', 'iframe'],
      visit(node: LinkElement, ctx: PropertySetter) {
        for (const key of ['href', 'src']) {
          const value = node.properties?.[key];
          if (typeof value === 'string' && rebaseHref(value, base) !== value) ctx.setProperty(node as never, key, rebaseHref(value, base));
        }
      },
    },
  };
}
