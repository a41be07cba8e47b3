/**
 * Decoder for ECharts' compressed GeoJSON (`"UTF8Encoding": true`), as used by
 * the map files of echarts 4 (e.g. map/json/province/hainan.json).
 *
 * Port of `decode`/`decodePolygon` in echarts 4.9.0 src/coord/geo/parseGeoJson.js
 * (Apache-2.0): each ring is a string of character pairs; a pair is an (x, y)
 * delta, zigzag-encoded and offset by 64, starting from the ring's
 * `encodeOffsets`; coordinates are integers in units of 1/scale degree
 * (scale = `UTF8Scale`, 1024 by default).
 *
 * Used only by scripts/generate-boundaries.ts, to cross-check the county
 * source against ECharts' city outlines; kept here so it is unit-tested.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

interface EncodedGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: unknown;
  encodeOffsets?: unknown;
}

export interface EncodedFeatureCollection {
  type: 'FeatureCollection';
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: { type: 'Feature'; id?: string | number; properties: Record<string, unknown>; geometry: EncodedGeometry }[];
}

/** Decodes one ring. `offsets` is the ring's [x, y] start in scaled units. */
export function decodeRing(encoded: string, offsets: readonly [number, number], scale = 1024): Position[] {
  const ring: Position[] = [];
  let prevX = offsets[0];
  let prevY = offsets[1];
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    // Zigzag: 0, -1, 1, -2, 2 … are stored as 0, 1, 2, 3, 4 …
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

/**
 * Returns a plain GeoJSON FeatureCollection (rings decoded, `encodeOffsets`
 * dropped). A collection that is not encoded is returned with its geometries
 * copied as they are.
 */
export function decodeEchartsGeoJson(json: EncodedFeatureCollection): FeatureCollection<Polygon | MultiPolygon> {
  const scale = json.UTF8Scale ?? 1024;
  const encoded = json.UTF8Encoding === true;
  const features = json.features.map((feature): Feature<Polygon | MultiPolygon> => {
    const { type, coordinates, encodeOffsets } = feature.geometry;
    let geometry: Polygon | MultiPolygon;
    if (!encoded) {
      geometry = { type, coordinates } as Polygon | MultiPolygon;
    } else if (type === 'Polygon') {
      const rings = coordinates as string[];
      const offsets = encodeOffsets as [number, number][];
      geometry = { type, coordinates: rings.map((r, i) => decodeRing(r, offsets[i]!, scale)) };
    } else {
      const polygons = coordinates as string[][];
      const offsets = encodeOffsets as [number, number][][];
      geometry = {
        type,
        coordinates: polygons.map((rings, p) => rings.map((r, i) => decodeRing(r, offsets[p]![i]!, scale))),
      };
    }
    const out: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: feature.properties, geometry };
    if (feature.id !== undefined) out.id = feature.id;
    return out;
  });
  return { type: 'FeatureCollection', features };
}
