import { describe, expect, it } from 'vitest';
import { parseSheetDate, type SheetDate } from './dates.ts';
import { endOnStartDay, isTimeAlone } from './time-alone.ts';

function start(typed: string): SheetDate {
  const read = parseSheetDate(typed);
  if (!read.ok) throw new Error(`unreadable start ${typed}`);
  return read.value;
}

/** The end's Beijing wall-clock reading, or undefined when it is not a time alone. */
function end(typed: string, startTyped: string): string | undefined {
  const text = endOnStartDay(typed, start(startTyped));
  if (text === undefined) return undefined;
  const read = parseSheetDate(text);
  return read.ok ? `${read.value.day} ${read.value.time}` : `unreadable ${text}`;
}

describe('an end typed as a time alone', () => {
  it('knows a time of day without a date, in the spellings people use', () => {
    for (const typed of [
      '11:30',
      '１１：３０',
      ' 下午5点 ',
      '5点半',
      '14时30分',
      '晚上7:30',
      'PM 5:00',
      '11:30 AM',
      '下午五点',
      '十点半',
    ])
      expect(isTimeAlone(typed), typed).toBe(true);
    for (const typed of ['2024-11-20', '2024-11-20 11:30', '11月20日', '30日', '下午', ''])
      expect(isTimeAlone(typed), typed).toBe(false);
  });

  it('is on the start’s day, in the start’s part of the day when it names none and reads as a 12-hour clock', () => {
    expect(end('5点', '2024-11-20 下午3点')).toBe('2024-11-20 17:00');
    expect(end('4:30', '2024/11/20 2:00 PM')).toBe('2024-11-20 16:30');
    expect(end('11点', '2024年11月20日 上午9点半')).toBe('2024-11-20 11:00');
    expect(end('1:30', '2024-11-20 中午12:00')).toBe('2024-11-20 13:30');
    expect(end('五点', '2024-11-20 下午三点')).toBe('2024-11-20 17:00');
    expect(end('4:30', '2024/11/20 2:00 PM')).toBe('2024-11-20 16:30');
  });

  it('keeps its own part of the day, or the 24-hour clock, over the start’s', () => {
    expect(end('14:00', '2024-11-20 上午9:30')).toBe('2024-11-20 14:00');
    expect(end('晚上9点', '2024-11-20 下午3点')).toBe('2024-11-20 21:00');
    expect(end('11:30 AM', '2024-11-20 下午3点')).toBe('2024-11-20 11:30');
    // A start on the 24-hour clock lends nothing: 5:00 stays 5:00 (and the commands report it as before the start).
    expect(end('5:00', '2024-11-20 15:00')).toBe('2024-11-20 05:00');
  });

  it('leaves a whole date to the date reader', () => {
    expect(end('2024-11-21 10:00', '2024-11-20 下午3点')).toBeUndefined();
    expect(end('11月21日', '2024-11-20 下午3点')).toBeUndefined();
  });
});
