import { describe, expect, it } from 'vitest';
import { validateLighting } from './validate.ts';
import { lightingOutsideWeek } from './week.ts';

const FILE = 'content/data/lighting/2023.json';
const WEEK = { year: 2023, weekStart: '2023-11-18', weekEnd: '2023-11-25' };
const tower = {
  region: '440105',
  place: '广州塔',
  kind: 'tower',
  location: [113.3245, 23.1064],
  message: '让学习成为一种生活方式',
  organizer: '广州市教育局',
};

function schedule(windows: [string, string][], year = 2023) {
  const items = windows.map(([start, end], i) => ({ ...tower, id: `tower-${i + 1}`, start, end }));
  const result = validateLighting(JSON.stringify({ year, items }), `content/data/lighting/${year}.json`);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.data;
}

describe('lightingOutsideWeek', () => {
  it('warns of a night before or after the week, naming the item and its start', () => {
    const problems = lightingOutsideWeek(
      schedule([
        ['2023-11-17T19:30', '2023-11-17T22:00'],
        ['2023-11-18T19:30', '2023-11-18T22:00'],
        ['2023-11-27T19:30', '2023-11-27T22:00'],
      ]),
      FILE,
      WEEK,
    );
    expect(problems.map((p) => [p.item, p.field, p.severity])).toEqual([
      ['第 1 项（tower-1 广州塔）', 'items[0].start', 'warning'],
      ['第 3 项（tower-3 广州塔）', 'items[2].start', 'warning'],
    ]);
    expect(problems[0]!.message).toBe(
      '亮灯日期（11月17日晚）不在活动周（2023-11-18 至 2023-11-25）之内：如是笔误，请改正开始时间（start）；如属实（活动周前的预热亮灯），可不改',
    );
  });

  it('takes a window past midnight of the last day, or starting after midnight, as that night’s', () => {
    const lastNight = schedule([
      ['2023-11-25T22:00', '2023-11-26T00:30'],
      ['2023-11-26T00:30', '2023-11-26T01:30'],
    ]);
    expect(lightingOutsideWeek(lastNight, FILE, WEEK)).toEqual([]);
  });

  it('leaves other years’ files alone: their weeks had other dates', () => {
    expect(lightingOutsideWeek(schedule([['2022-11-10T19:30', '2022-11-10T22:00']], 2022), FILE, WEEK)).toEqual([]);
  });
});
