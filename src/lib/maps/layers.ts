import { classBreaks, classOf, classRanges } from '../geo/index.ts';
import type { CeremonyProgress, CeremonyStatus } from '../opening/index.ts';
import type { RegionProgress, ReportStatus } from '../stats/index.ts';
import { maps } from '../../i18n/zh-CN/maps.ts';
import { stats } from '../../i18n/zh-CN/stats.ts';

/**
 * The progress map's switchable layers: for each, a class per region and a
 * legend with the real class breaks of the figures shown. The page draws one
 * SVG and lets CSS colour it by the chosen layer, so no JavaScript is needed.
 */
export type LayerKey = 'status' | 'activities' | 'participants' | 'opening';

/**
 * The map's colours, by name. Pages may carry no inline style (the
 * Content-Security-Policy), so a stylesheet colours paths and legend swatches
 * by these names (src/styles/map-palette.css, kept equal by a test); the
 * colour itself is also a path's fill attribute, for the first layer.
 */
export const MAP_PALETTE = {
  ok: '#2b7a3d',
  late: '#d98a00',
  none: '#c4c9cf',
  // Sequential blues, light to dark (ColorBrewer Blues 5).
  blue1: '#c6dbef',
  blue2: '#9ecae1',
  blue3: '#6baed6',
  blue4: '#3182bd',
  blue5: '#08519c',
} as const;
export type Swatch = keyof typeof MAP_PALETTE;

export const LAYER_KEYS = ['status', 'activities', 'participants', 'opening'] as const satisfies readonly LayerKey[];

export interface LegendItem {
  /** CSS class suffix, unique within the layer. */
  cls: string;
  label: string;
  swatch: Swatch;
  color: string;
}

const item = (cls: string, label: string, swatch: Swatch): LegendItem => ({ cls, label, swatch, color: MAP_PALETTE[swatch] });

export interface MapLayer {
  key: LayerKey;
  title: string;
  legend: LegendItem[];
  /** Region code → legend class. */
  classOf: Record<string, string>;
}

const STATUS_SWATCHES: Record<ReportStatus, Swatch> = { on_time: 'ok', late: 'late', not_reported: 'none' };
const CEREMONY_SWATCHES: Record<CeremonyStatus, Swatch> = { before_deadline: 'ok', after_deadline: 'late', none: 'none' };
const BLUES: readonly Swatch[] = ['blue1', 'blue2', 'blue3', 'blue4', 'blue5'];
const NO_REPORT: LegendItem = item('none', stats.status.not_reported, STATUS_SWATCHES.not_reported);
const words = maps.layers;

const fmt = (n: number) => n.toLocaleString('zh-CN');

function rangeLabel(range: { from?: number; to?: number }, unit: string): string {
  if (range.from === undefined && range.to === undefined) return words.all;
  if (range.from === undefined) return words.below(fmt(range.to!), unit);
  if (range.to === undefined) return words.atLeast(fmt(range.from), unit);
  // A class of one value (18 up to 19) is that value, not `18–18`.
  if (range.to - 1 === range.from) return words.exactly(fmt(range.from), unit);
  return words.between(fmt(range.from), fmt(range.to - 1), unit);
}

function figureLayer(key: 'activities' | 'participants', title: string, unit: string, regions: readonly RegionProgress[]): MapLayer {
  const values = regions.flatMap((r) => (r[key] === null ? [] : [r[key]]));
  const breaks = classBreaks(values, 5);
  const ranges = classRanges(breaks);
  // Spread the colours over the scale even when there are fewer than five classes.
  const colorAt = (i: number) => BLUES[ranges.length === 1 ? 2 : Math.round((i * (BLUES.length - 1)) / (ranges.length - 1))]!;
  const legend: LegendItem[] = ranges.map((range, i) => item(`c${i}`, rangeLabel(range, unit), colorAt(i)));
  const classes: Record<string, string> = {};
  for (const r of regions) classes[r.code] = r[key] === null ? 'none' : `c${classOf(r[key], breaks)}`;
  if (regions.some((r) => r[key] === null)) legend.push(NO_REPORT);
  return { key, title, legend, classOf: classes };
}

export function progressLayers(regions: readonly RegionProgress[], ceremonies: readonly CeremonyProgress[]): MapLayer[] {
  const statusClasses: Record<string, string> = {};
  for (const r of regions) statusClasses[r.code] = r.status;
  const ceremonyByCode = new Map(ceremonies.map((c) => [c.code, c.status]));
  const openingClasses: Record<string, string> = {};
  for (const r of regions) openingClasses[r.code] = ceremonyByCode.get(r.code) ?? 'none';
  const statuses = Object.keys(STATUS_SWATCHES) as ReportStatus[];
  const ceremonyStatuses = Object.keys(CEREMONY_SWATCHES) as CeremonyStatus[];
  return [
    {
      key: 'status',
      title: words.status,
      legend: statuses.map((s) => item(s, stats.status[s], STATUS_SWATCHES[s])),
      classOf: statusClasses,
    },
    figureLayer('activities', words.activities, words.units.activities, regions),
    figureLayer('participants', words.participants, words.units.participants, regions),
    {
      key: 'opening',
      title: words.opening,
      legend: ceremonyStatuses.map((s) => item(s, stats.ceremony[s], CEREMONY_SWATCHES[s])),
      classOf: openingClasses,
    },
  ];
}

/** The legend entry a region falls in, in a layer. */
function legendItemOf(layer: MapLayer, code: string): LegendItem {
  const cls = layer.classOf[code];
  return layer.legend.find((entry) => entry.cls === cls) ?? NO_REPORT;
}

/** The colour a region has in a layer (the map's fill attribute, for the layer shown first). */
export function colorIn(layer: MapLayer, code: string): string {
  return legendItemOf(layer, code).color;
}

/** The palette name of a region's colour in a layer (its class on the map, for the stylesheet). */
export function swatchIn(layer: MapLayer, code: string): Swatch {
  return legendItemOf(layer, code).swatch;
}
