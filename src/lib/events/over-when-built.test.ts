import { describe, expect, it } from 'vitest';
import { parseBeijing } from '../dates/index.ts';
import { overWhenBuilt } from './over-when-built.ts';

const at = (beijing: string) => ({ SOURCE_DATE_EPOCH: String(parseBeijing(beijing)!.getTime() / 1000) });

describe('an event over when the site was built', () => {
  const timed = { start: parseBeijing('2023-11-18T09:00')!, end: parseBeijing('2023-11-18T11:00')! };
  const week = { start: parseBeijing('2023-11-18')!, end: parseBeijing('2023-11-25')!, allDay: true };

  it('is over from its end, and not a minute before', () => {
    expect(overWhenBuilt(timed, at('2023-11-18T10:59'))).toBe(false);
    expect(overWhenBuilt(timed, at('2023-11-18T11:01'))).toBe(true);
  });

  it('runs, all day, to the Beijing midnight after its last day', () => {
    expect(overWhenBuilt(week, at('2023-11-25T23:59'))).toBe(false);
    expect(overWhenBuilt(week, at('2023-11-26T00:01'))).toBe(true);
  });
});
