import { describe, expect, it } from 'vitest';
import { parseBeijing } from '../dates/index.ts';
import { dotRadius, mapHeightFor, projectPoint } from '../geo/index.ts';
import { lightingDots } from './map-dots.ts';
import type { LightingItem, LngLat } from './types.ts';

const SIZE = { width: 800, height: mapHeightFor(800) };

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
    const [dot, ...rest] = lightingDots([cantonAgain, cantonTower], SIZE);
    expect(rest).toEqual([]);
    expect(dot!.places).toEqual(['广州塔']);
    expect(dot!.items.map((i) => i.id)).toEqual(['gz-canton-tower', 'gz-canton-tower-2']);
    expect(dot!.radius).toBe(dotRadius(SIZE.width));
    expect(dot!.at).toEqual(projectPoint(cantonTower.location, SIZE));
  });

  it('gathers places of one city too close to tell apart into a larger dot that names them and links to the city', () => {
    const dots = lightingDots([civicCentre, ifc, cantonTower], SIZE);
    expect(dots.map((d) => d.places)).toEqual([['广州塔', '广州国际金融中心'], ['深圳市民中心']]);
    expect(dots[0]!.cityCode).toBe('440100');
    expect(dots[0]!.radius).toBe(dotRadius(SIZE.width, true));
    expect(dots[1]!.cityCode).toBe('440300');
    expect(dots[1]!.at).toEqual(projectPoint(civicCentre.location, SIZE));
  });

  it('names no city for a dot whose places lie in two (广州 and 佛山 across the border)', () => {
    const nanhai = item('fs-nanhai-screen', '440605', '南海大屏', [113.25, 23.1], '2023-11-18T19:30');
    const [dot, ...rest] = lightingDots([cantonTower, nanhai], SIZE);
    expect(rest).toEqual([]);
    // Same start: in the order of their ids.
    expect(dot!.places).toEqual(['南海大屏', '广州塔']);
    expect(dot!.cityCode).toBeUndefined();
  });
});
