import type { APIRoute } from 'astro';
import { defaultShareCard } from '../../lib/seo/share-card.ts';

// `/share/default.png`: the share card of pages without an image of their own.
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await defaultShareCard()), { headers: { 'Content-Type': 'image/png' } });
