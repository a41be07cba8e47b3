/**
 * Which ECharts outline scripts/generate-boundaries.ts checks a subdivision's
 * counties against. ECharts' maps are as old as the county source (about
 * 2016), so a unit whose code changed since is found under its old code, the
 * one its `recoded` rule names (重庆 梁平区 500155 under 梁平县 500228), or
 * by its name (新疆 哈密市 650500 under 652200). A unit that is a gap has no
 * polygon of its own to check.
 */
import type { Feature } from 'geojson';
import { inputText } from '../../i18n/zh-CN/input.ts';
import type { Area } from './boundaries.ts';
import type { BoundaryGap, Recoded } from './source-match.ts';
import type { SubdivisionParts } from './source-geometry.ts';

const m = inputText.boundarySource;

export type OutlineLookup = { outline: Feature<Area> } | { gap: true } | { problem: string };

const idOf = (f: Feature): string | undefined => (f.id === undefined || f.id === null ? undefined : String(f.id));

/** ECharts' map of the province: some unit carries its codes and none another's (上海's 崇明区 has no id). */
export function isProvinceMap(features: readonly Feature[], prefix: string): boolean {
  const ids = features.map(idOf).filter((id) => id !== undefined);
  return ids.length > 0 && ids.every((id) => id.startsWith(prefix));
}

export function echartsOutlineOf(
  sub: SubdivisionParts,
  outlines: readonly Feature<Area>[],
  rules: { recoded: readonly Recoded[]; gaps: readonly BoundaryGap[] },
): OutlineLookup {
  const gaps = new Set(rules.gaps.map((g) => g.code));
  if (sub.parts.every((p) => gaps.has(p))) return { gap: true };
  const exact = outlines.find((f) => idOf(f) === sub.code);
  if (exact) return { outline: exact };
  const oldCodes = new Set(rules.recoded.filter((r) => sub.parts.includes(r.code)).map((r) => r.sourceCode));
  const recoded = outlines.find((f) => oldCodes.has(idOf(f) ?? ''));
  if (recoded) return { outline: recoded };
  // Under its old code with its name (新疆 哈密市 650500, 652200 until 2016), or with no code at all (上海 崇明区).
  const named = outlines.find((f) => f.properties?.['name'] === sub.name);
  if (named) return { outline: named };
  return { problem: m.noOutline(sub) };
}
