import { describe, expect, it } from 'vitest';
import { parseBeijing } from '../dates/index.ts';
import { cityShapes, dotRadius, labelFontSizes, mapHeightFor, projectPoint } from '../geo/index.ts';
import { readLightingFile } from './files.ts';
import { lightingDots } from './map-dots.ts';
import type { LightingItem, LngLat } from './types.ts';

const SIZE = { width: 800, height: mapHeightFor(800) };
const FONTS = labelFontSizes(SIZE.width);
/** The map's smallest names, as on a wide screen, and its largest, as on a phone in 大字模式. */
const [FONT, LARGEST] = [FONTS[0]!, FONTS.at(-1)!];

function item(id: string, region: string, place: string, location: LngLat, start: string): LightingItem {
  return {
    id,
    year: 2023,
    region,
    place,
    kind: 'tower',
    location,
    start: parseBeijing(start) as Date,
    end: parseBeijing(start.replace('19:30', '22:00')) as Date,
    message: '让学习成为一种生活方式',
    organizer: '市教育局',
  };
}

// Two towers of central 广州 1.5 km apart, 广州塔 again the next night, and 深圳's civic centre 100 km away.
const cantonTower = item('gz-canton-tower', '440105', '广州塔', [113.3245, 23.1064], '2023-11-18T19:30');
const cantonAgain = item('gz-canton-tower-2', '440105', '广州塔', [113.3245, 23.1064], '2023-11-19T19:30');
const ifc = item('gz-ifc', '440106', '广州国际金融中心', [113.3229, 23.1199], '2023-11-18T19:30');
const civicCentre = item('sz-civic-center', '440304', '深圳市民中心', [114.0597, 22.5431], '2023-11-18T19:30');

describe('lightingDots', () => {
  it('draws a place lit on several nights as one dot of one place', () => {
    const [dot, ...rest] = lightingDots([cantonAgain, cantonTower], SIZE, FONT);
    expect(rest).toEqual([]);
    expect(dot!.places).toEqual(['广州塔']);
    expect(dot!.items.map((i) => i.id)).toEqual(['gz-canton-tower', 'gz-canton-tower-2']);
    expect(dot!.radius).toBe(dotRadius(FONT));
    expect(dot!.at).toEqual(projectPoint(cantonTower.location, SIZE));
  });

  it('gathers places of one city too close to tell apart into a larger dot that names them and links to the city', () => {
    const dots = lightingDots([civicCentre, ifc, cantonTower], SIZE, FONT);
    expect(dots.map((d) => d.places)).toEqual([['广州塔', '广州国际金融中心'], ['深圳市民中心']]);
    expect(dots[0]!.cityCode).toBe('440100');
    expect(dots[0]!.regions).toEqual(['440100']);
    expect(dots[0]!.radius).toBe(dotRadius(FONT, true));
    expect(dots[1]!.cityCode).toBe('440300');
    expect(dots[1]!.at).toEqual(projectPoint(civicCentre.location, SIZE));
  });

  it('names no city for a dot whose places lie in two (广州 and 佛山 across the border)', () => {
    const nanhai = item('fs-nanhai-screen', '440605', '南海大屏', [113.25, 23.1], '2023-11-18T19:30');
    const [dot, ...rest] = lightingDots([cantonTower, nanhai], SIZE, FONT);
    expect(rest).toEqual([]);
    // Same start: in the order of their ids.
    expect(dot!.places).toEqual(['南海大屏', '广州塔']);
    expect(dot!.cityCode).toBeUndefined();
    // Both cities' names on the map may stand beside it (spreadLabels), no other's.
    expect(dot!.regions.toSorted()).toEqual(['440100', '440600']);
    // One place each: either name may stand beside it where its own shape has no room.
    expect(dot!.named.toSorted()).toEqual(['440100', '440600']);
  });

  it('lets only the city with the most of a gathered dot’s places stand beside it by name (广州’s two towers and 佛山’s screen)', () => {
    const nanhai = item('fs-nanhai-screen', '440605', '南海大屏', [113.25, 23.1], '2023-11-18T19:30');
    const [dot, ...rest] = lightingDots([cantonTower, cantonAgain, ifc, nanhai], SIZE, LARGEST);
    expect(rest).toEqual([]);
    expect(dot!.regions.toSorted()).toEqual(['440100', '440600']);
    // 广州塔 lit twice counts once: two places of 广州 against one of 佛山.
    expect(dot!.named).toEqual(['440100']);
  });

  it('gathers places that stand apart at the smallest names into one dot at the largest, whose dots are larger', () => {
    // 佛山's 祖庙, 23 km from 广州塔.
    const zumiao = item('fs-zumiao', '440604', '佛山祖庙', [113.1133, 23.0267], '2023-11-18T19:30');
    const [a, b] = [projectPoint(cantonTower.location, SIZE)!, projectPoint(zumiao.location, SIZE)!];
    const apart = Math.hypot(a[0] - b[0], a[1] - b[1]);
    // The premise, from the radii: two plain dots clear of each other at the smallest names, touching at the largest.
    expect(apart).toBeGreaterThan(2 * dotRadius(FONT) + 1);
    expect(apart).toBeLessThan(2 * dotRadius(LARGEST) + 1);
    expect(lightingDots([cantonTower, zumiao], SIZE, FONT).map((d) => [d.places, d.radius])).toEqual([
      // Same start: in the order of their ids.
      [['佛山祖庙'], dotRadius(FONT)],
      [['广州塔'], dotRadius(FONT)],
    ]);
    const [dot, ...rest] = lightingDots([cantonTower, zumiao], SIZE, LARGEST);
    expect(rest).toEqual([]);
    expect(dot!.places).toEqual(['佛山祖庙', '广州塔']);
    expect(dot!.radius).toBe(dotRadius(LARGEST, true));
    expect(dot!.cityCode).toBeUndefined();
  });
});

describe('the names on a province’s lighting map', () => {
  // The test site's schedule: places in every city, the delta's gathered into numbered dots.
  const schedule = readLightingFile('tests/fixtures/site-guangdong/data/lighting/2023.json');
  const dotSets = FONTS.map((fontSize) => lightingDots(schedule.items, SIZE, fontSize));
  const shapes = cityShapes(SIZE, dotSets);
  /** The gap between a name's box and a dot's, as the map measures them (half a character wide per character, half a line high; the dot with its ring). */
  const gapOf = (at: readonly number[], chars: number, fontSize: number, dot: { at: readonly number[]; radius: number }) =>
    Math.hypot(
      Math.max(0, Math.abs(at[0]! - dot.at[0]!) - ((chars * fontSize) / 2 + 2) - (dot.radius + 1)),
      Math.max(0, Math.abs(at[1]! - dot.at[1]!) - (fontSize * 0.6 + 2) - (dot.radius + 1)),
    );

  it('sets no name beside another city’s lit place but nearer its own, at any size (汕尾 beside 河源’s park on a phone in 大字模式)', () => {
    let shown = 0;
    for (const [set, fontSize] of FONTS.entries()) {
      for (const shape of shapes) {
        const at = shape.labelsAt[set];
        if (!at) continue;
        shown += 1;
        const gaps = (own: boolean) =>
          dotSets[set]!.filter((dot) => dot.regions.includes(shape.code) === own).map((dot) =>
            gapOf(at, [...shape.shortName].length, fontSize, dot),
          );
        const nearestOther = Math.min(...gaps(false));
        // Within a third of a character of another city's place, a name would be read as its name, unless its own is nearer.
        if (nearestOther < fontSize / 3)
          expect(Math.min(...gaps(true)), `${shape.shortName} at ${fontSize}`).toBeLessThan(nearestOther);
      }
    }
    // Every city is named at the smallest size, and some at each larger one.
    expect(shapes.every((shape) => shape.labelsAt[0] !== null)).toBe(true);
    expect(shown).toBeGreaterThan(shapes.length + FONTS.length);
  });
});
