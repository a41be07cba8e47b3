import type { APIRoute, GetStaticPaths } from 'astro';
import { contentDir } from '../../lib/content-dir.ts';
import { readBadge, type Badge } from '../../lib/identity/badge.ts';
import { InputError } from '../../lib/input-problem.ts';
import { siteSettings, siteSettingsFile } from '../../lib/site-settings.ts';

// The 党政机关网站标识 named in the settings (identity.badge), copied from the content folder: no page loads it from elsewhere.
const TYPES = { png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif' } as const;

export const getStaticPaths = (() => {
  const path = siteSettings().identity?.badge;
  if (!path) return [];
  const read = readBadge(contentDir(), path, siteSettingsFile());
  if (!read.ok) throw new InputError([read.problem]);
  return [{ params: { file: `badge.${read.badge.type}` }, props: { badge: read.badge } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ badge: Badge }> = ({ props }) =>
  new Response(new Uint8Array(props.badge.bytes), { headers: { 'Content-Type': TYPES[props.badge.type] } });
