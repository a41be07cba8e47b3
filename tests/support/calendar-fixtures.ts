/** The calendar unit tests' shared inputs (src/lib/calendar/*.test.ts): one event and one lighting window. */
import { parseBeijing } from '../../src/lib/dates/index.ts';
import type { LightingItem } from '../../src/lib/lighting/types.ts';
import type { CalendarEvent } from '../../src/lib/calendar/events.ts';

/** The site the calendar tests link to. */
export const SITE = 'https://lifelong-learning.gd.example.cn';
/** A moment written in Beijing time. */
export const bj = (text: string) => parseBeijing(text) as Date;

/** An evening event with a venue on the map: the calendar tests' usual event. */
export const READING: CalendarEvent = {
  id: '2023/gz-reading',
  data: {
    title: '羊城书香节 · 全民阅读分享会',
    start: bj('2023-11-18T19:30'),
    end: bj('2023-11-18T21:00'),
    venue: { name: '广州图书馆', address: '广州市天河区珠江东路4号', location: [113.3245, 23.1162] },
    summary: '市民共读一本书，交流读书心得。',
    organizer: '广州市教育局',
  },
};

/** 广州塔's window on the first evening of the week: the calendar tests' usual lighting. */
export const CANTON_TOWER: LightingItem = {
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
