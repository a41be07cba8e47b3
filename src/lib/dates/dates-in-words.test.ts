import { describe, expect, it } from 'vitest';
import { datesNamedIn } from './dates-in-words.ts';
import { plainText } from './index.ts';

describe('datesNamedIn', () => {
  it('marks a year, a month, a day and a day without its year where the words name them, and keeps every word', () => {
    const text = '2023年广州市全民终身学习活动周：2023年11月至12月，11月25日前报送，2024年1月5日截止';
    const parts = datesNamedIn(text);
    expect(parts).toEqual([
      { text: '2023年', datetime: '2023' },
      '广州市全民终身学习活动周：',
      { text: '2023年11月', datetime: '2023-11' },
      '至12月，',
      { text: '11月25日', datetime: '11-25' },
      '前报送，',
      { text: '2024年1月5日', datetime: '2024-01-05' },
      '截止',
    ]);
    expect(plainText(parts)).toBe(text);
  });

  it('leaves words without a date, and numbers that are no date (13月, 32日, 3年), as they are', () => {
    expect(datesNamedIn('长者智能手机课堂')).toEqual(['长者智能手机课堂']);
    expect(datesNamedIn('13月40日与2023年13月，学3年')).toEqual(['13月40日与2023年13月，学3年']);
  });
});
