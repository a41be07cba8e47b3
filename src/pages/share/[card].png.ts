import type { APIRoute } from 'astro';
import { buildCacheDir } from '../../lib/build-cache.ts';
import { cachedSiteShareCard } from '../../lib/seo/share-card-cache.ts';
import { SITE_CARDS, type SiteCard } from '../../lib/seo/share-card.ts';

// `/share/default.png`, `/share/stats.png`, `/share/lighting.png`: the cards of pages without a picture of their own.
export function getStaticPaths() {
  return SITE_CARDS.map((card) => ({ params: { card } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await cachedSiteShareCard(params.card as SiteCard, buildCacheDir())), {
    headers: { 'Content-Type': 'image/png' },
  });
