import { describe, expect, it } from 'vitest';
import { readDay } from '../scaffold/answers.ts';
import { parseDeadlineOption } from './deadline-option.ts';
import { validateStats } from './validate.ts';
import { sampleStats } from './fixtures.ts';

const SPELLINGS = [
  '2024-11-25',
  '2024/11/25',
  ' 2024/11/25 ',
  '2024.11.25',
  '2024年11月25日',
  '2024-11-5',
  '２０２４/１１/２５',
  '20241125',
];

describe('--deadline', () => {
  it.each(SPELLINGS)('takes %j as npm run new takes a date, and writes the day as the file requires', (typed) => {
    const day = readDay(typed);
    const read = parseDeadlineOption(typed);
    expect(day.ok).toBe(true);
    expect(read).toEqual({ ok: true, value: day.ok && day.value });
    // What is written passes `stats check`.
    const file = { ...sampleStats(), deadline: read.ok ? read.value : '' };
    expect(validateStats(JSON.stringify(file), '2023.json').ok).toBe(true);
  });

  it('refuses what is no date, a day that does not exist and a time, saying what to write', () => {
    expect(parseDeadlineOption('11-25')).toEqual({
      ok: false,
      message: '--deadline 11-25：不是可识别的日期：年、月、日都要写，例如 2024-11-25 或 2024/11/25',
    });
    expect(parseDeadlineOption('下周一')).toMatchObject({ ok: false, message: expect.stringContaining('不是可识别的日期') });
    expect(parseDeadlineOption('2024/02/30')).toEqual({ ok: false, message: '--deadline 2024/02/30：没有这一天，请核对月和日' });
    expect(parseDeadlineOption('2024/11/25 17:00')).toEqual({
      ok: false,
      message: '--deadline 2024/11/25 17:00：截止日期只写日期，不带时间，例如 --deadline 2024-11-25',
    });
  });
});
