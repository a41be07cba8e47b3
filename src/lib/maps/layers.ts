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

export interface LegendItem {
  /** CSS class suffix, unique within the layer. */
  cls: string;
  label: string;
  color: string;
}

export interface MapLayer {
  key: LayerKey;
  title: string;
  legend: LegendItem[];
  /** Region code → legend class. */
  classOf: Record<string, string>;
}

const STATUS_COLORS: Record<ReportStatus, string> = { on_time: '#2b7a3d', late: '#d98a00', not_reported: '#c4c9cf' };
const CEREMONY_COLORS: Record<CeremonyStatus, string> = { before_deadline: '#2b7a3d', after_deadline: '#d98a00', none: '#c4c9cf' };
/** Sequential blues, light to dark (ColorBrewer Blues 5). */
const BLUES = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
const NO_REPORT: LegendItem = { cls: 'none', label: stats.status.not_reported, color: STATUS_COLORS.not_reported };
const words = maps.layers;

const fmt = (n: number) => n.toLocaleString('zh-CN');

function rangeLabel(range: { from?: number; to?: number }, unit: string): string {
  if (range.from === undefined && range.to === undefined) return words.all;
  if (range.from === undefined) return words.below(fmt(range.to!), unit);
  if (range.to === undefined) return words.atLeast(fmt(range.from), unit);
  return words.between(fmt(range.from), fmt(range.to - 1), unit);
}

function figureLayer(key: 'activities' | 'participants', title: string, unit: string, regions: readonly RegionProgress[]): MapLayer {
  const values = regions.flatMap((r) => (r[key] === null ? [] : [r[key]]));
  const breaks = classBreaks(values, 5);
  const ranges = classRanges(breaks);
  // Spread the colours over the scale even when there are fewer than five classes.
  const colorAt = (i: number) => BLUES[ranges.length === 1 ? 2 : Math.round((i * (BLUES.length - 1)) / (ranges.length - 1))]!;
  const legend: LegendItem[] = ranges.map((range, i) => ({ cls: `c${i}`, label: rangeLabel(range, unit), color: colorAt(i) }));
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
  const statuses = Object.keys(STATUS_COLORS) as ReportStatus[];
  const ceremonyStatuses = Object.keys(CEREMONY_COLORS) as CeremonyStatus[];
  return [
    {
      key: 'status',
      title: words.status,
      legend: statuses.map((s) => ({ cls: s, label: stats.status[s], color: STATUS_COLORS[s] })),
      classOf: statusClasses,
    },
    figureLayer('activities', words.activities, words.units.activities, regions),
    figureLayer('participants', words.participants, words.units.participants, regions),
    {
      key: 'opening',
      title: words.opening,
      legend: ceremonyStatuses.map((s) => ({ cls: s, label: stats.ceremony[s], color: CEREMONY_COLORS[s] })),
      classOf: openingClasses,
    },
  ];
}

/** The colour a region has in a layer (the map's fill without CSS, and the table's swatch). */
export function colorIn(layer: MapLayer, code: string): string {
  const cls = layer.classOf[code];
  return layer.legend.find((item) => item.cls === cls)?.color ?? NO_REPORT.color;
}
