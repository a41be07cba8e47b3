import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { eventCalendar } from '../calendar/events.ts';
import { eventSchema } from '../content/schemas.ts';
import { FIXTURE_CONTENT } from '../../../tests/support/fixture.ts';
import { endOf, formatDayTimeZh, formatRangeZh } from '../dates/index.ts';
import { eventJsonLd } from '../seo/json-ld.ts';

/**
 * An event written with dates only (issue 10, item 6) is an all-day event:
 * 全天 on the page, VALUE=DATE in the calendar, on until the end of its last
 * day; not “00:00–00:00”.
 */
const FIXTURE_EVENT = readFileSync(join(FIXTURE_CONTENT, 'events/2023/gz-opening-ceremony.md'), 'utf8');

/** The fixture's event with other start and end lines, through the collection's schema. */
function eventWith(start: string, end: string) {
  const front = /^---\n([\s\S]*?)\n---/
    .exec(FIXTURE_EVENT)![1]!
    .replace(/^start:.*$/m, `start: ${start}`)
    .replace(/^end:.*$/m, `end: ${end}`)
    // Its cover is checked elsewhere (image()); this is about the dates.
    .replace(/^cover:[\s\S]*$/m, '');
  return eventSchema(z.string()).parse(yaml.load(front));
}

describe('an event with dates only', () => {
  const oneDay = eventWith('2023-11-18', '2023-11-18');
  const threeDays = eventWith('2023-11-18', '"2023-11-20"');
  const timed = eventWith('2023-11-18T09:30', '2023-11-18T11:30');

  it('is all-day, and one with times is not', () => {
    expect([oneDay.allDay, threeDays.allDay, timed.allDay]).toEqual([true, true, false]);
  });

  it('says 全天 on its page and its card', () => {
    expect(formatRangeZh(oneDay.start, oneDay.end, oneDay.allDay)).toBe('2023年11月18日（星期六）全天');
    expect(formatRangeZh(threeDays.start, threeDays.end, threeDays.allDay)).toBe(
      '2023年11月18日（星期六） 至 11月20日（星期一），全天',
    );
    expect(formatDayTimeZh(oneDay.start, oneDay.allDay)).toBe('11月18日 星期六 全天');
    expect(formatRangeZh(timed.start, timed.end, timed.allDay)).toBe('2023年11月18日（星期六）09:30 至 11:30');
  });

  it('is on until the midnight after its last day', () => {
    expect(endOf(threeDays).toISOString()).toBe('2023-11-20T16:00:00.000Z');
    expect(endOf(timed)).toEqual(timed.end);
  });

  it('goes into calendars as whole days (VALUE=DATE, the end being the day after the last)', () => {
    const ics = eventCalendar({ id: '2023/x', data: threeDays }, 'https://example.cn');
    expect(ics).toMatch(/\r\nDTSTART;VALUE=DATE:20231118\r\n/);
    expect(ics).toMatch(/\r\nDTEND;VALUE=DATE:20231121\r\n/);
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    expect((vevent.getFirstPropertyValue('dtstart') as ICAL.Time).isDate).toBe(true);
  });

  it('is whole days too when written from the first minute of a day to the last (00:00 至 23:59, as forms write it)', () => {
    const weeks = eventWith('2023-11-10T00:00', '2023-11-30T23:59');
    const day = eventWith('2023-11-18T00:00', '2023-11-18T23:59:59');
    expect([weeks.allDay, day.allDay]).toEqual([true, true]);
    expect(formatRangeZh(weeks.start, weeks.end, weeks.allDay)).toBe('2023年11月10日（星期五） 至 11月30日（星期四），全天');
    expect(formatRangeZh(day.start, day.end, day.allDay)).toBe('2023年11月18日（星期六）全天');
    expect(endOf(weeks).toISOString()).toBe('2023-11-30T16:00:00.000Z');
    const ics = eventCalendar({ id: '2023/x', data: weeks }, 'https://example.cn');
    expect(ics).toMatch(/\r\nDTEND;VALUE=DATE:20231201\r\n/);
    // A day's first minute to an hour of it, or an hour to its last minute, keeps its times.
    expect(eventWith('2023-11-18T00:00', '2023-11-18T12:00').allDay).toBe(false);
    expect(eventWith('2023-11-18T09:00', '2023-11-18T23:59').allDay).toBe(false);
  });

  it('gives schema.org dates, not times', () => {
    const ld = eventJsonLd({ ...threeDays, audience: [] }, { url: 'https://example.cn/events/2023/x/' });
    expect([ld.startDate, ld.endDate]).toEqual(['2023-11-18', '2023-11-20']);
  });
});
