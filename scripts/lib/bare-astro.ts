import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The reference the build benchmark compares with: a bare Astro project over
 * the same event files (one glob collection without a schema, one page per
 * entry in a plain layout), then Pagefind over its output. What the tools
 * themselves need for these entries, with nothing of this site on top.
 * Written into `dir`, using this project's node_modules (so the same Astro
 * and Pagefind versions).
 */
export interface BareProject {
  root: string;
  outDir: string;
}

export function writeBareProject(dir: string, eventsDir: string): BareProject {
  const root = resolve(dir);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src/pages/events'), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  const outDir = join(root, 'dist');
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `export default { outDir: ${JSON.stringify(outDir)}, cacheDir: ${JSON.stringify(join(root, '.astro-cache'))}, build: { format: 'directory' }, devToolbar: { enabled: false } };\n`,
  );
  writeFileSync(
    join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { events: defineCollection({ loader: glob({ base: ${JSON.stringify(resolve(eventsDir))}, pattern: '**/*.md' }) }) };
`,
  );
  writeFileSync(
    join(root, 'src/pages/events/[...id].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('events')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main><h1>{entry.data.title}</h1><p>{entry.data.summary}</p><Content /></main></body>
</html>
`,
  );
  return { root, outDir };
}
