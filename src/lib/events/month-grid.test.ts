import { describe, expect, it } from 'vitest';
import { parseBeijing } from '../dates/index.ts';
import { adjacentMonths, beijingMonth, busyDays, DAY_CELL_LIMIT, eventMonths, monthView, startDaysByMonth } from './month-grid.ts';

const ev = (id: string, start: string, end: string) => ({ id, data: { start: parseBeijing(start)!, end: parseBeijing(end)! } });

describe('month view', () => {
  const events = [
    ev('evening', '2023-11-18T19:30', '2023-11-18T21:00'),
    ev('morning', '2023-11-18T09:00', '2023-11-18T11:00'),
    ev('month-long', '2023-11-01T09:00', '2023-11-30T21:00'),
    ev('first-of-dec-beijing', '2023-12-01T00:30', '2023-12-01T02:00'),
    ev('last-of-nov-beijing', '2023-11-30T23:30', '2023-11-30T23:59'),
  ];
  const view = monthView('2023-11', events);
  const day = (date: string) => view.weeks.flat().find((d) => d.date === date)!;

  it('starts every week on Monday and pads with the neighbouring months', () => {
    // 1 November 2023 was a Wednesday; 30 November a Thursday.
    expect(view.weeks).toHaveLength(5);
    expect(view.weeks[0]!.map((d) => d.date)).toEqual([
      '2023-10-30',
      '2023-10-31',
      '2023-11-01',
      '2023-11-02',
      '2023-11-03',
      '2023-11-04',
      '2023-11-05',
    ]);
    expect(view.weeks[0]![0]!.inMonth).toBe(false);
    expect(view.weeks[0]!.map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(view.weeks.at(-1)!.at(-1)!.date).toBe('2023-12-03');
    expect(view.weeks.flat().filter((d) => d.inMonth)).toHaveLength(30);
  });

  it('lists a day’s events by Beijing start time, whatever the machine zone', () => {
    expect(day('2023-11-18').events.map((e) => e.id)).toEqual(['morning', 'evening']);
    // 00:30 Beijing on 1 December is still 30 November in UTC and New York.
    expect(day('2023-11-30').events.map((e) => e.id)).toEqual(['last-of-nov-beijing']);
    expect(view.weeks.flat().some((d) => d.events.some((e) => e.id === 'first-of-dec-beijing'))).toBe(false);
  });

  it('puts an event on its first day only, and gathers multi-day events apart', () => {
    expect(day('2023-11-01').events.map((e) => e.id)).toEqual(['month-long']);
    expect(day('2023-11-02').events).toEqual([]);
    expect(view.multiDay.map((e) => e.id)).toEqual(['month-long']);
    expect(monthView('2023-12', events).multiDay).toEqual([]);
  });

  it('rejects a malformed month', () => {
    expect(() => monthView('2023-13', [])).toThrow();
    expect(() => monthView('2023/11', [])).toThrow();
  });
});

describe('months with events', () => {
  it('covers every month an event runs in, in Beijing time', () => {
    const events = [ev('a', '2023-10-28T09:00', '2023-11-02T17:00'), ev('b', '2023-12-01T00:30', '2023-12-01T02:00')];
    expect(eventMonths(events)).toEqual(['2023-10', '2023-11', '2023-12']);
    expect(beijingMonth(parseBeijing('2023-12-01T00:30')!)).toBe('2023-12');
  });

  it('runs on over a new year, and counts a month by Beijing’s clock where UTC is still in the one before', () => {
    expect(eventMonths([ev('a', '2023-12-20T09:00', '2024-02-03T17:00')])).toEqual(['2023-12', '2024-01', '2024-02']);
    // 00:30 on 1 January in Beijing is 31 December in UTC.
    expect(eventMonths([ev('b', '2023-12-31T20:00', '2024-01-01T00:30')])).toEqual(['2023-12', '2024-01']);
  });

  it('finds the previous and next month', () => {
    expect(adjacentMonths(['2023-10', '2023-11', '2023-12'], '2023-11')).toEqual({ prev: '2023-10', next: '2023-12' });
    expect(adjacentMonths(['2023-11'], '2023-11')).toEqual({});
  });
});

describe('the days events begin on, by month', () => {
  it('gives each month the days its cells list events on, once each, in order, in Beijing time', () => {
    const events = [
      ev('late', '2023-11-25T20:00', '2023-11-25T21:00'),
      ev('long', '2023-11-01T09:00', '2023-11-30T17:00'),
      ev('same', '2023-11-25T09:00', '2023-11-25T11:00'),
      // 00:30 in Beijing is still the day before in UTC.
      ev('night', '2023-12-01T00:30', '2023-12-01T02:00'),
    ];
    expect(startDaysByMonth(events)).toEqual({ '2023-11': [1, 25], '2023-12': [1] });
    const view = monthView('2023-11', events);
    const listed = view.weeks.flat().filter((day) => day.inMonth && day.events.length > 0);
    expect(listed.map((day) => day.day)).toEqual(startDaysByMonth(events)['2023-11']);
  });
});

describe('busy days', () => {
  it('lists the days with more events than a cell shows, each with its events by start', () => {
    const at = (id: string, start: string) => ({ id, data: { start: new Date(start), end: new Date(start) } });
    // 18 November (Beijing) has DAY_CELL_LIMIT + 1 events, one of them at 23:30 on the 17th in UTC; the 19th has one.
    const busy = Array.from({ length: DAY_CELL_LIMIT }, (_, i) => at(`d18-${i}`, `2023-11-18T0${i}:00:00Z`));
    const events = [at('d19', '2023-11-19T02:00:00Z'), ...busy.reverse(), at('d18-early', '2023-11-17T16:30:00Z')];
    const days = busyDays(events);
    expect([...days.keys()]).toEqual(['2023-11-18']);
    expect(days.get('2023-11-18')!.map((e) => e.id)).toEqual([
      'd18-early',
      ...Array.from({ length: DAY_CELL_LIMIT }, (_, i) => `d18-${i}`),
    ]);
  });
});
