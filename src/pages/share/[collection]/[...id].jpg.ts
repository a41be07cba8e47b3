import type { APIRoute, GetStaticPaths, ImageMetadata } from 'astro';
import { showcaseEntries } from '../../../content/queries.ts';
import { t } from '../../../i18n/zh-CN.ts';
import { buildCacheDir } from '../../../lib/build-cache.ts';
import { cachedShareCard } from '../../../lib/seo/share-card-cache.ts';

/**
 * `/share/<collection>/<id>.jpg`: an entry's cover made into a 1200×630 card
 * (src/content/seo.ts links it from the page). Only entries with a cover get one.
 * Drawn once per cover and kept in the build cache (share-card-cache.ts).
 */
export const getStaticPaths = (async () =>
  (await showcaseEntries()).flatMap(({ collection, entry }) =>
    entry.data.cover ? [{ params: { collection, id: entry.id }, props: { image: entry.data.cover.src } }] : [],
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  // astro:assets keeps the original file's path on the image's metadata.
  const file = (props.image as ImageMetadata & { fsPath?: string }).fsPath;
  if (!file) throw new Error(t.build.shareCardSource((props.image as ImageMetadata).src));
  return new Response(new Uint8Array(await cachedShareCard(file, buildCacheDir())), { headers: { 'Content-Type': 'image/jpeg' } });
};
