import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readRegionData } from '../regions/data-files.ts';
import { contentForProvince } from '../regions/test-support.ts';

/** The geo module as a site configured for Hainan (460000) sees it: its own shipped boundary file. */
async function hainanGeo() {
  vi.stubEnv('CONTENT_DIR', contentForProvince('460000'));
  vi.resetModules();
  return import('./index.ts');
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

const SIZE = { width: 800, height: 600 };
const data = readRegionData('460000');
const topo = JSON.parse(readFileSync('src/lib/geo/data/460000.topo.json', 'utf8'));
const insetCodes: string[] = topo.metadata.insets.flatMap((i: { codes: string[] }) => i.codes);
const inside = (p: [number, number], f: { x: number; y: number; width: number; height: number }) =>
  p[0] >= f.x && p[0] <= f.x + f.width && p[1] >= f.y && p[1] <= f.y + f.height;

describe('the map of a province with far islands (海南)', () => {
  it('draws every city and every county directly under the province, in code order', async () => {
    const geo = await hainanGeo();
    const expected = [...data.cities, ...data.counties.filter((c) => c.parent === '460000')].map((r) => r.code).sort();
    expect(geo.cityShapes(SIZE).map((s) => s.code)).toEqual(expected);
  });

  it('draws the far islands in a box of their own, and places a point there in the box', async () => {
    const geo = await hainanGeo();
    const height = geo.mapHeightFor(SIZE.width);
    const [frame, ...more] = geo.insetFrames({ width: SIZE.width, height });
    expect(frame).toBeDefined();
    expect(more).toEqual([]);
    const shapes = geo.cityShapes({ width: SIZE.width, height });
    for (const shape of shapes) {
      const points = shape.d
        .split(/[MZ ]/)
        .filter(Boolean)
        .map((xy) => xy.split(',').map(Number) as [number, number]);
      expect(
        points.every((p) => inside(p, frame!)),
        shape.name,
      ).toBe(insetCodes.includes(shape.code));
      expect(shape.inset === true).toBe(insetCodes.includes(shape.code));
    }
    // 永兴岛 (三沙's seat) is in the box; 海口 is not.
    expect(geo.isInsideProvince([112.3381, 16.8336])).toBe(true);
    expect(inside(geo.projectPoint([112.3381, 16.8336], { width: SIZE.width, height })!, frame!)).toBe(true);
    expect(inside(geo.projectPoint([110.33, 20.02], { width: SIZE.width, height })!, frame!)).toBe(false);
  });

  it('knows a point of the province from one outside it', async () => {
    const geo = await hainanGeo();
    expect(geo.countyCodeAt([110.75, 19.61])).toBe('469005'); // 文昌, directly under the province
    expect(geo.countyCodeAt([109.58, 19.52])).toBe('460400'); // 儋州, a city without counties
    expect(geo.isInsideProvince([113.3245, 23.1064])).toBe(false); // 广州塔
    expect(geo.provinceExtent()).toMatchObject({ lng: [109, 111], lat: [18, 20] });
  });
});
