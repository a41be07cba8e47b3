import { describe, expect, it } from 'vitest';
import { t } from '../../i18n/zh-CN.ts';
import {
  dayAnswer,
  dayNamed,
  daysAsPagesWriteThem,
  monthNamed,
  quietDaysNote,
  yearsAsPagesWriteThem,
  type CalendarDays,
} from './day-named.ts';

describe('dayNamed', () => {
  it('reads a day as residents type it, in the week’s year when they name none', () => {
    for (const query of [
      '11月25日',
      '11月25号有什么活动',
      '11 月 25 日 讲座',
      '１１月２５日',
      '11.25',
      '11/25 活动',
      '2023-11-25',
      '2023年11月25日',
    ])
      expect(dayNamed(query, 2023), query).toBe('2023-11-25');
    expect(dayNamed('2022年11月19日开幕式', 2023)).toBe('2022-11-19');
    // In Chinese numerals, as a voice input may write it.
    for (const query of ['十一月二十五日', '十一月二十五号有什么活动']) expect(dayNamed(query, 2023), query).toBe('2023-11-25');
    expect(dayNamed('十二月一日', 2023)).toBe('2023-12-01');
    expect(dayNamed('十月十日', 2023)).toBe('2023-10-10');
    expect(dayNamed('12月5日', 2024)).toBe('2024-12-05');
  });

  it('reads 今天 and 明天 by the reader’s clock, on Beijing’s calendar whatever the machine’s zone', () => {
    // 2023-11-24 17:30 UTC is already 11月25日 01:30 in Beijing.
    const now = new Date('2023-11-24T17:30:00Z');
    expect(dayNamed('今天有什么活动', 2023, now)).toBe('2023-11-25');
    expect(dayNamed('明天 讲座', 2023, now)).toBe('2023-11-26');
    expect(dayNamed('后天', 2023, now)).toBe('2023-11-27');
    expect(dayNamed('大后天', 2023, now)).toBe('2023-11-28');
    // In Cantonese: 今日, 听日 (tomorrow), 后日 (the day after).
    expect(dayNamed('今日有咩活动', 2023, now)).toBe('2023-11-25');
    expect(dayNamed('听日有乜嘢活动', 2023, now)).toBe('2023-11-26');
    expect(dayNamed('后日', 2023, now)).toBe('2023-11-27');
    // An evening or a morning of a day names that day; yesterday (琴日 in Cantonese) the day before.
    expect(dayNamed('今晚有冇活动', 2023, now)).toBe('2023-11-25');
    expect(dayNamed('明晚 讲座', 2023, now)).toBe('2023-11-26');
    expect(dayNamed('听晚', 2023, now)).toBe('2023-11-26');
    expect(dayNamed('昨天的讲座', 2023, now)).toBe('2023-11-24');
    expect(dayNamed('琴日嘅活动', 2023, now)).toBe('2023-11-24');
    // A day the query names outright comes first; without a clock, 今天 names none.
    expect(dayNamed('今天 11月18日', 2023, now)).toBe('2023-11-18');
    expect(dayNamed('今天', 2023)).toBeUndefined();
  });

  it('reads 周末, 周六 and 周日 as the first such day from today on, by Beijing’s calendar', () => {
    // 2023-11-22 (a Wednesday) 17:30 UTC is already Thursday 11月23日 in Beijing.
    const thursday = new Date('2023-11-22T17:30:00Z');
    expect(dayNamed('周末有什么活动', 2023, thursday)).toBe('2023-11-25');
    expect(dayNamed('这周六去哪', 2023, thursday)).toBe('2023-11-25');
    expect(dayNamed('礼拜天 讲座', 2023, thursday)).toBe('2023-11-26');
    // On a Saturday, that day; on a Sunday, 周末 is today and 周六 the next one.
    const saturday = new Date('2023-11-25T02:00:00Z');
    expect(dayNamed('周末', 2023, saturday)).toBe('2023-11-25');
    const sunday = new Date('2023-11-26T02:00:00Z');
    expect(dayNamed('周末', 2023, sunday)).toBe('2023-11-26');
    expect(dayNamed('星期六', 2023, sunday)).toBe('2023-12-02');
    // Without a clock, or with a day named outright, as for 今天.
    expect(dayNamed('周末', 2023)).toBeUndefined();
    expect(dayNamed('周六 11月18日', 2023, thursday)).toBe('2023-11-18');
  });

  it('reads a day named without its month (18号) as the next such day from today, by Beijing’s calendar, and no 号 that numbers a place or a document', () => {
    // 2026-12-06 16:30 UTC is already Monday 12月7日 in Beijing.
    const monday = new Date('2026-12-06T16:30:00Z');
    expect(dayNamed('18号有什么活动', 2023, monday)).toBe('2026-12-18');
    expect(dayNamed('7号 讲座', 2023, monday)).toBe('2026-12-07');
    // Passed this month: next month's.
    expect(dayNamed('5号', 2023, monday)).toBe('2027-01-05');
    // A month without a 31st is passed over.
    expect(dayNamed('31日', 2023, new Date('2027-02-01T02:00:00Z'))).toBe('2027-03-31');
    for (const query of ['地铁1号线', '3号楼', '第18号', '〔2023〕18号文', '32号', '18'])
      expect(dayNamed(query, 2023, monday), query).toBeUndefined();
    // A month named with it is read as before; without a clock, no day.
    expect(dayNamed('11月18号', 2023, monday)).toBe('2023-11-18');
    expect(dayNamed('18号', 2023)).toBeUndefined();
  });

  it('reads a day without its month in Chinese numerals (十八号), as voice input writes it, but no numbered place, length of time or weekday', () => {
    const monday = new Date('2026-12-06T16:30:00Z');
    expect(dayNamed('十八号有什么活动', 2023, monday)).toBe('2026-12-18');
    expect(dayNamed('二十五日 讲座', 2023, monday)).toBe('2026-12-25');
    expect(dayNamed('五号', 2023, monday)).toBe('2027-01-05');
    expect(dayNamed('11月十八号', 2023, monday)).toBe('2023-11-18');
    for (const query of ['地铁一号线', '三号楼', '第十八号', '一日游', '三日内报名', '三十二号', '十十号'])
      expect(dayNamed(query, 2023, monday), query).toBeUndefined();
    // The weekend's days, not the 6th or the 7th.
    expect(dayNamed('周六日', 2023, monday)).toBe('2026-12-12');
    expect(dayNamed('星期日', 2023, monday)).toBe('2026-12-13');
  });

  it('reads 下周六 and 下个周末 as the days of the week after this one, Monday to Sunday, but not the 下 of 线下周末', () => {
    // Wednesday 2023-11-22 in Beijing: this week's Saturday is the 25th, next week's the 2nd.
    const wednesday = new Date('2023-11-22T02:00:00Z');
    expect(dayNamed('下周六有什么活动', 2023, wednesday)).toBe('2023-12-02');
    expect(dayNamed('广州下个星期天', 2023, wednesday)).toBe('2023-12-03');
    expect(dayNamed('下周末', 2023, wednesday)).toBe('2023-12-02');
    expect(dayNamed('线下周末活动', 2023, wednesday)).toBe('2023-11-25');
    // On a Sunday, next week begins tomorrow: its Saturday is six days on, as is the next 周六.
    const sunday = new Date('2023-11-26T02:00:00Z');
    expect(dayNamed('下周六', 2023, sunday)).toBe('2023-12-02');
    expect(dayNamed('下周日', 2023, sunday)).toBe('2023-12-03');
    // On a Saturday, 下周日 is not tomorrow.
    const saturday = new Date('2023-11-25T02:00:00Z');
    expect(dayNamed('下周日', 2023, saturday)).toBe('2023-12-03');
  });

  it('reads 上周六 and 上个星期天 as the days of the week before this one, but not the 上 of 线上周六, 网上周末, 马上周末 or 早上周六', () => {
    // Wednesday 2023-11-22 in Beijing: last week's Saturday was the 18th, this week's is the 25th.
    const wednesday = new Date('2023-11-22T02:00:00Z');
    expect(dayNamed('上周六有什么活动', 2023, wednesday)).toBe('2023-11-18');
    expect(dayNamed('深圳上个星期天的讲座', 2023, wednesday)).toBe('2023-11-19');
    expect(dayNamed('上周末', 2023, wednesday)).toBe('2023-11-18');
    expect(dayNamed('上周三', 2023, wednesday)).toBe('2023-11-15');
    expect(dayNamed('线上周六的活动', 2023, wednesday)).toBe('2023-11-25');
    expect(dayNamed('网上周末活动', 2023, wednesday)).toBe('2023-11-25');
    expect(dayNamed('马上周末了去哪玩', 2023, wednesday)).toBe('2023-11-25');
    expect(dayNamed('早上周六有什么活动', 2023, wednesday)).toBe('2023-11-25');
  });

  it('reads 这周 as the days from today to Sunday, and 下个礼拜 as next week’s, Monday to Sunday, but not a day of them', () => {
    // Wednesday 2023-11-22 in Beijing (18:00 on the 21st in UTC).
    const wednesday = new Date('2023-11-21T18:00:00Z');
    expect(dayNamed('这周有什么活动', 2023, wednesday)).toBe('2023-11-22');
    expect(dayNamed('下个礼拜有乜嘢活动', 2023, wednesday)).toBe('2023-11-27');
    // Last week's, Monday to Sunday (the 13th to the 19th): what was on.
    expect(dayNamed('上周的活动', 2023, wednesday)).toBe('2023-11-13');
    // A day of the week named is that day, not the week.
    expect(dayNamed('这个星期六', 2023, wednesday)).toBe('2023-11-25');
    expect(dayNamed('下周一有什么活动', 2023, wednesday)).toBe('2023-11-27');
    expect(dayNamed('线下周末活动', 2023, wednesday)).toBe('2023-11-25');
    // The 下周 of 线下 (offline) is no week.
    expect(dayNamed('线下周活动', 2023, wednesday)).toBeUndefined();
  });

  it('reads a weekday (周三, 礼拜五, 下周二) as the first such day from today on, but not the 周一 of 活动周一共 or 这周一起', () => {
    const wednesday = new Date('2023-11-22T02:00:00Z');
    expect(dayNamed('周三有什么活动', 2023, wednesday)).toBe('2023-11-22');
    expect(dayNamed('礼拜五晚上有咩讲座', 2023, wednesday)).toBe('2023-11-24');
    expect(dayNamed('星期一', 2023, wednesday)).toBe('2023-11-27');
    expect(dayNamed('下周二的讲座', 2023, wednesday)).toBe('2023-11-28');
    for (const query of ['活动周一共办了多少场活动', '这周一起去', '学习周一般几点开始'])
      expect(dayNamed(query, 2023, wednesday), query).toBeUndefined();
  });

  it('reads no Sunday in the 周日 of a word for days (活动周日程, 学习周日历), and the weekend still where one is named', () => {
    const thursday = new Date('2023-11-22T17:30:00Z');
    for (const query of ['活动周日程', '学习周日历', '活动周日期']) expect(dayNamed(query, 2023, thursday), query).toBeUndefined();
    expect(dayNamed('亲子活动周末', 2023, thursday)).toBe('2023-11-25');
    expect(dayNamed('周日 日程', 2023, thursday)).toBe('2023-11-26');
    expect(dayNamed('活动周日', 2023, thursday)).toBe('2023-11-26');
  });

  it('names no day for a query without one, or with a day no calendar has', () => {
    for (const query of ['粤剧', '2023年', '11月', '2月30日', '13月1日', '11.25.3', '3.1415', '第25期', '1125'])
      expect(dayNamed(query, 2023), query).toBeUndefined();
  });
});

describe('monthNamed', () => {
  it('reads a month named without a day, in figures or in Chinese numerals, in the week’s year when the query names none', () => {
    for (const query of ['11月有什么活动', '11月份的活动', '十一月有什么讲座', '2023年11月'])
      expect(monthNamed(query, 2023), query).toBe('2023-11');
    expect(monthNamed('2022年11月的活动', 2023)).toBe('2022-11');
    expect(monthNamed('一月', 2024)).toBe('2024-01');
  });

  it('reads 这个月 and 下个月 by the reader’s clock, on Beijing’s calendar', () => {
    // 2026-12-31 17:00 UTC is already 2027-01-01 in Beijing.
    const newYear = new Date('2026-12-31T17:00:00Z');
    expect(monthNamed('这个月有什么活动', 2023, newYear)).toBe('2027-01');
    expect(monthNamed('下个月', 2023, new Date('2026-12-07T02:00:00Z'))).toBe('2027-01');
    expect(monthNamed('上个月的讲座', 2023, new Date('2026-12-07T02:00:00Z'))).toBe('2026-11');
    expect(monthNamed('本月', 2023)).toBeUndefined();
  });

  it('reads 去年 and 今年 before a month or a day by the reader’s clock, not the week’s year', () => {
    // Monday 2026-12-07 in Beijing; the site's week is 2023's.
    const monday = new Date('2026-12-07T02:00:00Z');
    expect(monthNamed('去年11月的活动', 2023, monday)).toBe('2025-11');
    expect(monthNamed('今年十一月有什么讲座', 2023, monday)).toBe('2026-11');
    expect(monthNamed('前年的11月', 2023, monday)).toBe('2024-11');
    expect(dayNamed('去年11月18号', 2023, monday)).toBe('2025-11-18');
    expect(dayNamed('明年 1月5日', 2023, monday)).toBe('2027-01-05');
    // On New Year's Day in Beijing, 去年 is the year that has just ended.
    expect(monthNamed('去年12月', 2023, new Date('2026-12-31T17:00:00Z'))).toBe('2026-12');
    // A year written out wins; without a clock, the week's year.
    expect(monthNamed('去年 2022年11月', 2023, monday)).toBe('2022-11');
    expect(monthNamed('去年11月', 2023)).toBe('2023-11');
  });

  it('names no month for a day, for what is no month, or for a word that ends in 月', () => {
    for (const query of ['11月25日', '十一月二十五日', '13月', '十十月', '深圳读书月', '12个月', '粤剧'])
      expect(monthNamed(query, 2023), query).toBeUndefined();
  });
});

describe('dayAnswer', () => {
  const calendar: CalendarDays = {
    months: { '2023-11': [1, 18, 25], '2023-12': [1] },
    monthHref: '/base/events/calendar/{month}/',
    label: t.search.shortcuts.day,
  };
  const href = (answer: ReturnType<typeof dayAnswer>) => answer?.shortcut?.href;

  it('links a day that events begin on to its cell in its month’s calendar, named by its date', () => {
    const answer = dayAnswer('11月25日有什么活动', 2023, calendar)!;
    expect(answer.shortcut!.href).toBe('/base/events/calendar/2023-11/#day-2023-11-25');
    expect(answer.shortcut!.label).toContain('2023年11月25日');
    expect(answer.quietDays).toEqual([]);
  });

  it('says so of a day no event begins on, and links the next day one does, in a later month too', () => {
    expect(dayAnswer('11月24日', 2023, calendar)).toEqual({
      shortcut: expect.objectContaining({ href: '/base/events/calendar/2023-11/#day-2023-11-25' }),
      quietDays: ['2023-11-24'],
    });
    expect(href(dayAnswer('11月26日', 2023, calendar))).toBe('/base/events/calendar/2023-12/#day-2023-12-01');
    expect(href(dayAnswer('10月1日', 2023, calendar))).toBe('/base/events/calendar/2023-11/#day-2023-11-01');
  });

  it('links nothing after the last day events begin on, and answers nothing for a query that names no day', () => {
    expect(dayAnswer('12月2日', 2023, calendar)).toEqual({ shortcut: undefined, quietDays: ['2023-12-02'] });
    // 今天, by the reader's clock, years after the calendar's last day.
    expect(dayAnswer('今天有什么活动', 2023, calendar, new Date('2026-12-07T02:00:00Z'))).toEqual({
      shortcut: undefined,
      quietDays: ['2026-12-07'],
    });
    expect(dayAnswer('粤剧', 2023, calendar)).toBeUndefined();
  });

  it('links a month that events begin in to its calendar page, and of one they do not, says so and links the next day they do', () => {
    expect(dayAnswer('十一月有什么活动', 2023, calendar)).toEqual({
      shortcut: { href: '/base/events/calendar/2023-11/', label: t.search.shortcuts.day.replace('{date}', '2023年11月'), words: [] },
      quietDays: [],
    });
    expect(dayAnswer('10月份的活动', 2023, calendar)).toEqual({
      shortcut: expect.objectContaining({ href: '/base/events/calendar/2023-11/#day-2023-11-01' }),
      quietDays: ['2023-10'],
    });
    expect(dayAnswer('这个月有什么活动', 2023, calendar, new Date('2026-12-07T02:00:00Z'))).toEqual({
      shortcut: undefined,
      quietDays: ['2026-12'],
    });
  });

  it('links 周末 to Sunday’s cell when events begin on the Sunday only, and Saturday’s when on both', () => {
    // Monday 11月20日: the coming weekend is the 25th and the 26th.
    const monday = new Date('2023-11-20T02:00:00Z');
    const sundayOnly: CalendarDays = { ...calendar, months: { '2023-11': [1, 26] } };
    expect(href(dayAnswer('周末有什么活动', 2023, sundayOnly, monday))).toBe('/base/events/calendar/2023-11/#day-2023-11-26');
    expect(href(dayAnswer('周末有什么活动', 2023, calendar, monday))).toBe('/base/events/calendar/2023-11/#day-2023-11-25');
    // 周六 is the Saturday alone; the 26th is the next day events begin on.
    expect(dayAnswer('周六有什么活动', 2023, sundayOnly, monday)).toEqual({
      shortcut: expect.objectContaining({ href: '/base/events/calendar/2023-11/#day-2023-11-26' }),
      quietDays: ['2023-11-25'],
    });
    // A weekend with none: both its days, and the next day after them.
    const weekendOff = new Date('2023-11-27T02:00:00Z');
    const laterOn: CalendarDays = { ...calendar, months: { ...calendar.months, '2023-12': [1, 9] } };
    expect(dayAnswer('周末有什么活动', 2023, laterOn, weekendOff)).toEqual({
      shortcut: expect.objectContaining({ href: '/base/events/calendar/2023-12/#day-2023-12-09' }),
      quietDays: ['2023-12-02', '2023-12-03'],
    });
  });

  it('links the first day of a week named that events begin on, and of a week with none, says so of its days', () => {
    // Wednesday 11月22日: this week's days are the 22nd to the 26th; next week's the 27th to 3 December.
    const wednesday = new Date('2023-11-22T02:00:00Z');
    expect(href(dayAnswer('这周有什么活动', 2023, calendar, wednesday))).toBe('/base/events/calendar/2023-11/#day-2023-11-25');
    expect(dayAnswer('下周有什么活动', 2023, calendar, wednesday)).toEqual({
      shortcut: expect.objectContaining({ href: '/base/events/calendar/2023-12/#day-2023-12-01' }),
      quietDays: [],
    });
    const later = dayAnswer('这个星期有什么活动', 2023, calendar, new Date('2026-12-08T02:00:00Z'))!;
    expect(later.shortcut).toBeUndefined();
    expect(later.quietDays).toEqual(['2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13']);
  });
});

describe('quietDaysNote', () => {
  it('names each day as pages print it, and says nothing for no day', () => {
    const message = t.search.shortcuts.quietDays;
    expect(quietDaysNote(message, ['2026-12-07'])).toBe(message.replace('{days}', '2026年12月7日'));
    expect(quietDaysNote(message, ['2023-12-02', '2023-12-03'])).toBe(message.replace('{days}', '2023年12月2日、2023年12月3日'));
    expect(quietDaysNote(message, [])).toBe('');
    expect(quietDaysNote(message, ['2026-12'])).toBe(message.replace('{days}', '2026年12月'));
    // A week's days, as its first and last.
    expect(quietDaysNote(message, ['2026-12-08', '2026-12-09', '2026-12-10'])).toBe(
      message.replace('{days}', `2026年12月8日${t.dates.to}2026年12月10日`),
    );
  });
});

describe('yearsAsPagesWriteThem', () => {
  it('writes a year named from this one as pages do, by the reader’s clock in Beijing, but not this year’s', () => {
    // 31 December 2025, 20:00 in UTC: already 2026 in Beijing.
    const newYear = new Date('2025-12-31T20:00:00Z');
    expect(yearsAsPagesWriteThem('去年的数据', newYear).trim()).toBe('2025年 数据');
    expect(yearsAsPagesWriteThem('前年亮灯', newYear).trim()).toBe('2024年 亮灯');
    expect(yearsAsPagesWriteThem('大前年的开幕式', newYear).trim()).toBe('2023年 开幕式');
    expect(yearsAsPagesWriteThem('明年活动周', newYear).trim()).toBe('2027年 活动周');
    expect(yearsAsPagesWriteThem('今年的数据', newYear)).toBe('今年的数据');
    // Without a clock, as typed.
    expect(yearsAsPagesWriteThem('去年的数据')).toBe('去年的数据');
  });
});

describe('daysAsPagesWriteThem', () => {
  it('writes a day as pages print it, with its year when the query gives one', () => {
    expect(daysAsPagesWriteThem('11月25号有什么活动')).toBe('11月25日有什么活动');
    expect(daysAsPagesWriteThem('11.25 讲座')).toBe('11月25日 讲座');
    expect(daysAsPagesWriteThem('11 / 25')).toBe('11 / 25');
    expect(daysAsPagesWriteThem('2023-11-25')).toBe('2023年11月25日');
    expect(daysAsPagesWriteThem('2023年11月25号')).toBe('2023年11月25日');
    expect(daysAsPagesWriteThem('2月29日')).toBe('2月29日');
    expect(daysAsPagesWriteThem('十一月二十五号有什么活动')).toBe('11月25日有什么活动');
    expect(daysAsPagesWriteThem('十一月的讲座')).toBe('11月的讲座');
    expect(daysAsPagesWriteThem('12月份的讲座')).toBe('12月的讲座');
    expect(daysAsPagesWriteThem('18号晚上')).toBe('18日晚上');
    expect(daysAsPagesWriteThem('地铁1号线')).toBe('地铁1号线');
    expect(daysAsPagesWriteThem('十八号晚上')).toBe('18日晚上');
    expect(daysAsPagesWriteThem('去年十一月的活动')).toBe('11月的活动');
    expect(daysAsPagesWriteThem('今年的11月18号')).toBe('11月18日');
    expect(daysAsPagesWriteThem('去年的活动')).toBe('去年的活动');
    expect(daysAsPagesWriteThem('地铁一号线 一日游')).toBe('地铁一号线 一日游');
  });

  it('leaves what is no day as typed', () => {
    for (const text of ['2月30号', '3.1415', '粤剧', '9787544253994', '020-83113000', '13/1'])
      expect(daysAsPagesWriteThem(text), text).toBe(text);
  });
});
