/**
 * The province's boundaries as GeoJSON, from a TopoJSON file whose object
 * `counties` has one geometry per drawn unit with property `code` (the
 * committed src/lib/geo/data/<code>.topo.json, made by
 * scripts/generate-boundaries.ts, or an approved file of the deploying office
 * in the same shape). Cities are merged from their counties here, so a city
 * and its counties always share their borders.
 *
 * Only the province's own area is in the file: a point outside it (for
 * Guangdong, in 香港 or 澳门) is outside the province.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { geoBounds, geoContains } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import { inputText } from '../../i18n/zh-CN/input.ts';
import { allCounties, cities, countiesOf, province, regionByCode, subdivisions } from '../regions/index.ts';
import type { BoundaryGap } from './source-match.ts';

export type { BoundaryGap } from './source-match.ts';

export type Area = Polygon | MultiPolygon;

/** A drawn unit: a county, a city without counties (东莞), or a city merged from its counties. */
export interface Unit {
  code: string;
  geometry: Area;
  /** Every region code this polygon stands for: itself, then any gap drawn with it (宝安 → 宝安, 光明). */
  covers: string[];
}

interface UnitProperties {
  code: string;
}

/** Units the province map draws in a box of their own (三沙市, far south of Hainan Island). */
export interface Inset {
  codes: string[];
  reason: string;
}

type BoundaryTopology = Topology<{ counties: GeometryCollection<UnitProperties> }> & {
  metadata?: { gaps?: BoundaryGap[]; insets?: Inset[] };
};

export interface Boundaries {
  /** Units of the county object: counties, cities without counties, and any city drawn whole for its counties. */
  counties: readonly Unit[];
  /** The province's subdivisions (its cities, each merged from its units, and the counties directly under it), in code order. */
  subdivisions: readonly Unit[];
  gaps: readonly BoundaryGap[];
  /** Subdivisions drawn apart from the rest on the province map. */
  insets: readonly Inset[];
  /** The county-level unit (or city without counties) that contains a [lng, lat] point. */
  unitAt(point: readonly [number, number]): Unit | undefined;
}

export function loadBoundaries(topology: unknown): Boundaries {
  const topo = topology as BoundaryTopology;
  const object = topo.objects?.counties;
  if (topo.type !== 'Topology' || object?.type !== 'GeometryCollection') {
    throw new Error(inputText.boundaries.notTopology);
  }
  const gaps = topo.metadata?.gaps ?? [];
  const gapsOf = (code: string) => gaps.filter((g) => g.drawnWith === code).map((g) => g.code);

  const codeOf = (g: (typeof object.geometries)[number]): string | undefined =>
    // The rule misreads `{} | UnitProperties` (a null geometry's properties) as this type.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    (g.properties as Partial<UnitProperties> | undefined)?.code;
  const counties: Unit[] = object.geometries.map((g) => {
    const code = codeOf(g);
    if (!code || !regionByCode(code)) throw new Error(inputText.boundaries.unknownCode(String(code), province().name));
    const f = feature(topo, g) as Feature<Area>;
    return { code, geometry: f.geometry, covers: [code, ...gapsOf(code)] };
  });

  // Every division must be drawn, alone or as a gap inside another's polygon.
  const drawn = new Set(counties.flatMap((u) => u.covers));
  const undrawn = [...cities(), ...allCounties()]
    .filter((r) => !drawn.has(r.code) && (r.level === 'county' || countiesOf(r.code).length === 0))
    .map((r) => `${r.name} ${r.code}`);
  if (undrawn.length > 0) throw new Error(inputText.boundaries.undrawn(undrawn));

  const subdivisionUnits: Unit[] = subdivisions().map((sub) => {
    const own = new Set([sub.code, ...countiesOf(sub.code).map((c) => c.code)]);
    const parts = object.geometries.filter((g) => own.has(codeOf(g) ?? ''));
    if (parts.length === 0) throw new Error(inputText.boundaries.cityMissing(sub.name, sub.code));
    return { code: sub.code, geometry: merge(topo, parts as never), covers: [sub.code] };
  });

  // Bounding boxes make the point look-up cheap.
  const boxes = counties.map((u) => geoBounds({ type: 'Feature', properties: null, geometry: u.geometry }));
  function unitAt(point: readonly [number, number]): Unit | undefined {
    const [lng, lat] = point;
    if (!Number.isFinite(lng) || !Number.isFinite(lat)) return undefined;
    return counties.find((u, i) => {
      const [[w, s], [e, n]] = boxes[i]!;
      return (
        lng >= w &&
        lng <= e &&
        lat >= s &&
        lat <= n &&
        geoContains({ type: 'Feature', properties: null, geometry: u.geometry }, [lng, lat])
      );
    });
  }

  return { counties, subdivisions: subdivisionUnits, gaps, insets: topo.metadata?.insets ?? [], unitAt };
}
