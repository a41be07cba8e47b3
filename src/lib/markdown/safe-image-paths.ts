import { bodyImagePathDefect } from '../images/local-image-path.ts';

/** The part of a Sätteri MDAST image node and visitor context the plugin uses. */
interface ImageNode {
  url: string;
  alt?: string | null;
}
interface NodeReplacer {
  replaceNode(node: never, replacement: never): void;
}

/**
 * A Sätteri MDAST plugin (astro.config.mjs) that turns an image with a local
 * path Astro must not import (`./x.js?.png`: src/lib/images/local-image-path.ts)
 * into its description, before Astro collects the body's images to import
 * them. It sees every image of the tree, those of a footnote that is never
 * cited included, which no page shows but Astro imports all the same.
 * `npm run check` reports each one (src/lib/markdown/unsafe-body.ts).
 */
export function safeImagePathsPlugin() {
  return {
    name: 'safe-image-paths',
    image: (node: ImageNode, ctx: NodeReplacer) => {
      if (bodyImagePathDefect(node.url) === undefined) return;
      ctx.replaceNode(node as never, { type: 'text', value: node.alt ?? '' } as never);
    },
  };
}
