import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBoundaries } from './boundaries.ts';

const committed = () => JSON.parse(readFileSync(new URL('./data/440000.topo.json', import.meta.url), 'utf8'));

describe('loadBoundaries (a boundary file swapped in by the deploying office)', () => {
  it('loads the committed file: 123 units, 21 cities, one gap', () => {
    const b = loadBoundaries(committed());
    expect(b.counties).toHaveLength(123);
    expect(b.subdivisions).toHaveLength(21);
    expect(b.gaps.map((g) => g.code)).toEqual(['440311']);
  });

  it('refuses a file that leaves a division undrawn, naming it', () => {
    const topo = committed();
    topo.metadata.gaps = [];
    expect(() => loadBoundaries(topo)).toThrow(/光明区 440311/);
  });

  it('refuses a unit whose code is not a division of the province', () => {
    const topo = committed();
    topo.objects.counties.geometries[0].properties.code = '430100';
    expect(() => loadBoundaries(topo)).toThrow(/430100/);
  });

  it('refuses something that is not a TopoJSON of counties', () => {
    expect(() => loadBoundaries({ type: 'FeatureCollection', features: [] })).toThrow(/TopoJSON/);
  });
});
