import { describe, expect, it } from 'vitest';
import { inBeijing, parseBeijing } from '../dates/index.ts';
import { nightOf } from './night-of.ts';

const bj = (text: string) => parseBeijing(text) as Date;

describe('nightOf: the night runs 06:00 to 05:59 and is named after the day it begins', () => {
  it('puts an evening on its own day', () => {
    expect(nightOf(bj('2023-11-18T19:30'))).toBe('2023-11-18');
    expect(nightOf(bj('2023-11-18T23:59'))).toBe('2023-11-18');
  });

  it('puts the small hours on the night before', () => {
    expect(nightOf(bj('2023-11-19T00:00'))).toBe('2023-11-18');
    expect(nightOf(bj('2023-11-19T00:30'))).toBe('2023-11-18');
    expect(nightOf(bj('2023-11-19T05:59'))).toBe('2023-11-18');
  });

  it('starts a new night at 06:00, so a daytime screen belongs to its day', () => {
    expect(nightOf(bj('2023-11-19T06:00'))).toBe('2023-11-19');
    expect(nightOf(bj('2023-11-19T10:00'))).toBe('2023-11-19');
  });

  it('crosses month and year ends', () => {
    expect(nightOf(bj('2023-12-01T02:00'))).toBe('2023-11-30');
    expect(nightOf(bj('2024-01-01T01:00'))).toBe('2023-12-31');
  });

  it('agrees with luxon in Asia/Shanghai over a whole year, whatever the machine zone', () => {
    expect(process.env.TZ).toBe('America/New_York');
    const start = Date.UTC(2023, 0, 1);
    for (let t = start; t < start + 366 * 86_400_000; t += 97 * 60_000) {
      const beijing = inBeijing(new Date(t));
      const expected = (beijing.hour < 6 ? beijing.minus({ days: 1 }) : beijing).toFormat('yyyy-LL-dd');
      if (nightOf(new Date(t)) !== expected) throw new Error(`${new Date(t).toISOString()}: ${nightOf(new Date(t))} ≠ ${expected}`);
    }
  });
});
