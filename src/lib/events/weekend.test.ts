import { describe, expect, it } from 'vitest';
import { parseBeijing, weekdayZh } from '../dates/index.ts';
import { weekendUnnamed } from './weekend.ts';

const bj = (text: string) => parseBeijing(text) as Date;

describe('a weekend an event runs over that its dates do not name', () => {
  it('is found in a month-long campaign from a Wednesday to a Thursday', () => {
    expect([weekdayZh(bj('2023-11-01T09:00')), weekdayZh(bj('2023-11-30T21:00'))]).toEqual(['星期三', '星期四']);
    expect(weekendUnnamed(bj('2023-11-01T09:00'), bj('2023-11-30T21:00'))).toBe(true);
  });

  it('is found from a Friday to the Monday after, and from a Monday to the Monday a week on', () => {
    expect(weekendUnnamed(bj('2023-11-24T19:00'), bj('2023-11-27T12:00'))).toBe(true);
    expect(weekendUnnamed(bj('2023-11-20'), bj('2023-11-27'))).toBe(true);
  });

  it('is none within one week’s weekdays, on one day, or evening to past midnight', () => {
    expect(weekendUnnamed(bj('2023-11-20T09:00'), bj('2023-11-24T17:00'))).toBe(false);
    expect(weekendUnnamed(bj('2023-11-22T14:30'), bj('2023-11-22T16:30'))).toBe(false);
    expect(weekendUnnamed(bj('2023-11-23T22:00'), bj('2023-11-24T00:30'))).toBe(false);
  });

  it('is none when the first or last day is a Saturday or Sunday: the page names it', () => {
    expect(weekendUnnamed(bj('2023-11-18T09:00'), bj('2023-11-30T17:00'))).toBe(false);
    expect(weekendUnnamed(bj('2023-11-13T09:00'), bj('2023-11-19T17:00'))).toBe(false);
  });

  it('counts Beijing days, whatever the machine’s zone: 16:30 UTC on a Friday is Saturday in Beijing', () => {
    // 2023-11-24 is a Friday; 16:30 UTC that day is Saturday 00:30 in Beijing, so the event starts on a named Saturday.
    expect(weekendUnnamed(new Date('2023-11-24T16:30:00Z'), bj('2023-11-29T17:00'))).toBe(false);
  });
});
