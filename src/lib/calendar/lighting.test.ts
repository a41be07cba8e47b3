import { describe, expect, it, vi } from 'vitest';
import { parseBeijing } from '../dates/index.ts';
import type { LightingItem } from '../lighting/types.ts';
import { lightingCalendar, lightingCalendarFromSchedules } from './lighting.ts';
import { parseCalendar } from './test-helpers.ts';

const SITE = 'https://lifelong-learning.gd.example.cn';
const bj = (text: string) => parseBeijing(text) as Date;

const canton: LightingItem = {
  id: 'gz-canton-tower',
  year: 2023,
  region: '440105',
  place: '广州塔',
  kind: 'tower',
  location: [113.3245, 23.1064],
  start: bj('2023-11-18T19:30'),
  end: bj('2023-11-18T22:00'),
  message: '让学习成为一种生活方式',
  organizer: '广州市教育局',
};
const fangTower: LightingItem = {
  ...canton,
  id: 'fs-fang-tower',
  region: '440606',
  place: '佛山新城坊塔',
  location: [113.1174, 22.9452],
  start: bj('2023-11-24T22:00'),
  end: bj('2023-11-25T00:30'),
  organizer: '佛山市顺德区教育局',
};
const worldTrade: LightingItem = {
  ...canton,
  id: 'dg-world-trade-center',
  year: 2024,
  region: '441900',
  place: '东莞国贸中心',
  kind: 'building',
  location: [113.7516, 23.0158],
  start: bj('2024-11-16T19:30'),
  end: bj('2024-11-16T22:00'),
};

describe('lightingCalendar (/lighting.ics)', () => {
  const text = lightingCalendar([fangTower, worldTrade, canton], SITE);
  const { calendar, events } = parseCalendar(text);
  const byUid = new Map(events.map((e) => [e.uid, e]));

  it('has a Chinese name and every item of every year, in time order', () => {
    expect(process.env.TZ).toBe('America/New_York');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('全民终身学习亮灯 · 时间表');
    expect(events.map((e) => e.uid)).toEqual([
      'lighting-2023-gz-canton-tower@lifelong-learning.gd.example.cn',
      'lighting-2023-fs-fang-tower@lifelong-learning.gd.example.cn',
      'lighting-2024-dg-world-trade-center@lifelong-learning.gd.example.cn',
    ]);
  });

  it('writes Beijing times as the right UTC instants, across midnight too', () => {
    const tower = byUid.get('lighting-2023-gz-canton-tower@lifelong-learning.gd.example.cn');
    expect([tower?.start, tower?.end]).toEqual(['2023-11-18T11:30:00.000Z', '2023-11-18T14:00:00.000Z']);
    const late = byUid.get('lighting-2023-fs-fang-tower@lifelong-learning.gd.example.cn');
    expect([late?.start, late?.end]).toEqual(['2023-11-24T14:00:00.000Z', '2023-11-24T16:30:00.000Z']);
    expect(text).toContain('DTEND:20231124T163000Z');
  });

  it("names the landmark with its city and district, links to it on the year's page, and gives its coordinates", () => {
    const late = byUid.get('lighting-2023-fs-fang-tower@lifelong-learning.gd.example.cn');
    expect(late?.summary).toBe('亮灯：佛山新城坊塔（佛山市顺德区）');
    expect(late?.location).toBe('佛山新城坊塔（佛山市顺德区）');
    expect(late?.url).toBe('https://lifelong-learning.gd.example.cn/lighting/2023/#fs-fang-tower');
    expect(late?.geo).toEqual([22.9452, 113.1174]);
    expect(late?.description).toContain('亮灯标语：让学习成为一种生活方式');
    const dongguan = byUid.get('lighting-2024-dg-world-trade-center@lifelong-learning.gd.example.cn');
    expect(dongguan?.location).toBe('东莞国贸中心（东莞市）');
  });

  it('is byte-for-byte the same on every build, whatever the input order', () => {
    expect(lightingCalendar([canton, worldTrade, fangTower], SITE)).toBe(text);
  });

  it("carries a year's sample note into each of its entries", () => {
    const fromFiles = lightingCalendarFromSchedules(
      [
        { year: 2023, note: '示例数据：亮灯时间为虚构', items: [canton] },
        { year: 2024, items: [worldTrade] },
      ],
      SITE,
      { siteName: '全民终身学习活动周 · 示例省' },
    );
    const parsed = parseCalendar(fromFiles);
    expect(parsed.calendar.getFirstPropertyValue('x-wr-calname')).toBe('全民终身学习活动周 · 示例省 · 亮灯时间表');
    expect(parsed.events[0]?.description).toContain('示例数据：亮灯时间为虚构');
    expect(parsed.events[1]?.description).not.toContain('示例');
  });

  it('links each window to its place on the schedule, under the base path', () => {
    vi.stubEnv('BASE_PATH', '/zt/xxzq/');
    try {
      const { calendar, events } = parseCalendar(lightingCalendar([canton], SITE));
      expect(events[0]?.url).toBe(`${SITE}/zt/xxzq/lighting/2023/#gz-canton-tower`);
      expect(calendar.getFirstPropertyValue('url')).toBe(`${SITE}/zt/xxzq/lighting/`);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
