import { describe, expect, it } from 'vitest';
import { parseSheetDate } from '../spreadsheet/index.ts';
import { defaultEnd } from './default-end.ts';

const date = (text: string) => {
  const read = parseSheetDate(text);
  if (!read.ok) throw new Error(`not a date: ${text}`);
  return read.value;
};

describe('the end an event without one is given', () => {
  it('is two hours after a start with a time, in Beijing time whatever the machine’s zone', () => {
    expect(defaultEnd(date('2024-11-18 09:30'))).toMatchObject({ day: '2024-11-18', time: '11:30' });
    // Over midnight the day moves on.
    const late = defaultEnd(date('2024-11-18 23:00'));
    expect(late).toMatchObject({ day: '2024-11-19', time: '01:00' });
    expect(late.instant.toISOString()).toBe('2024-11-18T17:00:00.000Z');
  });

  it('is the same day for a day without a time', () => {
    const day = date('2024-11-18');
    expect(defaultEnd(day)).toEqual(day);
  });
});
