/**
 * Which ECharts outline scripts/generate-boundaries.ts checks a subdivision's
 * counties against. ECharts' maps are as old as the county source (about
 * 2016), so a unit whose code changed since is found under its old code, the
 * one its `recoded` rule names (重庆 梁平区 500155 under 梁平县 500228), or
 * by its name (新疆 哈密市 650500 under 652200). A unit that is a gap has no
 * polygon of its own to check. A county that has moved to another city since
 * is checked with the city ECharts drew it in, the one its `moved` rule names
 * (吉林 公主岭市, 四平's until 2020 and 长春's now).
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

/** A county under another city than in ECharts' outlines: `from` is the city ECharts drew it in. */
export interface Moved {
  code: string;
  name: string;
  from: string;
  why: string;
}

/**
 * The divisions ECharts' outline of `sub` covers: its parts as the region
 * data has them, less the counties that have moved to it since, plus those
 * that have moved away from it.
 */
export function partsAsOutlined(sub: SubdivisionParts, moved: readonly Moved[]): string[] {
  const away = new Set(moved.map((m) => m.code));
  return [...sub.parts.filter((p) => !away.has(p)), ...moved.filter((m) => m.from === sub.code).map((m) => m.code)];
}

interface Division {
  code: string;
  name: string;
  parent?: string;
}

/** A `moved` rule must name a county of the region data by its name, and a city of the province other than its own now. */
export function movedRuleProblems(
  moved: readonly Moved[],
  data: { cities: readonly Division[]; counties: readonly Division[] },
): string[] {
  return moved.flatMap((rule) => {
    const county = data.counties.find((c) => c.code === rule.code);
    const from = data.cities.some((c) => c.code === rule.from);
    return county && county.name === rule.name && from && county.parent !== rule.from ? [] : [m.badMove(rule, rule.from)];
  });
}

/** A unit whose polygon is empty in the county source, drawn from ECharts' outline of it (天津 蓟州区). */
export interface FromOutline {
  code: string;
  name: string;
  why: string;
}

/**
 * The polygon to draw a source unit with: its own, or, when a `fromOutline`
 * rule names it (code and name), ECharts' outline of the same code;
 * undefined when the rule names a unit ECharts does not draw.
 */
export function geometryToDraw(
  unit: { code: string; name: string },
  own: Area,
  outlines: readonly Feature<Area>[],
  fromOutline: readonly FromOutline[],
): Area | undefined {
  if (!fromOutline.some((o) => o.code === unit.code && o.name === unit.name)) return own;
  return outlines.find((o) => idOf(o) === unit.code)?.geometry;
}
