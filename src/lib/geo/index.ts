/**
 * Maps of Guangdong as SVG, computed at build time: one projection for every
 * map, city and county shapes as path strings with a label point, points
 * (landmarks) in the same pixel space, and class breaks for choropleth legends.
 *
 * The boundaries are a simplified schematic (示意图): see guangdong.topo.json's
 * `metadata` for sources, licences and simplification, and boundaryGaps() for
 * divisions the source lacks (drawn with the region they were carved from).
 */
import type { FeatureCollection } from 'geojson';
import { geoBounds, geoCentroid, geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import type { PlaceExtent } from '../../i18n/zh-CN/input.ts';
import { regionByCode } from '../regions/index.ts';
import { loadBoundaries, type Area, type Boundaries, type BoundaryGap, type Unit } from './boundaries.ts';
import { labelPointOf, pathOf, spreadLabels, thinRing, type PixelPolygon, type Point } from './svg.ts';
import { boundaryTopology } from './boundary-file.ts';

export { classBreaks, classOf, classRanges } from './classes.ts';
export { loadBoundaries } from './boundaries.ts';
export type { Boundaries, BoundaryGap, Unit } from './boundaries.ts';

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
  /** Name for labels, e.g. 广州. */
  shortName: string;
  /** SVG path data in the map's pixel space (0.1 px). */
  d: string;
  /** Where the label goes: inside the shape, on its largest part. */
  labelAt: Point;
  /**
   * Room around the shape's best label point (px to the nearest edge): drop or
   * shrink a label much wider than twice this. labelAt may have moved off that
   * point so as not to overlap a neighbour's label at labelFontSize(width).
   */
  labelRoom: number;
  /** Region codes this shape stands for: its own, then any gap drawn with it (宝安区 → ['440306', '440311']). */
  covers: string[];
}

export const DEFAULT_MAP_SIZE: Readonly<Required<MapSize>> = Object.freeze({ width: 800, height: 600, padding: 8, minStep: 1 });

let defaultBoundaries: Boundaries | undefined;
function boundaries(): Boundaries {
  defaultBoundaries ??= loadBoundaries(boundaryTopology());
  return defaultBoundaries;
}

/**
 * The one projection of every map: conic equal-area (areas compare fairly on a
 * choropleth), standard parallels 21.5°N and 24.5°N across the province,
 * central meridian 113.5°E; fitted to whatever the map shows.
 */
function baseProjection(): GeoProjection {
  return geoConicEqualArea().parallels([21.5, 24.5]).rotate([-113.5, 0]);
}

function projectionFitted(units: readonly Unit[], size: MapSize): GeoProjection {
  const p = size.padding ?? DEFAULT_MAP_SIZE.padding;
  return baseProjection().fitExtent([[p, p], [size.width - p, size.height - p]], collection(units));
}

function collection(units: readonly Unit[]): FeatureCollection<Area> {
  return { type: 'FeatureCollection', features: units.map((u) => ({ type: 'Feature', properties: null, geometry: u.geometry })) };
}

/** The projection of the province maps, fitted to Guangdong within width × height. */
export function provinceProjection(width: number, height: number, padding = DEFAULT_MAP_SIZE.padding): GeoProjection {
  return projectionFitted(boundaries().cities, { width, height, padding });
}

function unitsOfCity(cityCode: string): Unit[] {
  const city = regionByCode(cityCode);
  if (city?.level !== 'city') throw new Error(`not a city code: ${cityCode}`);
  const counties = boundaries().counties.filter((u) => regionByCode(u.code)?.parent === cityCode);
  // 东莞 and 中山 have no counties: the city is its own single unit.
  return counties.length > 0 ? counties : boundaries().counties.filter((u) => u.code === cityCode);
}

/**
 * Height that fits the province (or, with a city code, that city) at this width
 * without empty bands: use it to size the viewBox.
 */
export function mapHeightFor(width: number, cityCode?: string, padding = DEFAULT_MAP_SIZE.padding): number {
  const units = cityCode ? unitsOfCity(cityCode) : boundaries().cities;
  const projection = baseProjection().fitWidth(width - 2 * padding, collection(units));
  const [[, y0], [, y1]] = geoPath(projection).bounds(collection(units));
  return Math.ceil(y1 - y0 + 2 * padding);
}

/** Font size of the map's labels in px (viewBox units) for a map this wide: about 12 px on screen at 390 px. */
export function labelFontSize(width: number): number {
  return Math.round(width * 0.034);
}

function shapesOf(units: readonly Unit[], projection: GeoProjection, size: MapSize): RegionShape[] {
  const minStep = size.minStep ?? DEFAULT_MAP_SIZE.minStep;
  const drawn = units.map((unit) => {
    const region = regionByCode(unit.code)!;
    const polygons: PixelPolygon[] = (unit.geometry.type === 'Polygon' ? [unit.geometry.coordinates] : unit.geometry.coordinates)
      .map((rings) => rings.map((ring) => thinRing(ring.map((pos) => projection([pos[0]!, pos[1]!]) ?? [NaN, NaN]), minStep)))
      .filter((rings) => (rings[0]?.length ?? 0) >= 3);
    return { unit, region, polygons, label: labelPointOf(polygons) };
  });
  const spread = spreadLabels(
    drawn.map((s) => ({ chars: [...s.region.shortName].length, polygons: s.polygons, at: s.label.at, room: s.label.room })),
    labelFontSize(size.width),
  );
  return drawn.map(({ unit, region, polygons, label }, i) => ({
    code: unit.code,
    name: region.name,
    shortName: region.shortName,
    d: pathOf(polygons),
    labelAt: spread[i]!,
    labelRoom: label.room,
    covers: [...unit.covers],
  }));
}

/** The 21 cities (in code order), projected for a province map of this size. */
export function cityShapes(size: MapSize = DEFAULT_MAP_SIZE): RegionShape[] {
  const { cities } = boundaries();
  return shapesOf(cities, projectionFitted(cities, size), size);
}

/**
 * A city's county-level units, projected for a map of that city at this size
 * (the same projection, fitted to the city). 东莞 and 中山 give one shape, the
 * city itself. A gap region (光明区) has no shape of its own: see `covers`.
 */
export function countyShapes(cityCode: string, size: MapSize = DEFAULT_MAP_SIZE): RegionShape[] {
  const units = unitsOfCity(cityCode);
  return shapesOf(units, projectionFitted(units, size), size);
}

/** A [lng, lat] point on the province map of this size, in px (0.1 px); null if it cannot be projected. */
export function projectPoint(lngLat: readonly [number, number], size: MapSize = DEFAULT_MAP_SIZE): Point | null {
  const xy = provinceProjection(size.width, size.height, size.padding)([lngLat[0], lngLat[1]]);
  return xy ? [Math.round(xy[0] * 10) / 10, Math.round(xy[1] * 10) / 10] : null;
}

/**
 * True when a [lng, lat] point lies in Guangdong as drawn by the boundary file
 * (香港 and 澳门 are outside: they are not part of the province). The boundary
 * is simplified, so a point within a few hundred metres of the coast or a
 * border may be judged by the simplified line.
 */
export function isInsideGuangdong(lngLat: readonly [number, number]): boolean {
  return boundaries().unitAt(lngLat) !== undefined;
}

/**
 * The county-level division (or 东莞/中山) whose polygon contains the point;
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
 * The province's longitude and latitude in whole degrees, and a point in
 * its first city, for messages about coordinates (`应先写经度（约 110–117）`).
 */
export function provinceExtent(): PlaceExtent {
  if (extent) return extent;
  const units = boundaries().cities;
  const [[west, south], [east, north]] = geoBounds(collection(units));
  const [lng, lat] = geoCentroid(collection(units.slice(0, 1)));
  const round2 = (n: number) => Math.round(n * 100) / 100;
  extent = {
    lng: [Math.round(west), Math.round(east)],
    lat: [Math.round(south), Math.round(north)],
    sample: [round2(lng), round2(lat)],
  };
  return extent;
}
