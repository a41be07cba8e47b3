import { describe, expect, it } from 'vitest';
import { clockNumeralsAsDigits } from './clock-numerals.ts';

describe('hours and minutes in Chinese numerals', () => {
  it('are put as digits before an hour word, and between an hour word and 分 or 刻', () => {
    const cases: [string, string][] = [
      ['下午三点', '下午3点'],
      ['两点半', '2点半'],
      ['十点', '10点'],
      ['十一点', '11点'],
      ['二十点', '20点'],
      ['〇点', '0点'],
      ['九点零五分', '9点05分'],
      ['十一点三十分', '11点30分'],
      ['八时二十五分', '8时25分'],
      ['两点一刻', '2点15分'],
      ['十点三刻', '10点45分'],
      ['11月18日 下午三点到五点', '11月18日 下午3点到5点'],
    ];
    for (const [typed, digits] of cases) expect(clockNumeralsAsDigits(typed), typed).toBe(digits);
  });

  it('leave numerals that are not a time alone, and digits as they are', () => {
    for (const typed of ['三楼', '第三期', '十一月', '9:30', '下午3点', '三十分钟'])
      expect(clockNumeralsAsDigits(typed), typed).toBe(typed);
  });
});
