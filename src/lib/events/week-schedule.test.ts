import { describe, expect, it } from 'vitest';
import { parseBeijing } from '../dates/index.ts';
import { HOME_SCHEDULE_MAX, onlyEarlierYears, weekSchedule } from './week-schedule.ts';

const WEEK = { start: '2023-11-18', end: '2023-11-25' };
const ev = (id: string, start: string, end = start, featured = false) => ({
  id,
  data: { start: parseBeijing(start)!, end: parseBeijing(end)!, featured },
});

describe("the home page's schedule", () => {
  it('shows every event of the week when they fit, in the order given, and nothing outside it', () => {
    const events = [
      ev('before', '2023-11-10T09:00'),
      ev('month-long', '2023-11-01T09:00', '2023-11-30T21:00'),
      ev('sat', '2023-11-18T09:30'),
      ev('last-day-late', '2023-11-25T23:30'),
      ev('after', '2023-11-26T00:30'),
    ];
    expect(weekSchedule(events, WEEK).map((e) => e.id)).toEqual(['month-long', 'sat', 'last-day-late']);
  });

  it('keeps to the same size for a big site: an equal share from each day, featured first', () => {
    const events = [];
    for (let day = 18; day <= 25; day++) {
      for (let i = 0; i < 40; i++)
        events.push(
          ev(
            `d${day}-${String(i).padStart(2, '0')}`,
            `2023-11-${day}T${String(8 + (i % 12)).padStart(2, '0')}:00`,
            undefined,
            i === 39,
          ),
        );
    }
    const shown = weekSchedule(events, WEEK);
    expect(shown.length).toBe(HOME_SCHEDULE_MAX);
    const perDay = new Map<string, string[]>();
    for (const e of shown) perDay.set(e.id.slice(0, 3), [...(perDay.get(e.id.slice(0, 3)) ?? []), e.id]);
    expect([...perDay.keys()]).toEqual(['d18', 'd19', 'd20', 'd21', 'd22', 'd23', 'd24', 'd25']);
    for (const [day, ids] of perDay) expect(ids, day).toEqual([`${day}-00`, `${day}-01`, `${day}-39`].sort());
    // Still in the order given.
    expect(shown).toEqual(events.filter((e) => shown.includes(e)));
  });

  it('leaves the events called off for last when a day has more than its share, featured or not', () => {
    const day = (i: number, status?: 'cancelled' | 'postponed', featured = false) => {
      const e = ev(`e${String(i).padStart(2, '0')}`, `2023-11-18T${String(8 + (i % 12)).padStart(2, '0')}:00`, undefined, featured);
      return { ...e, data: { ...e.data, status } };
    };
    const events = Array.from({ length: 40 }, (_, i) => day(i, i < 3 ? 'cancelled' : i === 3 ? 'postponed' : undefined, i < 4));
    const share = Math.floor(HOME_SCHEDULE_MAX / 8);
    const shown = weekSchedule(events, WEEK);
    expect(shown.map((e) => e.id)).toEqual(events.slice(4, 4 + share).map((e) => e.id));
  });

  it('is empty when nothing falls in the week', () => {
    const events = Array.from({ length: 40 }, (_, i) => ev(`e${i}`, `2022-11-${String(1 + (i % 28)).padStart(2, '0')}T09:00`));
    expect(weekSchedule(events, WEEK)).toEqual([]);
  });

  it('says it lists only earlier years when a site turned to a new year has none of its events yet, by Beijing years', () => {
    const lastYear = [ev('ceremony', '2023-11-18T09:30'), ev('late', '2023-12-31T23:30')];
    expect(onlyEarlierYears(lastYear, 2024)).toBe(true);
    expect(onlyEarlierYears([...lastYear, ev('first', '2024-01-01T00:30')], 2024)).toBe(false);
    expect(onlyEarlierYears(lastYear, 2023)).toBe(false);
    expect(onlyEarlierYears([], 2024)).toBe(false);
  });
});
