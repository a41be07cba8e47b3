import { describe, expect, it } from 'vitest';
import {
  beijingDay,
  formatCardWhenZh,
  formatDayTimeZh,
  formatIsoDayZh,
  formatRangeZh,
  formatYearMonthZh,
  parseBeijing,
  parseBeijingDate,
  toBeijingIso,
  weekdayZh,
} from './index.ts';

describe('parseBeijing', () => {
  it('reads a time without an offset as Beijing time', () => {
    expect(parseBeijing('2023-11-18T19:30')?.toISOString()).toBe('2023-11-18T11:30:00.000Z');
    expect(parseBeijing('2023-11-18 19:30:00')?.toISOString()).toBe('2023-11-18T11:30:00.000Z');
  });
  it('reads a time range written after a space as no date at all, not as a time at UTC−16:00 the next day', () => {
    expect(parseBeijing('2026-05-20 14:30-16:00')).toBeNull();
    expect(parseBeijing('2026-05-20 09:00-11:00')).toBeNull();
    expect(parseBeijing('2026-05-20T14:30-16:00')).toBeNull();
    expect(parseBeijing('2026-05-20T09:00-05:00')?.toISOString()).toBe('2026-05-20T14:00:00.000Z');
  });

  it('keeps an explicit offset', () => {
    expect(parseBeijing('2023-11-18T19:30:00Z')?.toISOString()).toBe('2023-11-18T19:30:00.000Z');
    expect(parseBeijing('2023-11-18T19:30+09:00')?.toISOString()).toBe('2023-11-18T10:30:00.000Z');
  });
  it('reads a YAML timestamp (parsed as UTC) back as Beijing wall time', () => {
    expect(parseBeijing(new Date(Date.UTC(2023, 10, 18, 19, 30)))?.toISOString()).toBe('2023-11-18T11:30:00.000Z');
  });
  it('starts a bare date at Beijing midnight', () => {
    expect(parseBeijing('2023-11-25')?.toISOString()).toBe('2023-11-24T16:00:00.000Z');
  });
  it('rejects malformed and impossible values', () => {
    for (const bad of ['2023-02-30', '2023-11-18T25:00', '18/11/2023', '2023-11-18T19', '', 'tomorrow']) {
      expect(parseBeijing(bad), bad).toBeNull();
    }
    expect(parseBeijing(new Date('nope'))).toBeNull();
  });
});

describe('parseBeijingDate', () => {
  it('accepts only a calendar date', () => {
    expect(parseBeijingDate('2023-11-25')).not.toBeNull();
    expect(parseBeijingDate('2023-11-25T10:00')).toBeNull();
    expect(parseBeijingDate('2023-13-01')).toBeNull();
  });
});

describe('formatting in Beijing time', () => {
  const late = new Date('2023-11-18T16:30:00Z'); // 00:30 on the 19th in Beijing
  it('puts an instant on its Beijing day and weekday', () => {
    expect(beijingDay(late)).toBe('2023-11-19');
    expect(weekdayZh(late)).toBe('星期日');
    expect(toBeijingIso(late)).toBe('2023-11-19T00:30:00+08:00');
    expect(formatDayTimeZh(late)).toBe('11月19日 星期日 00:30');
    expect(formatDayTimeZh(late, false, true)).toBe('2023年11月19日 星期日 00:30');
  });
  it('puts a card’s date as the start for a day’s event, and both days for one across days', () => {
    const start = parseBeijing('2023-11-01T09:00')!;
    expect(formatCardWhenZh(start, parseBeijing('2023-11-01T11:00')!)).toBe(formatDayTimeZh(start));
    expect(formatCardWhenZh(start, parseBeijing('2023-11-30T17:00')!)).toBe('11月1日 至 11月30日');
    expect(formatCardWhenZh(start, parseBeijing('2023-11-30T17:00')!, false, true)).toBe('2023年11月1日 至 11月30日');
    expect(formatCardWhenZh(parseBeijing('2023-12-30')!, parseBeijing('2024-01-02')!, true, true)).toBe(
      '2023年12月30日 至 2024年1月2日',
    );
  });
  it('says when an event runs', () => {
    const start = parseBeijing('2023-11-18T19:30')!;
    expect(formatRangeZh(start, parseBeijing('2023-11-18T22:00')!)).toBe('2023年11月18日（星期六）19:30 至 22:00');
    expect(formatRangeZh(start, parseBeijing('2023-11-20T17:00')!)).toBe('2023年11月18日（星期六）19:30 至 11月20日（星期一）17:00');
  });
  it('joins the two ends of any range with 至, a word screen readers speak, never a dash they pass over in silence', () => {
    const ranges: [string, string, boolean][] = [
      ['2023-11-18T09:30', '2023-11-18T11:30', false],
      ['2023-11-18T22:00', '2023-11-19T00:30', false],
      ['2023-12-31T20:00', '2024-01-01T01:00', false],
      ['2023-11-18', '2023-11-20', true],
    ];
    for (const [from, to, allDay] of ranges) {
      const [start, end] = [parseBeijing(from)!, parseBeijing(to)!];
      for (const text of [formatRangeZh(start, end, allDay), formatCardWhenZh(start, end, allDay, true)]) {
        if (text === formatDayTimeZh(start, allDay, true)) continue;
        expect(text, `${from} ${to}`).toMatch(/\S 至 \S/);
        expect(text, `${from} ${to}`).not.toMatch(/[\d日）][–—―~～-]/u);
      }
    }
  });
});

describe('formatIsoDayZh', () => {
  it('writes a data file day the Chinese way', () => {
    expect(formatIsoDayZh('2023-11-09')).toBe('11月9日');
  });
});

describe('formatYearMonthZh', () => {
  it('writes a calendar month without leading zeros', () => {
    expect(formatYearMonthZh('2023-11')).toBe('2023年11月');
    expect(formatYearMonthZh('2024-01')).toBe('2024年1月');
  });
});
