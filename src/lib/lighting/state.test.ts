import { describe, expect, it } from 'vitest';
import { parseBeijing } from '../dates/index.ts';
import { lightingStateAt } from './state.ts';

const bj = (text: string) => parseBeijing(text) as Date;
const tower = { start: bj('2023-11-18T19:30'), end: bj('2023-11-18T22:00') };

describe('lightingStateAt', () => {
  it('is coming before the start, lit from the start, over from the end (start inclusive, end exclusive)', () => {
    expect(lightingStateAt(tower, bj('2023-11-18T19:29:59'))).toBe('coming');
    expect(lightingStateAt(tower, bj('2023-11-18T19:30'))).toBe('lit');
    expect(lightingStateAt(tower, bj('2023-11-18T21:59:59'))).toBe('lit');
    expect(lightingStateAt(tower, bj('2023-11-18T22:00'))).toBe('over');
  });

  it('judges by the instant, not by any clock: 19:30 Beijing is 06:30 in New York', () => {
    expect(lightingStateAt(tower, new Date('2023-11-18T06:45:00-05:00'))).toBe('lit');
    expect(lightingStateAt(tower, new Date('2023-11-18T11:30:00Z'))).toBe('lit');
  });

  it('keeps a window past midnight lit after midnight', () => {
    const late = { start: bj('2023-11-24T22:00'), end: bj('2023-11-25T00:30') };
    expect(lightingStateAt(late, bj('2023-11-25T00:15'))).toBe('lit');
    expect(lightingStateAt(late, bj('2023-11-25T00:30'))).toBe('over');
  });
});
