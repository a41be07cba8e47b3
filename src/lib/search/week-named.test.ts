import { ConverterFactory } from 'opencc-js/core';
import toCn from 'opencc-js/to/cn';
import { describe, expect, it } from 'vitest';
import { t } from '../../i18n/zh-CN.ts';
import type { CalendarDays } from './day-named.ts';
import { normalizeQuery } from './normalize-query.ts';
import { namesWeekAlone, themeShortcut, weekLink, weekShortcut } from './week-named.ts';

const calendar: CalendarDays = {
  months: { '2023-11': [1, 18, 25] },
  monthHref: '/base/events/calendar/{month}/',
  label: t.search.shortcuts.day,
};
// The whole OpenCC t→cn converter; the page uses a trimmed table (t2s-table.test.ts).
const toSimplified = ConverterFactory(...toCn);
const week = { start: '2023-11-18', end: '2023-11-25' };

describe('weekLink', () => {
  it('names the week’s first and last days in its words, and goes to its first day in the events calendar', () => {
    const link = weekLink(week, calendar, '/base/', t.search.shortcuts.week);
    expect(link.href).toBe('/base/events/calendar/2023-11/#day-2023-11-18');
    expect(link.label).toBe(t.search.shortcuts.week('2023年11月18日 至 2023年11月25日'));
  });

  it('goes to the home page, which gives the dates too, while no event begins in the week’s month', () => {
    const link = weekLink({ start: '2024-11-16', end: '2024-11-23' }, calendar, '/base/', t.search.shortcuts.week);
    expect(link.href).toBe('/base/');
    expect(link.label).toContain('2024年11月16日');
  });
});

describe('weekShortcut', () => {
  const link = weekLink(week, calendar, '/base/', t.search.shortcuts.week);
  const asks = (query: string) => weekShortcut(normalizeQuery(query, { toSimplified }).display, link)?.href;

  it('answers a resident who asks when the week is, however they ask', () => {
    for (const query of [
      '活动周什么时候开始',
      '今年活动周几号',
      '终身学习活动周时间',
      '学习周什么时候',
      '活动周是哪天',
      '活动周 哪几天',
      '全民终身学习活动周啥时候结束',
      '活動週什麼時候',
      '活动周日程什么时候',
    ])
      expect(asks(query), query).toBe(link.href);
  });

  it('leaves alone a query that names the week without asking when, or asks when of a weekend', () => {
    for (const query of [
      '活动周',
      '活动周开幕式',
      '终身学习活动周 读书会',
      '什么时候开始',
      '亲子活动周末什么时候',
      '活动周日几点开始',
    ])
      expect(asks(query), query).toBeUndefined();
  });
});

describe('namesWeekAlone', () => {
  const alone = (query: string) => namesWeekAlone(normalizeQuery(query, { toSimplified }).terms);

  it('holds for a query about the week itself, its question words dropped (the notices give its dates)', () => {
    for (const query of ['活动周是哪天', '活动周什么时候', '学习周几号开始', '全民终身学习活动周是什么时候', '終身學習活動週什麼時候'])
      expect(alone(query), query).toBe(true);
  });

  it('does not for a query that names more than the week: a place, an event, a weekend', () => {
    for (const query of ['广州活动周什么时候', '活动周开幕式是哪天', '亲子活动周末什么时候', '活动周 读书会'])
      expect(alone(query), query).toBe(false);
  });
});

describe('themeShortcut', () => {
  const link = { href: '/base/', label: t.search.shortcuts.theme(2023, '让学习成为一种生活方式') };
  const asks = (query: string) => themeShortcut(normalizeQuery(query, { toSimplified }).display, link)?.href;

  it('answers a resident who asks the week’s theme, however they ask', () => {
    for (const query of [
      '活动周主题是什么',
      '今年主题',
      '今年的主题是什么？',
      '本届学习周的主题',
      '2023年全民终身学习活动周主题',
      '主题是啥',
      '活動週主題',
      // As a journalist asks for the slogan.
      '活动周口号',
      '今年的宣传口号是什么',
      '主题口号',
    ])
      expect(asks(query), query).toBe(link.href);
  });

  it('leaves alone a query that asks something else of a theme: 主题阅读 is a kind of event', () => {
    for (const query of ['主题阅读', '今年主题阅读活动', '活动周主题活动', '读书会的主题', '亮灯标语'])
      expect(asks(query), query).toBeUndefined();
  });
});
