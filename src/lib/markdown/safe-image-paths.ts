import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../content-dir.ts';
import { imageFileDefect } from '../images/image-defect.ts';
import { bodyImagePathDefect, isLocalImageSource } from '../images/local-image-path.ts';

/** The part of a Sätteri MDAST image node and visitor context the plugin uses. */
interface ImageNode {
  url: string;
  alt?: string | null;
}
interface NodeReplacer {
  /** The Markdown file being rendered (Astro passes it for entries and MDX alike). */
  readonly fileURL: URL | undefined;
  replaceNode(node: never, replacement: never): void;
}

/**
 * Whether the build must not import a body image: a path Astro would read
 * as another module (`./x.js?.png`: src/lib/images/local-image-path.ts), or
 * a file the content check refuses (imageFileDefect: outside the content
 * folder `root`, an SVG, a folder …), or no file at all (Astro stops with an
 * error naming no file). `npm run check` names each one; this is the build's
 * own line behind it. Without the Markdown file's path nothing local can be
 * judged, so nothing local is let through.
 */
export function refusedBodyImage(url: string, markdownFile: string | undefined, root: string): boolean {
  if (bodyImagePathDefect(url) !== undefined) return true;
  if (!isLocalImageSource(url)) return false;
  if (markdownFile === undefined) return true;
  let path: string;
  try {
    // As Astro's image collector reads it.
    path = resolve(dirname(markdownFile), decodeURI(url));
  } catch {
    return true;
  }
  return !existsSync(path) || imageFileDefect(path, root) !== undefined;
}

/**
 * A Sätteri MDAST plugin (astro.config.mjs) that turns a body image the build
 * must not import (refusedBodyImage) into its description, before Astro
 * collects the body's images to import them. It sees every image of the
 * tree, those of a footnote that is never cited included, which no page
 * shows but Astro imports all the same: `../../../tmp/x.png` in one was
 * published from the build machine. `npm run check` reports each one
 * (src/lib/markdown/unsafe-body.ts, src/lib/content/reader-checks/images.ts).
 */
export function safeImagePathsPlugin(root = contentDir()) {
  return {
    // Astro reuses bodies it rendered in an earlier build until its config changes, and the config
    // it compares holds this name, not the code: a change of rules changes the name.
    name: 'safe-image-paths-2',
    image: (node: ImageNode, ctx: NodeReplacer) => {
      const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
      if (!refusedBodyImage(node.url, file, root)) return;
      ctx.replaceNode(node as never, { type: 'text', value: node.alt ?? '' } as never);
    },
  };
}
