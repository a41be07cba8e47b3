import { geoArea } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { unitSquare } from '../../../tests/support/unit-square.ts';
import { cityAreaProblems, cleanSourceGeometry, km2AnyWinding, oneGeometryPerCode } from './source-geometry.ts';

const points = (p: Polygon) => p.coordinates.flat().map((q) => `${q[0]},${q[1]}`);
/** Directed edges of the exterior ring. */
const edges = (p: Polygon) => p.coordinates[0]!.slice(1).map((q, i) => `${p.coordinates[0]![i]!.join()} → ${q.join()}`);

describe('cleanSourceGeometry (source polygons fit for merging into cities)', () => {
  it('winds every exterior ring clockwise, so d3 reads the county and not the rest of the globe', () => {
    const source = unitSquare(0);
    const cleaned = cleanSourceGeometry(source) as Polygon;
    expect(geoArea(cleaned) * 6371.0088 ** 2).toBeCloseTo(km2AnyWinding(source), 0);
  });

  it('makes two neighbours wound opposite ways run along their shared border in opposite directions', () => {
    const clockwise: Polygon = { type: 'Polygon', coordinates: [[...unitSquare(1).coordinates[0]!].reverse()] };
    const [a, b] = [cleanSourceGeometry(unitSquare(0)) as Polygon, cleanSourceGeometry(clockwise) as Polygon];
    const shared = edges(a).filter((e) => e.startsWith('1,') && e.includes('→ 1,'));
    expect(shared).toHaveLength(1);
    const [from, to] = shared[0]!.split(' → ');
    expect(edges(b)).toContain(`${to} → ${from}`);
  });

  it('drops a spike (a border walked out and back), wherever the ring starts', () => {
    const ring: [number, number][] = [
      [0, 0],
      [0, 1],
      [0.5, 1],
      [0.5, 2],
      [0.5, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ];
    for (let start = 0; start < ring.length - 1; start++) {
      const open = ring.slice(0, -1);
      const rotated = [...open.slice(start), ...open.slice(0, start)];
      const cleaned = cleanSourceGeometry({ type: 'Polygon', coordinates: [[...rotated, rotated[0]!]] }) as Polygon;
      expect(points(cleaned), `starting at point ${start}`).not.toContain('0.5,2');
      expect(km2AnyWinding(cleaned)).toBeCloseTo(km2AnyWinding(unitSquare(0)), 0);
    }
  });

  it('finds nothing left of a polygon without area (天津 蓟州区 in the source)', () => {
    const line: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    };
    expect(cleanSourceGeometry(line)).toBeNull();
  });
});

/** Two counties of 金华 (330700), squares side by side; arc 0 is their shared border. */
function twoCounties(bWindsTheOtherWay: boolean, codes = ['330702', '330703']): Topology {
  return {
    type: 'Topology',
    arcs: [
      [
        [1, 0],
        [1, 1],
      ],
      [
        [1, 1],
        [0, 1],
        [0, 0],
        [1, 0],
      ],
      [
        [1, 0],
        [2, 0],
        [2, 1],
        [1, 1],
      ],
    ],
    objects: {
      counties: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[1, 0]], properties: { code: codes[0] } },
          // The same border run the same way by both, as the source had it before cleaning.
          { type: 'Polygon', arcs: [bWindsTheOtherWay ? [~2, 0] : [2, ~0]], properties: { code: codes[1] } },
        ],
      },
    },
  };
}
const jinhua = [{ code: '330700', name: '金华市', parts: ['330700', '330702', '330703'] }];

describe('cityAreaProblems (the generator never writes a city the maps cannot merge)', () => {
  it('accepts counties that share their border', () => {
    expect(cityAreaProblems(twoCounties(false), jinhua, 0.01)).toEqual([]);
  });

  it('names the city whose merged area falls short of its counties', () => {
    const [problem, ...more] = cityAreaProblems(twoCounties(true), jinhua, 0.01);
    expect(more).toEqual([]);
    expect(problem).toMatch(/^金华市 330700：.*相差超过 1%/);
  });
});

describe('oneGeometryPerCode (source units recoded to one division)', () => {
  it('draws 下城区 and 拱墅区, both recoded to 拱墅区 330105, as one unit of their whole area', () => {
    const topology = twoCounties(false, ['330105', '330105']);
    const units = (topology.objects['counties'] as { geometries: GeometryObject[] }).geometries;
    const sum = units.reduce((s, g) => s + km2AnyWinding((feature(topology, g) as Feature<MultiPolygon>).geometry), 0);
    const merged = (oneGeometryPerCode(topology).objects['counties'] as { geometries: GeometryObject[] }).geometries;
    expect(merged.map((g) => (g.properties as { code: string }).code)).toEqual(['330105']);
    const area = km2AnyWinding((feature(topology, merged[0]!) as Feature<MultiPolygon>).geometry);
    expect(area).toBeCloseTo(sum, 0);
  });
});
