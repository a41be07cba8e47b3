import { describe, expect, it } from 'vitest';
import { validateLighting } from './validate.ts';
import { currentLightingSchedule } from './current.ts';
import type { LightingSchedule } from './types.ts';

const tower = {
  id: 'gz-canton-tower',
  region: '440105',
  place: '广州塔',
  kind: 'tower',
  location: [113.3245, 23.1064],
  message: '让学习成为一种生活方式',
  organizer: '广州市教育局',
};

function schedule(year: number, count: number): LightingSchedule {
  const items = Array.from({ length: count }, (_, i) => ({
    ...tower,
    id: `tower-${i}`,
    start: `${year}-11-${18 + i}T19:30`,
    end: `${year}-11-${18 + i}T22:00`,
  }));
  const result = validateLighting(JSON.stringify({ year, items }), `content/data/lighting/${year}.json`);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.data;
}

describe('currentLightingSchedule: what /lighting/ shows', () => {
  it('is the latest year that has lightings, not a new year’s file still empty', () => {
    const years = [schedule(2022, 1), schedule(2023, 2), schedule(2024, 0)];
    expect(currentLightingSchedule(years)?.year).toBe(2023);
  });

  it('is the latest year once it has lightings, in whatever order the years come', () => {
    expect(currentLightingSchedule([schedule(2024, 1), schedule(2023, 2)])?.year).toBe(2024);
  });

  it('is the latest file when no year has any, and nothing without files', () => {
    expect(currentLightingSchedule([schedule(2023, 0), schedule(2024, 0)])?.year).toBe(2024);
    expect(currentLightingSchedule([])).toBeUndefined();
  });
});
