import { readdirSync, readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { readRegionData } from '../regions/data-files.ts';
import { BOUNDARY_DATA_DIR } from './boundary-file.ts';
import { cityAreaProblems } from './source-geometry.ts';

const shipped = readdirSync(BOUNDARY_DATA_DIR).filter((f) => f.endsWith('.topo.json'));

describe.each(shipped)('the shipped boundary file %s', (file) => {
  const topology = JSON.parse(readFileSync(`${BOUNDARY_DATA_DIR}/${file}`, 'utf8')) as Topology;
  const data = readRegionData(file.slice(0, 6));
  const cities = data.cities.map((c) => ({
    ...c,
    parts: [c.code, ...data.counties.filter((k) => k.parent === c.code).map((k) => k.code)],
  }));

  it('has one geometry per division', () => {
    const codes = (topology.objects['counties'] as { geometries: { properties?: { code?: string } }[] }).geometries.map(
      (g) => g.properties?.code,
    );
    expect(codes.length).toBe(new Set(codes).size);
  });

  it('draws each city, merged from its counties as the maps merge it, over their whole area (no white holes)', () => {
    expect(cityAreaProblems(topology, cities, 0.01)).toEqual([]);
  });
});
