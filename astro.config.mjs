// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The public URL is a site setting (content/data/site.json) so that share cards,
// the sitemap and RSS carry absolute links; SITE_URL overrides it for staging.
const settings = JSON.parse(readFileSync(resolve(process.env.CONTENT_DIR ?? 'content', 'data/site.json'), 'utf8'));

export default defineConfig({
  site: process.env.SITE_URL ?? settings.url,
  output: 'static',
  // Tests build into their own folders so that they never clobber dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  // A build over another content folder keeps its own content cache.
  ...(process.env.CONTENT_DIR ? { cacheDir: resolve(process.env.CONTENT_DIR, '../.astro-cache') } : {}),
  trailingSlash: 'always',
  integrations: [mdx(), sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) })],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
