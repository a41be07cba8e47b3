// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { readFileSync } from 'node:fs';

// The public URL is a site setting (content/data/site.json) so that share cards,
// the sitemap and RSS carry absolute links; SITE_URL overrides it for staging.
const settings = JSON.parse(readFileSync(new URL('./content/data/site.json', import.meta.url), 'utf8'));

export default defineConfig({
  site: process.env.SITE_URL ?? settings.url,
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
