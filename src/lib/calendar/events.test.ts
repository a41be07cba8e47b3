import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentAndComing, eventCalendar, eventsCalendar, eventsOfYear, eventYears } from './events.ts';
import type { CalendarEvent } from './events.ts';
import { bj, READING as reading, SITE } from '../../../tests/support/calendar-fixtures.ts';
import { parseCalendar } from './test-helpers.ts';

const lecture: CalendarEvent = {
  id: '2023/online-lecture',
  data: {
    title: '线上社会大讲堂：数字时代的终身学习',
    start: bj('2023-11-20T14:00'),
    end: bj('2023-11-20T16:00'),
    online: 'https://www.example.cn/live/123',
    summary: '专家在线讲解如何利用学习平台持续学习。',
    organizer: '省开放大学',
    sample: true,
  },
};

afterEach(() => {
  vi.useRealTimers();
});

describe('eventCalendar (one event, for "add to calendar")', () => {
  const text = eventCalendar(reading, SITE);
  const { calendar, events } = parseCalendar(text);
  const [event] = events;

  it('runs under a zone other than Beijing, so these checks mean something', () => {
    expect(process.env.TZ).toBe('America/New_York');
    expect(new Date('2023-11-18T11:30:00Z').getHours()).toBe(6);
  });

  it('writes 19:30 Beijing time as 11:30 UTC', () => {
    expect(event?.start).toBe('2023-11-18T11:30:00.000Z');
    expect(event?.end).toBe('2023-11-18T13:00:00.000Z');
    expect(text).toContain('DTSTART:20231118T113000Z');
    expect(text).not.toContain('TZID');
  });

  it('gives the event a UID from its id and the site host, its page URL, place and coordinates', () => {
    expect(event?.uid).toBe('event-2023-gz-reading@lifelong-learning.gd.example.cn');
    expect(event?.url).toBe('https://lifelong-learning.gd.example.cn/events/2023/gz-reading/');
    expect(event?.location).toBe('广州图书馆（广州市天河区珠江东路4号）');
    expect(event?.geo).toEqual([23.1162, 113.3245]);
    expect(event?.summary).toBe('羊城书香节 · 全民阅读分享会');
    expect(event?.description).toContain('主办：广州市教育局');
  });

  it('says the venue’s access in the description, for the reader on the way there, and nothing of it where none is given', () => {
    const access = '正门有坡道，电梯直达三楼';
    const accessible = { ...reading, data: { ...reading.data, venue: { ...reading.data.venue!, accessibility: access } } };
    const [withAccess] = parseCalendar(eventCalendar(accessible, SITE)).events;
    expect(withAccess?.description?.split('\n')).toContain(`无障碍：${access}`);
    expect(event?.description).not.toContain('无障碍');
  });

  it('names the project in PRODID and carries no calendar name (Outlook would make a new calendar of it)', () => {
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//learning-week-hub//Lifelong Learning Week calendar//ZH');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(text).not.toContain('X-WR-CALNAME');
  });

  it('is the same file on every build: DTSTAMP comes from the event, not the clock', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const later = eventCalendar(reading, SITE);
    expect(later).toBe(text);
    expect(event?.stamp).toBe('2023-11-18T11:30:00.000Z');
  });

  it('uses CRLF line ends and folds long lines without breaking Chinese text', () => {
    const long = { ...reading, data: { ...reading.data, summary: '让学习成为一种生活方式。'.repeat(12) } };
    const out = eventCalendar(long, SITE);
    expect(out.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(parseCalendar(out).events[0]?.description).toContain('让学习成为一种生活方式。'.repeat(12));
  });

  it('reminds the reader an hour before it starts, saying what starts', () => {
    expect(event?.alarms).toEqual([
      { action: 'DISPLAY', trigger: -3600, description: expect.stringContaining(reading.data.title) as string },
    ]);
  });

  it('reminds of a whole-day event at 09:00 the day before, in the reader’s own day', () => {
    const fair: CalendarEvent = {
      ...reading,
      data: { ...reading.data, start: bj('2023-11-18T00:00'), end: bj('2023-11-19T00:00'), allDay: true },
    };
    const out = eventCalendar(fair, SITE);
    // Whole days are dates (VALUE=DATE), which the helper refuses as floating: read the alarm as an app would.
    const [alarm] = new ICAL.Component(ICAL.parse(out)).getFirstSubcomponent('vevent')!.getAllSubcomponents('valarm');
    expect(out).toContain('DTSTART;VALUE=DATE:20231118');
    expect((alarm?.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-15 * 3600);
    expect(String(alarm?.getFirstPropertyValue('description'))).toContain(reading.data.title);
  });

  it('links under the base path', () => {
    vi.stubEnv('BASE_PATH', '/xxzx/');
    try {
      const [sub] = parseCalendar(eventCalendar(reading, 'https://www.example.gov.cn')).events;
      expect(sub?.url).toBe('https://www.example.gov.cn/xxzx/events/2023/gz-reading/');
      expect(sub?.description).toContain('详情：https://www.example.gov.cn/xxzx/events/2023/gz-reading/');
      expect(sub?.uid).toBe('event-2023-gz-reading@www.example.gov.cn');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('an event called off, in its own file and in every feed', () => {
  const note = '因台风天气取消';
  const cancelled: CalendarEvent = { ...reading, data: { ...reading.data, status: 'cancelled', note } };
  const postponed: CalendarEvent = { ...reading, data: { ...reading.data, status: 'postponed' } };
  const [asPlanned] = parseCalendar(eventCalendar(reading, SITE)).events;
  const readingIn = (text: string) => parseCalendar(text).events.find((e) => e.uid === asPlanned!.uid);

  it('is CANCELLED under the same UID and dates, with no reminder, its title and first line saying so with the reason', () => {
    const files = {
      single: eventCalendar(cancelled, SITE),
      subscribed: eventsCalendar([cancelled, lecture], SITE),
      year: eventsCalendar([cancelled, lecture], SITE, { year: 2023 }),
    };
    for (const [name, text] of Object.entries(files)) {
      const event = readingIn(text);
      expect(event, name).toBeDefined();
      expect(event?.status, name).toBe('CANCELLED');
      expect([event?.start, event?.end], name).toEqual([asPlanned!.start, asPlanned!.end]);
      expect(event?.alarms, name).toEqual([]);
      expect(event?.summary, name).toBe(`【已取消】${reading.data.title}`);
      expect(event?.description?.split('\n')[0], name).toBe(`本活动已取消：${note}。`);
      // The other event of a feed is untouched.
      expect(
        parseCalendar(text)
          .events.filter((e) => e.uid !== asPlanned!.uid)
          .map((e) => e.status),
        name,
      ).not.toContain('CANCELLED');
    }
    // Free time: nothing to keep the hour for.
    expect(files.single).toContain('TRANSP:TRANSPARENT');
  });

  it('is TENTATIVE while postponed, with no reminder, its title saying so', () => {
    const event = readingIn(eventCalendar(postponed, SITE));
    expect(event?.status).toBe('TENTATIVE');
    expect(event?.alarms).toEqual([]);
    expect(event?.summary).toBe(`【已延期】${reading.data.title}`);
    expect(event?.description?.split('\n')[0]).toBe('本活动已延期，新的时间另行公布。');
  });

  it('leaves an event that is on without STATUS, as before', () => {
    const text = eventsCalendar([reading, lecture], SITE);
    expect(parseCalendar(text).events.map((e) => e.status)).toEqual([null, null]);
    expect(text).not.toContain('TRANSP:');
  });
});

describe('eventsCalendar (/events.ics)', () => {
  const text = eventsCalendar([lecture, reading], SITE, { siteName: '全民终身学习活动周 · 示例省' });
  const { calendar, events } = parseCalendar(text);

  it('has a Chinese calendar name and every event, in time order', () => {
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('全民终身学习活动周 · 示例省 · 活动日历');
    expect(events.map((e) => e.uid)).toEqual([
      'event-2023-gz-reading@lifelong-learning.gd.example.cn',
      'event-2023-online-lecture@lifelong-learning.gd.example.cn',
    ]);
  });

  it('gives an online event its link as the place, and says when it is sample content', () => {
    const online = events[1];
    expect(online?.location).toBe('https://www.example.cn/live/123');
    expect(online?.geo).toBeNull();
    expect(online?.description).toContain('线上参加：https://www.example.cn/live/123');
    expect(online?.description).toContain('示例');
    expect(online?.start).toBe('2023-11-20T06:00:00.000Z');
  });

  it('rings for none of them: a phone subscribed to the week would ring for every event', () => {
    expect(events.flatMap((e) => e.alarms)).toEqual([]);
  });

  it('does not depend on the order events were read in', () => {
    expect(eventsCalendar([reading, lecture], SITE, { siteName: '全民终身学习活动周 · 示例省' })).toBe(text);
  });

  it('refuses two events with one UID rather than letting one hide the other', () => {
    const twin: CalendarEvent = { ...reading, id: '2023-gz/reading' };
    expect(() => eventsCalendar([reading, twin], SITE)).toThrow('duplicate UID');
  });
});

describe('which events each calendar carries', () => {
  const at = (id: string, start: string, end = start): CalendarEvent => ({
    ...reading,
    id,
    data: { ...reading.data, start: new Date(start), end: new Date(end) },
  });
  const events = [
    at('2021/a', '2021-11-20T01:00:00Z'),
    at('2022/new-year-eve', '2022-12-31T15:00:00Z', '2022-12-31T15:30:00Z'), // 23:00–23:30 on 31 December, Beijing
    at('2022/into-2023', '2022-12-20T01:00:00Z', '2023-01-05T01:00:00Z'),
    at('2023/b', '2022-12-31T17:00:00Z'), // 01:00 on 1 January 2023, Beijing
    at('2024/c', '2024-11-20T01:00:00Z'),
  ];

  it('subscribes to the current year and after: what has not ended before 1 January (Beijing)', () => {
    expect(currentAndComing(events, 2023).map((e) => e.id)).toEqual(['2022/into-2023', '2023/b', '2024/c']);
  });

  it('files every event in the archive of the Beijing year it starts in, each once', () => {
    expect(eventYears(events)).toEqual([2021, 2022, 2023, 2024]);
    expect(eventsOfYear(events, 2022).map((e) => e.id)).toEqual(['2022/new-year-eve', '2022/into-2023']);
    expect(eventsOfYear(events, 2023).map((e) => e.id)).toEqual(['2023/b']);
    expect(eventYears(events).flatMap((y) => eventsOfYear(events, y)).length).toBe(events.length);
  });

  it('names a year’s archive by its year', () => {
    const { calendar } = parseCalendar(eventsCalendar(eventsOfYear(events, 2021), SITE, { siteName: '示例', year: 2021 }));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('示例 · 2021年活动');
  });
});
