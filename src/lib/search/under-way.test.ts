import { describe, expect, it } from 'vitest';
import { dates } from '../../i18n/zh-CN/dates.ts';
import { readSpans, spanInWords, underWayOn, type UnderWaySpan } from './under-way.ts';

const month: UnderWaySpan = ['2023-11-01', '2023-11-30', '书香羊城', '/events/2023/gz-reading-month/'];
const essay: UnderWaySpan = ['2023-11-10', '2023-11-25', '征文', '/events/2023/essay/'];
const winter: UnderWaySpan = ['2023-12-20', '2024-01-10', '冬季读书', '/events/2023/winter/'];

describe('underWayOn', () => {
  it('names the events over several days on that day, from their first day to their last, those ending soonest first', () => {
    expect(underWayOn('2023-11-20', [month, essay, winter])).toEqual([essay, month]);
    expect(underWayOn('2023-11-25', [month, essay])).toEqual([essay, month]);
    expect(underWayOn('2023-11-26', [month, essay])).toEqual([month]);
    expect(underWayOn('2023-11-01', [month, essay])).toEqual([month]);
    expect(underWayOn('2024-01-05', [month, essay, winter])).toEqual([winter]);
    expect(underWayOn('2023-12-01', [month, essay])).toEqual([]);
  });
});

describe('spanInWords', () => {
  it('gives the days as pages print them, with their years only across a new year', () => {
    expect(spanInWords(month)).toBe(dates.until('11月1日', '11月30日'));
    expect(spanInWords(winter)).toBe(dates.until('2023年12月20日', '2024年1月10日'));
  });
});

describe('readSpans', () => {
  it('takes the list the build writes, and nothing from what is not one', () => {
    expect(readSpans([month, ['2023-11-01', 3]])).toEqual([month]);
    expect(readSpans({ error: 'Not found' })).toEqual([]);
    expect(readSpans('<!DOCTYPE html>')).toEqual([]);
  });
});
