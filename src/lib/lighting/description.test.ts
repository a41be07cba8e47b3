import { describe, expect, it } from 'vitest';
import { lightingDescription } from './description.ts';
import type { LightingItem } from './types.ts';

/** A night's lighting at `place`, 19:30 to midnight Beijing time on 2023-11-`day`. */
function night(place: string, day: number, region = '440100'): LightingItem {
  const start = new Date(Date.UTC(2023, 10, day, 11, 30));
  return {
    id: `${place}-${day}`,
    year: 2023,
    region,
    place,
    kind: 'tower',
    location: [113.3, 23.1],
    start,
    end: new Date(start.getTime() + 4.5 * 3_600_000),
    message: '',
    organizer: '',
  };
}

describe('what a shared link to a year’s lighting says', () => {
  it('counts each place once and gives the nights as a span in words, ending on the last night, not the morning after', () => {
    const items = [night('广州塔', 18), night('广州塔', 19), night('海心桥', 25)];
    expect(lightingDescription({ year: 2023, items })).toMatch(/^2023 年活动周亮灯：2 处地点，11月18日 至 11月25日（北京时间）。/);
  });

  it('gives one night alone, and says nothing without items', () => {
    expect(lightingDescription({ year: 2023, items: [night('广州塔', 18)] })).toMatch(/：1 处地点，11月18日（北京时间）。/);
    expect(lightingDescription({ year: 2023, items: [] })).toBeUndefined();
  });

  it('tells apart two landmarks of one name in two cities', () => {
    const items = [night('文化广场', 18, '440900'), night('文化广场', 18, '441500')];
    expect(lightingDescription({ year: 2023, items })).toContain('：2 处地点，');
  });
});
