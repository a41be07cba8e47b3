/**
 * Source polygons made fit for a topology, and the check that the cities the
 * maps draw cover their counties; for scripts/generate-boundaries.ts.
 *
 * The maps merge a city from its counties with topojson-client's `merge`,
 * which dissolves only the borders that two counties share as one arc,
 * traversed once each way. Some sources break that: 浙江's counties wind
 * either way and double back along their borders (A, B, A), so `merge` took
 * the leftover arcs for holes and 金华 came out at 4,133 of its 10,947 km².
 */
import { geoArea } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import { feature, merge, mergeArcs } from 'topojson-client';
import { inputText } from '../../i18n/zh-CN/input.ts';

type Area = Polygon | MultiPolygon;
type Position = [number, number];

const EARTH_RADIUS_KM = 6371.0088;

export function polygonsOf(geometry: Area): Polygon['coordinates'][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Area in km² whatever the rings' winding. */
export function km2AnyWinding(geometry: Area): number {
  const ringKm2 = (ring: Polygon['coordinates'][number]) => {
    const a = geoArea({ type: 'Polygon', coordinates: [ring] });
    return Math.min(a, 4 * Math.PI - a) * EARTH_RADIUS_KM ** 2;
  };
  return polygonsOf(geometry).reduce(
    (sum, [outer, ...holes]) => sum + (outer ? ringKm2(outer) : 0) - holes.reduce((h, r) => h + ringKm2(r), 0),
    0,
  );
}

const same = (p: readonly number[] | undefined, q: readonly number[] | undefined): boolean =>
  !!p && !!q && p[0] === q[0] && p[1] === q[1];

/**
 * A closed ring without repeated points (each would be a junction that cuts
 * borders into arcs too small to simplify) and without spikes (A, B, A: the
 * ring goes out along a line and back), closed as GeoJSON rings are; an
 * empty array if nothing with an area is left.
 */
function cleanRing(ring: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    if (same(out.at(-1), p)) continue;
    out.push(p);
    // B doubled back to A: drop B and the second A.
    while (out.length >= 3 && same(out.at(-1), out.at(-3))) out.splice(-2, 2);
  }
  // The same where the ring closes: the tip of a spike there is its first or its last point.
  while (same(out.at(-1), out[0])) out.pop();
  for (;;) {
    if (out.length >= 3 && same(out.at(-1), out[1])) out.shift();
    else if (out.length >= 3 && same(out.at(-2), out[0])) out.pop();
    else break;
    out.pop();
  }
  return out.length >= 3 ? [...out, out[0]!] : [];
}

/** Twice the signed planar area: positive for a counter-clockwise ring (longitude east, latitude north). */
function shoelace(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1]![0] * ring[i]![1] - ring[i]![0] * ring[i - 1]![1];
  return sum;
}

/**
 * A source polygon as topojson's `merge` needs it: no repeated points, no
 * spikes, exterior rings clockwise and holes counter-clockwise (d3-geo's
 * winding), so two neighbours traverse their shared border in opposite
 * directions. `null` if nothing with an area is left (an empty source polygon).
 */
export function cleanSourceGeometry(geometry: Area): Area | null {
  const polygons = polygonsOf(geometry)
    .map((rings) =>
      rings
        .map((r) => cleanRing(r as Position[]))
        .filter((r) => r.length > 0)
        .map((r, i) => (shoelace(r) < 0 === (i === 0) ? r : [...r].reverse())),
    )
    .filter((rings) => rings.length > 0);
  if (polygons.length === 0) return null;
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * One geometry per code: source units recoded to one division (杭州 下城区
 * into 拱墅区 330105) are merged along their shared border, so the maps draw
 * and label the division once. Run `cityAreaProblems` on each code first.
 */
export function oneGeometryPerCode(topology: Topology): Topology {
  type Unit = GeometryObject & { properties?: { code?: string } };
  const units = (topology.objects['counties'] as { geometries: Unit[] }).geometries;
  const byCode = Map.groupBy(units, (g) => g.properties?.code ?? '');
  const geometries = [...byCode].map(([code, parts]) =>
    parts.length === 1 ? parts[0]! : { ...mergeArcs(topology, parts as Parameters<typeof mergeArcs>[1]), properties: { code } },
  );
  return { ...topology, objects: { ...topology.objects, counties: { type: 'GeometryCollection', geometries } } };
}

export interface SubdivisionParts {
  code: string;
  name: string;
  /** Its own code and its counties' codes. */
  parts: readonly string[];
}

/**
 * Each city's area merged as the maps merge it (src/lib/geo/boundaries.ts),
 * against the sum of its units in the same file (or a division's, against its
 * source units): a problem, naming it, where they differ by more than `tolerance`.
 */
export function cityAreaProblems(topology: Topology, subdivisions: readonly SubdivisionParts[], tolerance: number): string[] {
  const units = (topology.objects['counties'] as { geometries: (GeometryObject & { properties?: { code?: string } })[] }).geometries;
  const problems: string[] = [];
  for (const sub of subdivisions) {
    const own = new Set(sub.parts);
    const parts = units.filter((g) => own.has(g.properties?.code ?? ''));
    if (parts.length < 2) continue;
    const sum = parts.reduce((s, g) => s + km2AnyWinding((feature(topology, g) as Feature<Area>).geometry), 0);
    const merged = km2AnyWinding(merge(topology, parts as Parameters<typeof merge>[1]));
    if (!(Math.abs(merged / sum - 1) <= tolerance)) {
      problems.push(inputText.boundarySource.cityArea(sub, Math.round(merged), Math.round(sum), tolerance));
    }
  }
  return problems;
}
