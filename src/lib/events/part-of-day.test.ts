import { describe, expect, it } from 'vitest';
import { partOfDayBegun } from './part-of-day.ts';

describe('partOfDayBegun', () => {
  it('reads the hour an event begins by Beijing’s clock, whatever the machine’s zone', () => {
    // 11:30 UTC is 19:30 in Beijing: an evening, though the morning's hour in London.
    expect(partOfDayBegun(new Date('2023-11-24T11:30:00Z'), false)).toBe('evening');
    expect(partOfDayBegun(new Date('2023-11-24T01:30:00Z'), false)).toBe('morning');
    expect(partOfDayBegun(new Date('2023-11-24T03:59:00Z'), false)).toBe('morning');
    expect(partOfDayBegun(new Date('2023-11-24T04:00:00Z'), false)).toBe('afternoon');
    expect(partOfDayBegun(new Date('2023-11-24T09:59:00Z'), false)).toBe('afternoon');
    expect(partOfDayBegun(new Date('2023-11-24T10:00:00Z'), false)).toBe('evening');
  });

  it('gives an event of whole days none', () => {
    expect(partOfDayBegun(new Date('2023-11-23T16:00:00Z'), true)).toBeUndefined();
  });
});
