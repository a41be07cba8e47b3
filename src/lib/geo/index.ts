/**
 * Maps of the configured province as SVG, computed at build time: one
 * projection for every map, city and county shapes as path strings with a
 * label point, points (landmarks) in the same pixel space, and class breaks
 * for choropleth legends.
 *
 * The boundaries are a simplified schematic (示意图): see the boundary file's
 * `metadata` (src/lib/geo/data/<code>.topo.json) for sources, licences and
 * simplification, boundaryGaps() for divisions the source lacks (drawn with
 * the region they were carved from), and insetFrames() for far islands drawn
 * in a box of their own.
 */
import type { FeatureCollection } from 'geojson';
import { geoBounds, geoCentroid, geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import type { PlaceExtent } from '../../i18n/zh-CN/input.ts';
import { cityOf, mapLabelOf, placeWords, regionByCode } from '../regions/index.ts';
import { loadBoundaries, type Area, type Boundaries, type BoundaryGap, type Unit } from './boundaries.ts';
import {
  labelPointOf,
  pathOf,
  poleOf,
  polygonArea,
  spreadLabels,
  thinRing,
  type MapDot,
  type PixelPolygon,
  type Point,
} from './svg.ts';
import { boundaryTopology } from './boundary-file.ts';

export { classBreaks, classOf, classRanges } from './classes.ts';
export { gatherDots, type GatheredDot } from './dots.ts';
export type { MapDot, Point } from './svg.ts';
export { loadBoundaries } from './boundaries.ts';
export type { Boundaries, BoundaryGap, Inset, Unit } from './boundaries.ts';

export interface MapSize {
  width: number;
  height: number;
  /** Margin kept free around the shapes, in px; 8 by default. */
  padding?: number;
  /**
   * Points closer than this to the previous one are dropped from paths, in px;
   * 1 by default. Raise it to shrink a page (1.5 px cuts a province map by a quarter).
   */
  minStep?: number;
}

export interface RegionShape {
  code: string;
  /** Official name, e.g. 广州市. */
  name: string;
  /** Name for labels, e.g. 广州, 镶黄旗 (regions' mapLabelOf). */
  shortName: string;
  /** SVG path data in the map's pixel space (0.1 px). */
  d: string;
  /** Where the label goes: inside the shape, on its largest part. */
  labelAt: Point;
  /**
   * Where the label goes at each size of labelFontSizes(width), in that order
   * (moved off its neighbours' labels and the dots at that size); null where a
   * label that large has no spot clear of the others, and is left out.
   */
  labelsAt: (Point | null)[];
  /**
   * Room around the shape's best label point (px to the nearest edge): drop or
   * shrink a label much wider than twice this. labelAt may have moved off that
   * point so as not to overlap a neighbour's label at labelFontSizes(width)[0].
   */
  labelRoom: number;
  /** Region codes this shape stands for: its own, then any gap drawn with it (宝安区 → ['440306', '440311']). */
  covers: string[];
  /** Drawn in an inset box, not to scale (三沙市's islands): a few specks that need an outline to be seen. */
  inset?: true;
}

export const DEFAULT_MAP_SIZE: Readonly<Required<MapSize>> = Object.freeze({ width: 800, height: 600, padding: 8, minStep: 1 });

let defaultBoundaries: Boundaries | undefined;
function boundaries(): Boundaries {
  defaultBoundaries ??= loadBoundaries(boundaryTopology());
  return defaultBoundaries;
}

function collection(units: readonly Unit[]): FeatureCollection<Area> {
  return { type: 'FeatureCollection', features: units.map((u) => ({ type: 'Feature', properties: null, geometry: u.geometry })) };
}

/** The subdivisions the province map draws at scale, and those it draws in a box of their own. */
function provinceUnits(): { main: Unit[]; inset: Unit[] } {
  const insetCodes = new Set(boundaries().insets.flatMap((i) => i.codes));
  const all = boundaries().subdivisions;
  return { main: all.filter((u) => !insetCodes.has(u.code)), inset: all.filter((u) => insetCodes.has(u.code)) };
}

let base: { parallels: [number, number]; meridian: number } | undefined;

/**
 * The one projection of every map: conic equal-area (areas compare fairly on
 * a choropleth), with standard parallels a fifth of the way in from the
 * province's southern and northern edges and the central meridian through
 * its middle, each to the nearest half degree (for Guangdong 21.5°N, 24.5°N
 * and 113.5°E); fitted to whatever the map shows.
 */
function baseProjection(): GeoProjection {
  if (!base) {
    const [[west, south], [east, north]] = geoBounds(collection(provinceUnits().main));
    const half = (degrees: number) => Math.round(degrees * 2) / 2;
    const fifth = (north - south) / 5;
    base = { parallels: [half(south + fifth), half(north - fifth)], meridian: half((west + east) / 2) };
  }
  return geoConicEqualArea().parallels(base.parallels).rotate([-base.meridian, 0]);
}

function projectionFitted(units: readonly Unit[], box: [[number, number], [number, number]]): GeoProjection {
  return baseProjection().fitExtent(box, collection(units));
}

/** Share of a province map's width given to the box of far islands, when it has one. */
const INSET_SHARE = 0.26;

/** A box on the province map that draws far islands apart, not to scale, in viewBox px. */
export interface InsetFrame {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface ProvinceLayout {
  main: GeoProjection;
  inset?: { projection: GeoProjection; frame: InsetFrame; units: Unit[] };
}

const layouts = new Map<string, ProvinceLayout>();

/**
 * How a province map of this size is laid out: the province at scale, and a
 * box in the bottom-right corner for insets. Made once per size: a lighting
 * map projects each of its places at each size of its names.
 */
function provinceLayout(size: MapSize): ProvinceLayout {
  const p = size.padding ?? DEFAULT_MAP_SIZE.padding;
  const key = `${size.width} ${size.height} ${p}`;
  let layout = layouts.get(key);
  if (!layout) {
    layout = layoutOf(size.width, size.height, p);
    layouts.set(key, layout);
  }
  return layout;
}

function layoutOf(mapWidth: number, mapHeight: number, p: number): ProvinceLayout {
  const { main, inset } = provinceUnits();
  if (inset.length === 0)
    return {
      main: projectionFitted(main, [
        [p, p],
        [mapWidth - p, mapHeight - p],
      ]),
    };
  const split = Math.round(mapWidth * (1 - INSET_SHARE));
  const width = mapWidth - split - p;
  const height = Math.min(insetHeightFor(inset, width), mapHeight - 2 * p);
  const frame = { x: split, y: mapHeight - p - height, width, height };
  const inner = 4;
  return {
    main: projectionFitted(main, [
      [p, p],
      [split - p, mapHeight - p],
    ]),
    inset: {
      frame,
      units: inset,
      projection: projectionFitted(inset, [
        [frame.x + inner, frame.y + inner],
        [frame.x + width - inner, frame.y + height - inner],
      ]),
    },
  };
}

function insetHeightFor(units: readonly Unit[], width: number): number {
  const [[, y0], [, y1]] = geoPath(baseProjection().fitWidth(width - 8, collection(units))).bounds(collection(units));
  return Math.ceil(y1 - y0 + 8);
}

/** The boxes a province map of this size draws far islands in (none for most provinces). */
export function insetFrames(size: MapSize = DEFAULT_MAP_SIZE): InsetFrame[] {
  const inset = provinceLayout(size).inset;
  return inset ? [inset.frame] : [];
}

/** The projection of the province maps at scale, fitted to the province within width × height. */
export function provinceProjection(width: number, height: number, padding = DEFAULT_MAP_SIZE.padding): GeoProjection {
  return provinceLayout({ width, height, padding }).main;
}

/** The units of a city's map: its counties, or the city itself when it has none (东莞, 儋州), or a county directly under the province. */
function unitsOfCity(cityCode: string): Unit[] {
  const region = regionByCode(cityCode);
  const subdivision = region && region.level !== 'province' && cityOf(cityCode)?.code === cityCode;
  if (!subdivision) throw new Error(`not a city code: ${cityCode}`);
  const counties = boundaries().counties.filter((u) => regionByCode(u.code)?.parent === cityCode);
  return counties.length > 0 ? counties : boundaries().counties.filter((u) => u.code === cityCode);
}

/**
 * Height that fits the province (or, with a city code, that city) at this width
 * without empty bands: use it to size the viewBox.
 */
export function mapHeightFor(width: number, cityCode?: string, padding = DEFAULT_MAP_SIZE.padding): number {
  const heightOf = (units: readonly Unit[], w: number) => {
    const projection = baseProjection().fitWidth(w - 2 * padding, collection(units));
    const [[, y0], [, y1]] = geoPath(projection).bounds(collection(units));
    return Math.ceil(y1 - y0 + 2 * padding);
  };
  if (cityCode) return heightOf(unitsOfCity(cityCode), width);
  const { main, inset } = provinceUnits();
  if (inset.length === 0) return heightOf(main, width);
  const split = Math.round(width * (1 - INSET_SHARE));
  return Math.max(heightOf(main, split), insetHeightFor(inset, width - split - padding) + 2 * padding);
}

/**
 * The sizes a map's labels are laid out at, as shares of the map's width, each
 * a third larger than the one before: the page shows the smallest that is at
 * least the reader's label size on screen (RegionMap picks it by the map's
 * width in those sizes, a container query; 大字模式's labels are 24 px and up).
 */
export const LABEL_SCALES = [0.034, 0.045, 0.06, 0.08, 0.107] as const;

/** Font sizes of the map's labels in px (viewBox units) for a map this wide, one per LABEL_SCALES: the first about 12 px on screen at 390 px. */
export function labelFontSizes(width: number): number[] {
  return LABEL_SCALES.map((scale) => Math.round(width * scale));
}

/**
 * Radius of a landmark's dot in px (viewBox units) on a map whose names are
 * this size (one of labelFontSizes): a third of a name's height, at least 5.
 * A dot that carries a number (several places in one spot, see gatherDots)
 * holds two digits at the names' own size, so that the number is as
 * legible as the names: in 大字模式 as large as they are.
 */
export function dotRadius(fontSize: number, numbered = false): number {
  return numbered ? Math.round(fontSize * 7) / 10 : Math.max(5, fontSize / 3);
}

/** GB/T 2260 numbers each province's capital first among its cities (440100 广州, 460100 海口, 650100 乌鲁木齐). */
const isProvincialCapital = (code: string) => /^\d\d0100$/.test(code);

function shapesOf(
  units: readonly Unit[],
  projection: GeoProjection,
  size: MapSize,
  dots: readonly (readonly MapDot[])[],
): RegionShape[] {
  const minStep = size.minStep ?? DEFAULT_MAP_SIZE.minStep;
  const drawn = units.map((unit) => {
    const region = regionByCode(unit.code)!;
    const polygons: PixelPolygon[] = (unit.geometry.type === 'Polygon' ? [unit.geometry.coordinates] : unit.geometry.coordinates)
      .map((rings) =>
        rings.map((ring) =>
          thinRing(
            ring.map((pos) => projection([pos[0]!, pos[1]!]) ?? [NaN, NaN]),
            minStep,
          ),
        ),
      )
      .filter((rings) => (rings[0]?.length ?? 0) >= 3);
    return { unit, region, polygons, label: labelPointOf(polygons) };
  });
  const boxes = drawn.map((s) => ({
    chars: [...mapLabelOf(s.region.name)].length,
    polygons: s.polygons,
    at: s.label.at,
    room: s.label.room,
    first: isProvincialCapital(s.unit.code),
    code: s.unit.code,
  }));
  const spreads = labelFontSizes(size.width).map((fontSize, set) => spreadLabels(boxes, fontSize, dots[set] ?? [], size));
  return drawn.map(({ unit, region, polygons, label }, i) => ({
    code: unit.code,
    name: region.name,
    shortName: mapLabelOf(region.name),
    d: pathOf(polygons),
    labelAt: spreads[0]![i] ?? label.at,
    labelsAt: spreads.map((spread) => spread[i]!),
    labelRoom: label.room,
    covers: [...unit.covers],
  }));
}

/**
 * The province's subdivisions (its cities, and any county directly under it),
 * in code order, projected for a province map of this size; far islands
 * (insetFrames) are drawn in their box. `dots`: the landmarks the map draws
 * at each size of labelFontSizes, in that order (projectPoint, dotRadius,
 * gathered for that size), which that size's labels move off.
 */
export function cityShapes(size: MapSize = DEFAULT_MAP_SIZE, dots: readonly (readonly MapDot[])[] = []): RegionShape[] {
  const layout = provinceLayout(size);
  const shapes = shapesOf(provinceUnits().main, layout.main, size, dots);
  if (layout.inset)
    shapes.push(...shapesOf(layout.inset.units, layout.inset.projection, size, dots).map((s) => ({ ...s, inset: true as const })));
  const order = boundaries().subdivisions.map((u) => u.code);
  return shapes.sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code));
}

/**
 * A city's county-level units, projected for a map of that city at this size
 * (the same projection, fitted to the city). A city without counties gives one
 * shape, the city itself. A gap region (光明区) has no shape of its own: see `covers`.
 */
export function countyShapes(cityCode: string, size: MapSize = DEFAULT_MAP_SIZE): RegionShape[] {
  const units = unitsOfCity(cityCode);
  const p = size.padding ?? DEFAULT_MAP_SIZE.padding;
  return shapesOf(
    units,
    projectionFitted(units, [
      [p, p],
      [size.width - p, size.height - p],
    ]),
    size,
    [],
  );
}

/** A [lng, lat] point on the province map of this size, in px (0.1 px); null if it cannot be projected. In an inset's island, it is placed in the inset. */
export function projectPoint(lngLat: readonly [number, number], size: MapSize = DEFAULT_MAP_SIZE): Point | null {
  const layout = provinceLayout(size);
  const unit = layout.inset ? boundaries().unitAt(lngLat) : undefined;
  const inInset = unit && layout.inset!.units.some((u) => cityOf(unit.code)?.code === u.code);
  const xy = (inInset ? layout.inset!.projection : layout.main)([lngLat[0], lngLat[1]]);
  return xy ? [Math.round(xy[0] * 10) / 10, Math.round(xy[1] * 10) / 10] : null;
}

/**
 * True when a [lng, lat] point lies in the province as drawn by the boundary
 * file (for Guangdong, 香港 and 澳门 are outside: they are not part of it). The
 * boundary is simplified, so a point within a few hundred metres of the coast
 * or a border may be judged by the simplified line.
 */
export function isInsideProvince(lngLat: readonly [number, number]): boolean {
  return boundaries().unitAt(lngLat) !== undefined;
}

/** Whether the boundary file can be read; when not, npm run check says why (check-inputs.ts), and what needs it waits. */
export function boundariesLoad(): boolean {
  try {
    boundaries();
    return true;
  } catch {
    return false;
  }
}

/**
 * Every region code the polygon holding a [lng, lat] point stands for (its
 * county, and any division drawn with it: 宝安 → 宝安, 光明); none outside the province.
 */
export function regionsAt(lngLat: readonly [number, number]): readonly string[] {
  return boundaries().unitAt(lngLat)?.covers ?? [];
}

/**
 * The county-level division (or a city without counties) whose polygon contains the point;
 * for a point in a gap region's area it is the region drawn with it (光明 → 宝安区).
 */
export function countyCodeAt(lngLat: readonly [number, number]): string | undefined {
  return boundaries().unitAt(lngLat)?.code;
}

/** Divisions the boundary source lacks and how each is drawn; footnote them on the map. */
export function boundaryGaps(): readonly BoundaryGap[] {
  return boundaries().gaps;
}

let extent: PlaceExtent | undefined;

/**
 * A point well inside a division, rounded to two decimals (more where two
 * would leave it), for an example that must lie in it: the pole of
 * inaccessibility of its largest part, in degrees. Undefined for a code
 * no unit of the boundary file stands for.
 */
export function pointInside(code: string): [number, number] | undefined {
  const unit = boundaries().counties.find((u) => u.covers.includes(code));
  if (!unit) return undefined;
  const parts: PixelPolygon[] = (unit.geometry.type === 'Polygon' ? [unit.geometry.coordinates] : unit.geometry.coordinates).map(
    (rings) => rings.map((ring) => ring.map((p): Point => [p[0]!, p[1]!])),
  );
  const largest = parts.reduce((a, b) => (polygonArea(b) > polygonArea(a) ? b : a));
  const [lng, lat] = poleOf(largest, 0.0005);
  for (let digits = 2; digits <= 6; digits++) {
    const round = (n: number) => Math.round(n * 10 ** digits) / 10 ** digits;
    const point: [number, number] = [round(lng), round(lat)];
    if (countyCodeAt(point) === unit.code) return point;
  }
  return [lng, lat];
}

/**
 * The province's longitude and latitude in whole degrees, and a point in the
 * division its examples name (its first city's first district: placeWords'
 * `typed`, 广州市荔湾区), for messages about coordinates (`应先写经度（约
 * 110–117）`) and the example venue beside that district's address.
 */
export function provinceExtent(): PlaceExtent {
  if (extent) return extent;
  const units = provinceUnits().main;
  const [[west, south], [east, north]] = geoBounds(collection(units));
  const round2 = (n: number) => Math.round(n * 100) / 100;
  const centroid = (): [number, number] => {
    const [lng, lat] = geoCentroid(collection(units.slice(0, 1)));
    return [round2(lng), round2(lat)];
  };
  extent = {
    lng: [Math.round(west), Math.round(east)],
    lat: [Math.round(south), Math.round(north)],
    sample: pointInside(placeWords().typed.countyCode) ?? centroid(),
  };
  return extent;
}
