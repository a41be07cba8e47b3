import { describe, expect, it, vi } from 'vitest';
import type { LightingItem } from '../lighting/types.ts';
import { calendarSequence } from './build.ts';
import { lightingCalendar, lightingCalendarFromSchedules, lightingItemCalendar } from './lighting.ts';
import { bj, CANTON_TOWER as canton, SITE } from '../../../tests/support/calendar-fixtures.ts';
import { parseCalendar } from './test-helpers.ts';

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

describe('lightingItemCalendar (/lighting/<year>/<id>.ics, one place’s 加入日历)', () => {
  const note = '示例数据：亮灯时间为虚构';
  const changed = new Date('2023-11-02T03:04:05Z');
  const schedules = [{ year: 2023, note, changed, items: [canton, fangTower] }];
  const all = new Map(parseCalendar(lightingCalendarFromSchedules(schedules, SITE)).events.map((e) => [e.uid, e]));

  it('holds the one window, as /lighting.ics has it: the same UID, times, place, link, description and version', () => {
    for (const item of [canton, fangTower]) {
      const text = lightingItemCalendar(item, SITE, { note, changed });
      const { events } = parseCalendar(text);
      expect(events, item.id).toHaveLength(1);
      const { alarms, ...own } = events[0]!;
      const { alarms: none, ...inFeed } = all.get(own.uid)!;
      expect(own, item.id).toEqual(inFeed);
      expect(none, item.id).toEqual([]);
      expect(alarms, item.id).toHaveLength(1);
      expect([own.start, own.end], item.id).toEqual([item.start.toISOString(), item.end.toISOString()]);
      expect(own.uid, item.id).toBe(`lighting-${item.year}-${item.id}@${new URL(SITE).hostname}`);
      expect(own.url, item.id).toBe(`${SITE}/lighting/${item.year}/#${item.id}`);
      expect(own.description, item.id).toContain(item.message);
      expect(own.description, item.id).toContain(item.organizer);
      expect(own.description, item.id).toContain(note);
    }
  });

  it('dates the window by its year’s file (DTSTAMP, LAST-MODIFIED and SEQUENCE), not by the clock', () => {
    const [event] = parseCalendar(lightingItemCalendar(canton, SITE, { note, changed })).events;
    expect([event?.stamp, event?.lastModified]).toEqual([changed.toISOString(), changed.toISOString()]);
    expect(event?.sequence).toBe(calendarSequence(changed));
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
      expect(lightingItemCalendar(canton, SITE, { note, changed })).toBe(lightingItemCalendar(canton, SITE, { note, changed }));
      const [unversioned] = parseCalendar(lightingItemCalendar(canton, SITE)).events;
      expect(unversioned?.stamp).toBe(canton.start.toISOString());
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes Beijing times as UTC instants, a window past midnight too', () => {
    const text = lightingItemCalendar(fangTower, SITE);
    expect(text).toContain(`DTSTART:${fangTower.start.toISOString().replace(/[-:]|\.\d{3}/g, '')}`);
    expect(text).toContain(`DTEND:${fangTower.end.toISOString().replace(/[-:]|\.\d{3}/g, '')}`);
    expect(text).not.toContain('TZID');
  });

  it('reminds the reader an hour before it lights up, naming the place, and carries no calendar name', () => {
    const text = lightingItemCalendar(canton, SITE);
    const [event] = parseCalendar(text).events;
    expect(event?.alarms).toEqual([
      { action: 'DISPLAY', trigger: -3600, description: expect.stringContaining(canton.place) as string },
    ]);
    expect(text).not.toContain('X-WR-CALNAME');
    expect(parseCalendar(text).calendar.getFirstPropertyValue('prodid')).toBe(
      '-//learning-week-hub//Lifelong Learning Week calendar//ZH',
    );
  });

  it('links under the base path', () => {
    vi.stubEnv('BASE_PATH', '/zt/xxzq/');
    try {
      const [event] = parseCalendar(lightingItemCalendar(canton, SITE)).events;
      expect(event?.url).toBe(`${SITE}/zt/xxzq/lighting/2023/#gz-canton-tower`);
      expect(event?.uid).toBe('lighting-2023-gz-canton-tower@lifelong-learning.gd.example.cn');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('keeps hostile text (line breaks, ; , \\) in a place, message and organiser inside the one event, as written', () => {
    const hostile = '广州塔\r\nEND:VEVENT\r\nBEGIN:VEVENT\nUID:evil;x=1,2\\\rSUMMARY:假的';
    const item: LightingItem = { ...canton, place: hostile, message: `标语;${hostile}`, organizer: `主办,${hostile}` };
    const text = lightingItemCalendar(item, SITE, { note, changed });
    const { calendar, events } = parseCalendar(text);
    expect(events).toHaveLength(1);
    expect(calendar.getAllSubcomponents()).toHaveLength(1);
    // Every line of the file is a property or a fold of one, with CRLF ends: no line of the text stands alone.
    const lines = text.split('\r\n');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.filter((line) => /^(UID|SUMMARY):/.test(line))).toHaveLength(2);
    expect(lines.some((line) => /[\r\n]/.test(line))).toBe(false);
    const [event] = events;
    const plain = hostile.replace(/\r\n|\r/g, '\n');
    expect(event?.uid).toBe('lighting-2023-gz-canton-tower@lifelong-learning.gd.example.cn');
    expect(event?.summary).toContain(plain);
    expect(event?.location).toContain(plain);
    expect(event?.description).toContain(`标语;${plain}`);
    expect(event?.description).toContain(`主办,${plain}`);
    expect(event?.alarms[0]?.description).toContain(plain);
  });
});
