import type { APIRoute } from 'astro';
import { SITE_CARDS, siteShareCard, type SiteCard } from '../../lib/seo/share-card.ts';

// `/share/default.png`, `/share/stats.png`, `/share/lighting.png`: the cards of pages without a picture of their own.
export function getStaticPaths() {
  return SITE_CARDS.map((card) => ({ params: { card } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await siteShareCard(params.card as SiteCard)), { headers: { 'Content-Type': 'image/png' } });
