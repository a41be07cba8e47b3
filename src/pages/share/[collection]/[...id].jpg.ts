import type { APIRoute, GetStaticPaths, ImageMetadata } from 'astro';
import { getCollection } from 'astro:content';
import type { ShowcaseCollection } from '../../../lib/content/urls.ts';
import { shareCardFromImage } from '../../../lib/seo/share-card.ts';

/**
 * `/share/<collection>/<id>.jpg`: an entry's cover made into a 1200×630 card
 * (src/content/share.ts links it from the page). Only entries with a cover get one.
 */
const COLLECTIONS: ShowcaseCollection[] = ['events', 'books', 'learners', 'projects'];

export const getStaticPaths = (async () => {
  const paths = [];
  for (const collection of COLLECTIONS) {
    for (const entry of await getCollection(collection)) {
      if (entry.data.cover) paths.push({ params: { collection, id: entry.id }, props: { image: entry.data.cover.src } });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  // astro:assets keeps the original file's path on the image's metadata.
  const file = (props.image as ImageMetadata & { fsPath?: string }).fsPath;
  if (!file) throw new Error(`分享图：找不到封面图片的原文件（cover.src）：${(props.image as ImageMetadata).src}`);
  return new Response(new Uint8Array(await shareCardFromImage(file)), { headers: { 'Content-Type': 'image/jpeg' } });
};
