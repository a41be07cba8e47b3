// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/lib/content/base-links.ts';
import { siteSettings } from './src/lib/site-settings.ts';
import { buildCacheDir } from './src/lib/build-cache.ts';
import { MARKDOWN_FEATURES, sanitizeBodyPlugin } from './src/lib/markdown/pipeline.ts';
import { safeImagePathsPlugin } from './src/lib/markdown/safe-image-paths.ts';
import { longRunGuardPlugin } from './src/lib/markdown/long-runs.ts';
import { cjkStrongPlugin } from './src/lib/markdown/cjk-strong.ts';
import { chineseLineBreaksPlugin } from './src/lib/markdown/chinese-line-breaks.ts';
import { bareUrlsPlugin } from './src/lib/content/bare-urls.ts';
import { basePath, lightingPath, searchPath, sitePath, siteUrl, statsPath } from './src/lib/urls.ts';
import { sitemapLastmod } from './src/lib/seo/sitemap-dates.ts';
import { contentCheckInDev } from './src/integrations/content-check-in-dev.ts';
import { waitForInputCheck } from './src/integrations/wait-for-input-check.ts';
import { aliasesInDev } from './src/integrations/aliases-in-dev.ts';
import { refuseContentLinks } from './src/integrations/refuse-content-links.ts';
import { freshContentStore } from './src/integrations/fresh-content-store.ts';
import { jsonNotesPlugin } from './src/integrations/json-notes-left-out.ts';
import { classicScriptsPlugin } from './src/integrations/classic-scripts-minified.ts';

// The public URL and the path under it are site settings (content/data/site.json)
// so that share cards, the sitemap and RSS carry absolute links; SITE_URL and
// BASE_PATH override them for staging, held to the settings' rules and refused
// by name. Pages build their links with the same base through src/lib/urls.ts.
const base = basePath();
// Not the 404 page, nor the search page (without a query it has nothing of its own to find), nor
// /stats/ and /lighting/, which show the latest year and name its own page as canonical.
const notInSitemap = new Set([sitePath('404'), sitePath('404/'), searchPath(), statsPath(), lightingPath()]);

export default defineConfig({
  site: siteUrl(),
  base,
  // Content is untrusted: every Markdown and MDX body goes through the allowlist sanitiser
  // first (src/lib/markdown; MDX inherits this processor). Editors link from the site's root
  // in Markdown ([数据统计](/stats/)); the base goes in front after. Before all that, on the
  // Markdown tree, a bare address in Chinese text ends where the address ends (GFM would run
  // it on to the next space); the sanitiser then sees the link as the reader will. An image whose
  // path Astro must not import (`./x.js?.png` ran x.js, `../../x.png` published a file of the build machine)
  // becomes its description before Astro sees it. A body the parser would take minutes over (a run of
  // 150,000 characters without a space) stops the build before it is parsed, naming the file. Bold
  // CommonMark refuses beside Chinese punctuation (**注意：**报名) is bold (src/lib/markdown/cjk-strong.ts), and a
  // line an editor breaks inside Chinese text runs on without a space (chinese-line-breaks.ts).
  markdown: {
    processor: satteri({
      mdastPlugins: [longRunGuardPlugin(), bareUrlsPlugin(), safeImagePathsPlugin(), cjkStrongPlugin(), chineseLineBreaksPlugin()],
      hastPlugins: [sanitizeBodyPlugin, baseLinksPlugin(base, siteSettings().base)],
      features: MARKDOWN_FEATURES,
    }),
    // Highlighters colour code with style attributes, which the policy (and the sanitiser) refuse.
    syntaxHighlight: false,
  },
  output: 'static',
  // Tests build into their own folders so that they never clobber dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  // Content store, encoded images and share cards; a build over another content folder keeps its own.
  cacheDir: buildCacheDir(),
  trailingSlash: 'always',
  // An entry named like one of the site's own pages (content/events/online.md) is an error of
  // `npm run check`; should one slip past it, the build stops rather than drop one of the two.
  prerenderConflictBehavior: 'error',
  // Components' scoped styles match a class (astro-…) rather than a data-astro-cid-… attribute:
  // the same specificity and the same pages to the pixel, with 8% fewer bytes of HTML at 10,000
  // events (287 MB against 312) for the disk, the compression and the search index to go through.
  scopedStyleStrategy: 'class',
  integrations: [
    // First: a symbolic link in the content folder stops Astro before it reads any content.
    refuseContentLinks(),
    // Then a content store written by other code goes, before Astro opens it.
    freshContentStore(),
    contentCheckInDev(),
    // An entry's old address answers in the preview as on the built site.
    aliasesInDev(),
    waitForInputCheck(),
    mdx(),
    // Entry pages carry <lastmod>, when their file last changed (src/lib/seo/sitemap-dates.ts).
    sitemap({ filter: (page) => !notInSitemap.has(new URL(page).pathname), serialize: sitemapLastmod() }),
  ],
  // Every page runs under a strict Content-Security-Policy (src/lib/security/csp.ts): no inline
  // script or style, so Astro writes every stylesheet and script to a file under _astro/
  // (small scripts are inlined up to Vite's assetsInlineLimit, hence 0). A few pages render at
  // once, so that one page's file is written while the next renders: at 10,000 events a third
  // of the page time was waiting on the disk (npm run bench:build).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: {
    build: { assetsInlineLimit: 0 },
    plugins: [
      // The data files' notes for their editors stay out of the readers' scripts.
      jsonNotesPlugin(),
      // The scripts a page runs before it is painted, copied as files, without their comments.
      classicScriptsPlugin(),
    ],
  },
  devToolbar: { enabled: false },
});
