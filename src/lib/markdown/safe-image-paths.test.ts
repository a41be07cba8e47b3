import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { refusedBodyImage, safeImagePathsPlugin } from './safe-image-paths.ts';

/**
 * A content folder with one entry and, around it, the files an editor's
 * body may point at: a photo beside it, one elsewhere in the folder, an SVG
 * named .png, a folder named like an image, and a photo outside the folder.
 */
const scratch = mkdtempSync(join(tmpdir(), 'safe-image-paths-'));
const root = join(scratch, 'content');
const entryDir = join(root, 'events/2023');
const entry = join(entryDir, 'a.md');
const outsidePhoto = join(scratch, 'secret.png');
mkdirSync(entryDir, { recursive: true });
mkdirSync(join(root, 'books'), { recursive: true });
mkdirSync(join(entryDir, 'folder.png'));
const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#c00' } })
  .png()
  .toBuffer();
for (const path of [join(entryDir, 'photo.png'), join(root, 'books/cover.png'), outsidePhoto]) writeFileSync(path, png);
writeFileSync(
  join(entryDir, 'evil.png'),
  '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><script>alert(1)</script></svg>',
);

const toOutside = relative(entryDir, outsidePhoto);
const ALLOWED = ['./photo.png', 'photo.png', '../../books/cover.png', 'https://example.org/x.png', '/favicon.png'];
const REFUSED = [toOutside, './evil.png', './missing.png', './folder.png', './photo.png?.png', './x.js', './%E0%A4%A.png'];

/** The site's renderer with the plugin, as astro.config.mjs sets it up, and the local images Astro would import. */
const renderer = await createSatteriMarkdownProcessor({ syntaxHighlight: false, mdastPlugins: [safeImagePathsPlugin(root)] });
async function importedImages(body: string): Promise<string[]> {
  return (await renderer.render(body, { fileURL: pathToFileURL(entry) })).metadata.localImagePaths;
}

describe('images the build imports from a body', () => {
  it('keeps paths to image files in the content folder, and refuses every other local path', () => {
    for (const url of ALLOWED) expect(refusedBodyImage(url, entry, root), url).toBe(false);
    for (const url of REFUSED) expect(refusedBodyImage(url, entry, root), url).toBe(true);
    // Without the Markdown file there is nothing to resolve a local path against.
    expect(refusedBodyImage('./photo.png', undefined, root)).toBe(true);
  });

  it('imports none of the refused, in a footnote never cited too, where each becomes its description', async () => {
    const footnotes = [...ALLOWED, ...REFUSED].map((url, i) => `[^n${i}]: ![说明${i}](${url})`);
    const body = `正文没有引用脚注。\n\n${footnotes.join('\n')}\n`;
    const local = ALLOWED.filter((url) => !/^(https:|\/)/.test(url));
    expect((await importedImages(body)).sort()).toEqual(local.sort());
  });

  it('turns a refused image on the page into its description', async () => {
    const rendered = await renderer.render(`看图：![书展现场](${toOutside})`, { fileURL: pathToFileURL(entry) });
    expect(rendered.code).toContain('看图：书展现场');
    expect(rendered.metadata.localImagePaths).toEqual([]);
  });
});
