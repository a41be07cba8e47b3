import { describe, expect, it } from 'vitest';
import { regionByCode } from '../regions/index.ts';
import { validateLighting } from './validate.ts';
import { regionLightings } from './region.ts';
import type { LightingSchedule } from './types.ts';

const item = (id: string, region: string, place: string, start: string, end: string) => ({
  id,
  region,
  place,
  kind: 'tower',
  location: [113.3245, 23.1064],
  start,
  end,
  organizer: '广州市教育局',
});

function schedule(year: number, items: unknown[]): LightingSchedule {
  const result = validateLighting(
    JSON.stringify({ year, message: '让学习成为一种生活方式', items }),
    `content/data/lighting/${year}.json`,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.data;
}

// In the file, the screen (20 November) comes before the tower (18 November).
const y2023 = schedule(2023, [
  item('gz-screen', '440106', '正佳广场户外大屏', '2023-11-20T18:30', '2023-11-20T21:30'),
  item('gz-tower', '440105', '广州塔', '2023-11-18T19:30', '2023-11-18T22:00'),
  item('gz-ifc', '440106', '广州国际金融中心', '2023-11-18T19:30', '2023-11-18T22:00'),
]);
const y2022 = schedule(2022, [item('gz-tower', '440105', '广州塔', '2022-11-19T19:30', '2022-11-19T22:00')]);

describe('regionLightings: a region page’s lightings', () => {
  it('lists a city’s lightings, its counties’ among them, in the order they light up, the latest year first', () => {
    const lists = regionLightings([y2022, y2023], regionByCode('440100')!);
    expect(lists.map((l) => [l.year, l.items.map((i) => i.id)])).toEqual([
      [2023, ['gz-ifc', 'gz-tower', 'gz-screen']],
      [2022, ['gz-tower']],
    ]);
  });

  it('lists a county’s own only, and no year it has none in', () => {
    const lists = regionLightings([y2022, y2023], regionByCode('440106')!);
    expect(lists.map((l) => [l.year, l.items.map((i) => i.id)])).toEqual([[2023, ['gz-ifc', 'gz-screen']]]);
  });
});
