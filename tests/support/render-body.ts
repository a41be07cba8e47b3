import { markdownToHtml, type MdastPluginList } from 'satteri';
import { MARKDOWN_FEATURES, sanitizeBodyPlugin } from '../../src/lib/markdown/pipeline.ts';

/** A body as the build renders it: Sätteri with the site's features and the sanitiser, after `mdastPlugins` (the one under test). */
export async function renderBody(markdown: string, mdastPlugins: MdastPluginList = []): Promise<string> {
  const { html } = await markdownToHtml(markdown, { mdastPlugins, hastPlugins: [sanitizeBodyPlugin], features: MARKDOWN_FEATURES });
  return html;
}
