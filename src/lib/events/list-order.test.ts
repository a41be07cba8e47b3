import { describe, expect, it } from 'vitest';
import { datesNeedYear, editionOrder } from './list-order.ts';

const ev = (id: string, start: string, end = start) => ({ id, data: { start: new Date(start), end: new Date(end) } });

describe('the order of event lists', () => {
  it('puts the current year and after first in date order, then earlier years most recent first', () => {
    const events = [
      ev('2021-nov', '2021-11-20T01:00:00Z'),
      ev('2023-dec', '2023-12-01T01:00:00Z'),
      ev('2022-nov', '2022-11-20T01:00:00Z'),
      ev('2024-nov', '2024-11-20T01:00:00Z'),
      ev('2023-nov', '2023-11-18T01:00:00Z'),
      ev('2022-sep', '2022-09-01T01:00:00Z'),
    ];
    expect(editionOrder(events, 2023).map((e) => e.id)).toEqual([
      '2023-nov',
      '2023-dec',
      '2024-nov',
      '2022-nov',
      '2022-sep',
      '2021-nov',
    ]);
  });

  it('counts the year in Beijing time: an event on the evening of 31 December in UTC is already the new year', () => {
    // 2022-12-31T17:00Z is 1 January 2023, 01:00 in Beijing.
    const events = [ev('new-year', '2022-12-31T17:00:00Z'), ev('old-year', '2022-12-31T15:00:00Z', '2022-12-31T15:30:00Z')];
    expect(editionOrder(events, 2023).map((e) => e.id)).toEqual(['new-year', 'old-year']);
  });

  it('keeps an event that runs into the current year with the current year', () => {
    const events = [ev('in-2023', '2023-01-05T01:00:00Z'), ev('across', '2022-12-20T01:00:00Z', '2023-01-10T01:00:00Z')];
    expect(editionOrder(events, 2023).map((e) => e.id)).toEqual(['across', 'in-2023']);
  });

  it('breaks ties by id, so two builds agree', () => {
    const events = [
      ev('b', '2023-11-18T01:00:00Z'),
      ev('a', '2023-11-18T01:00:00Z'),
      ev('d', '2020-11-18T01:00:00Z'),
      ev('c', '2020-11-18T01:00:00Z'),
    ];
    expect(editionOrder(events, 2023).map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('cards that say the year with the date', () => {
  it('are those of a list of more than one year, told by Beijing years: a night of 31 December in UTC is already the new year in Beijing', () => {
    expect(datesNeedYear([ev('a', '2023-11-18T01:00:00Z'), ev('b', '2023-12-31T15:00:00Z')], 2023)).toBe(false);
    expect(datesNeedYear([ev('a', '2023-11-18T01:00:00Z'), ev('b', '2023-12-31T16:30:00Z')], 2023)).toBe(true);
    expect(datesNeedYear([], 2023)).toBe(false);
  });

  it('and those of a list of one year other than the list’s, as a site turned to 2024 lists 2023’s events', () => {
    expect(datesNeedYear([ev('a', '2023-11-18T01:00:00Z'), ev('b', '2023-12-05T01:00:00Z')], 2024)).toBe(true);
    expect(datesNeedYear([ev('a', '2024-11-18T01:00:00Z')], 2024)).toBe(false);
  });
});
