import type { Features, HastPluginDefinition } from 'satteri';
import { contentSafety } from '../../i18n/zh-CN/content-safety.ts';
import { markDatesInBody } from './dates-in-body.ts';
import { sanitizeBodyTree } from './sanitize-body.ts';
import { plainTree } from './tree.ts';

/**
 * How the site's Markdown and MDX are parsed, shared by the build
 * (astro.config.mjs) and `npm run check`, so that both see the same tree.
 * Footnotes are labelled in Chinese and written without an id prefix: the
 * sanitiser adds its own (see sanitize-body.ts).
 */
export const MARKDOWN_FEATURES = {
  gfm: { footnotes: { ...contentSafety.footnotes, clobberPrefix: '' } },
} satisfies Features;

/**
 * The sanitiser as a Sätteri plugin: it runs before Astro's own (image
 * marker, heading ids), over the whole tree at once; then the dates the
 * body names are marked, so that no line breaks inside one.
 */
export const sanitizeBodyPlugin: HastPluginDefinition = {
  name: 'learning-week:sanitize-body',
  before(root, ctx) {
    ctx.replaceNode(root, markDatesInBody(sanitizeBodyTree(plainTree(root), ctx.sourceFormat, ctx.source)));
    // An MDX `layout:` makes Astro import that module into the build: content may not choose code to run.
    const frontmatter = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    if (frontmatter && 'layout' in frontmatter) delete frontmatter.layout;
  },
};
