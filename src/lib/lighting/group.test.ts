import { describe, expect, it } from 'vitest';
import { parseBeijing } from '../dates/index.ts';
import { groupByCity, groupByNight } from './group.ts';
import type { LightingItem } from './types.ts';

const bj = (text: string) => parseBeijing(text) as Date;

function item(id: string, region: string, start: string, end: string): LightingItem {
  return {
    id,
    year: 2023,
    region,
    place: id,
    kind: 'building',
    location: [113.3, 23.1],
    start: bj(start),
    end: bj(end),
    message: '让学习成为一种生活方式',
    organizer: '市教育局',
  };
}

const canton = item('gz-canton-tower', '440105', '2023-11-18T19:30', '2023-11-18T22:00');
const ifc = item('gz-ifc', '440106', '2023-11-18T19:30', '2023-11-18T22:00');
const pingAn = item('sz-ping-an', '440304', '2023-11-18T19:00', '2023-11-18T22:00');
const fangTower = item('fs-fang-tower', '440606', '2023-11-18T22:00', '2023-11-19T00:30');
const smallHours = item('dg-late', '441900', '2023-11-19T00:30', '2023-11-19T02:00');
const nextEvening = item('zs-screen', '442000', '2023-11-19T19:00', '2023-11-19T21:00');
const cityLevel = item('gz-city', '440100', '2023-11-20T19:00', '2023-11-20T21:00');

describe('groupByNight', () => {
  const nights = groupByNight([nextEvening, smallHours, fangTower, ifc, canton, pingAn]);

  it('keeps a window that runs past midnight, and one that starts in the small hours, on the night before', () => {
    expect(nights.map((n) => n.night)).toEqual(['2023-11-18', '2023-11-19']);
    expect(nights[0]?.items.map((i) => i.id)).toEqual(['sz-ping-an', 'gz-canton-tower', 'gz-ifc', 'fs-fang-tower', 'dg-late']);
    expect(nights[1]?.items.map((i) => i.id)).toEqual(['zs-screen']);
  });

  it('dates each night at Beijing midnight of its day', () => {
    expect(nights[0]?.date.toISOString()).toBe('2023-11-17T16:00:00.000Z');
  });

  it('returns nothing for no items', () => {
    expect(groupByNight([])).toEqual([]);
  });
});

describe('groupByCity', () => {
  it("rolls county items up to their city, cities by code, each city's items by start", () => {
    const groups = groupByCity([nextEvening, cityLevel, ifc, pingAn, canton, fangTower]);
    expect(groups.map((g) => g.city.code)).toEqual(['440100', '440300', '440600', '442000']);
    expect(groups[0]?.city.name).toBe('广州市');
    expect(groups[0]?.items.map((i) => i.id)).toEqual(['gz-canton-tower', 'gz-ifc', 'gz-city']);
  });

  it('lists all 21 cities when asked, the empty ones with no items', () => {
    const groups = groupByCity([canton], { includeEmpty: true });
    expect(groups).toHaveLength(21);
    expect(groups.find((g) => g.city.code === '445300')?.items).toEqual([]);
  });
});
