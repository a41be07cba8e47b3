import { describe, expect, it } from 'vitest';
import {
  beijingDay,
  beijingDaysBetween,
  isBeijingMidnight,
  cardWhenDated,
  formatCardWhenZh,
  formatDateWeekdayZh,
  formatDayTimeZh,
  formatIsoDayZh,
  formatMonthDayZh,
  formatRangeZh,
  formatYearMonthZh,
  isoDateDated,
  isoDayDated,
  markDates,
  parseBeijing,
  parseBeijingDate,
  plainText,
  rangeDated,
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
    // An "offset" later than the hour it follows is the end of a range, not 11:00 at UTC−12 (07:00 the next day in Beijing).
    expect(parseBeijing('2026-05-20T11:00-12:00')).toBeNull();
    expect(parseBeijing('2026-05-20T09:30-10:30')).toBeNull();
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
  it('gives a Date of its own on each reading of the same text, which its reader may change', () => {
    const first = parseBeijing('2023-11-18 09:30')!;
    first.setTime(0);
    expect(parseBeijing('2023-11-18 09:30')?.toISOString()).toBe('2023-11-18T01:30:00.000Z');
    expect(parseBeijing(' 2023-11-18 09:30 ')?.toISOString()).toBe('2023-11-18T01:30:00.000Z');
    expect(parseBeijing('2023-11-18 25:30')).toBeNull();
    expect(parseBeijing('2023-11-18 25:30')).toBeNull();
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

describe('dates marked in a text', () => {
  it('cuts a text where it names the given dates, in their order, and leaves a date it does not hold out', () => {
    const first = { text: '2023年11月18日', datetime: '2023-11-18' };
    const last = { text: '2023年11月25日', datetime: '2023-11-25' };
    const missing = { text: '2023年12月1日', datetime: '2023-12-01' };
    const text = `活动周 ${first.text} 至 ${last.text}。`;
    expect(markDates(text, [first, missing, last])).toEqual(['活动周 ', first, ' 至 ', last, '。']);
    expect(markDates(first.text, [first])).toEqual([first]);
    expect(plainText(markDates(text, [first, last]))).toBe(text);
    // The same words twice: each mark takes the next one.
    expect(
      markDates('11月1日 至 11月1日', [
        { text: '11月1日', datetime: 'a' },
        { text: '11月1日', datetime: 'b' },
      ]),
    ).toEqual([{ text: '11月1日', datetime: 'a' }, ' 至 ', { text: '11月1日', datetime: 'b' }]);
  });

  it('marks a card’s date: the start of a day’s event, each day of one across days', () => {
    const start = parseBeijing('2023-11-01T09:00')!;
    const sameDay = cardWhenDated(start, parseBeijing('2023-11-01T11:00')!);
    expect(sameDay).toEqual([{ text: formatDayTimeZh(start), datetime: toBeijingIso(start) }]);
    const end = parseBeijing('2023-11-30T17:00')!;
    expect(cardWhenDated(start, end)).toEqual([
      { text: formatMonthDayZh(start), datetime: '2023-11-01' },
      ' 至 ',
      { text: formatMonthDayZh(end), datetime: '2023-11-30' },
    ]);
    const allDay = cardWhenDated(parseBeijing('2023-11-18')!, parseBeijing('2023-11-18')!, true);
    expect(allDay).toEqual([{ text: formatDayTimeZh(parseBeijing('2023-11-18')!, true), datetime: '2023-11-18' }]);
  });

  it('marks when an event runs: its start and its end, or its days when it runs all day', () => {
    const start = parseBeijing('2023-11-18T19:30')!;
    const evening = parseBeijing('2023-11-18T22:00')!;
    expect(rangeDated(start, evening)).toEqual([
      { text: `${formatDateWeekdayZh(start)}19:30`, datetime: toBeijingIso(start) },
      ' 至 ',
      { text: '22:00', datetime: toBeijingIso(evening) },
    ]);
    const monday = parseBeijing('2023-11-20T17:00')!;
    expect(rangeDated(start, monday)).toEqual([
      { text: `${formatDateWeekdayZh(start)}19:30`, datetime: toBeijingIso(start) },
      ' 至 ',
      { text: '11月20日（星期一）17:00', datetime: toBeijingIso(monday) },
    ]);
    const [saturday, sunday] = [parseBeijing('2023-11-18')!, parseBeijing('2023-11-19')!];
    expect(rangeDated(saturday, sunday, true)).toEqual([
      { text: formatDateWeekdayZh(saturday), datetime: '2023-11-18' },
      ' 至 ',
      { text: '11月19日（星期日）', datetime: '2023-11-19' },
      '，全天',
    ]);
    expect(rangeDated(saturday, saturday, true)).toEqual([{ text: formatDateWeekdayZh(saturday), datetime: '2023-11-18' }, '全天']);
  });

  it('marks a data file’s day', () => {
    expect(isoDayDated('2023-11-09')).toEqual({ text: formatIsoDayZh('2023-11-09'), datetime: '2023-11-09' });
    // With its year, as a deadline is named: 报送截止 2023年11月25日.
    expect(isoDateDated('2023-11-25')).toEqual({ text: '2023年11月25日', datetime: '2023-11-25' });
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

describe('Beijing midnights and calendar days, whatever the machine’s zone', () => {
  const at = (iso: string) => new Date(iso);

  it('takes 0:00 in Beijing for a midnight, and no other instant', () => {
    expect(isBeijingMidnight(at('2023-11-18T00:00:00+08:00'))).toBe(true);
    expect(isBeijingMidnight(at('2023-11-17T16:00:00Z'))).toBe(true);
    expect(isBeijingMidnight(at('2023-11-18T00:00:00.001+08:00'))).toBe(false);
    expect(isBeijingMidnight(at('2023-11-18T00:00:00Z'))).toBe(false);
  });

  it('counts the days on Beijing’s calendar between two instants, over months, years and a 29 February', () => {
    expect(beijingDaysBetween(at('2023-11-18T08:00:00+08:00'), at('2023-11-18T23:59:00+08:00'))).toBe(0);
    expect(beijingDaysBetween(at('2023-11-18T23:59:00+08:00'), at('2023-11-19T00:01:00+08:00'))).toBe(1);
    // The same two instants are one UTC day: 15:59 and 16:01.
    expect(beijingDaysBetween(at('2023-11-18T15:59:00Z'), at('2023-11-18T16:01:00Z'))).toBe(1);
    expect(beijingDaysBetween(at('2023-12-31T23:00:00+08:00'), at('2024-01-01T01:00:00+08:00'))).toBe(1);
    expect(beijingDaysBetween(at('2024-02-28T12:00:00+08:00'), at('2024-03-01T12:00:00+08:00'))).toBe(2);
    expect(beijingDaysBetween(at('2024-03-01T12:00:00+08:00'), at('2024-02-28T12:00:00+08:00'))).toBe(-2);
  });
});
