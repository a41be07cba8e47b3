import { describe, expect, it } from 'vitest';
import { defaultFormMapping } from './form-mapping.ts';
import { parseProvinceOption } from './province-option.ts';

const parse = (text: string) => parseProvinceOption(text, defaultFormMapping());
const ran = (text: string) => {
  const r = parse(text);
  return r.ok
    ? Object.entries(r.value)
        .filter(([, v]) => v)
        .map(([k]) => k)
    : r.message;
};

describe('--province', () => {
  it('takes all, none, keys, the annex’s names and the mapping’s names', () => {
    expect(ran('all')).toHaveLength(5);
    expect(ran('全部')).toHaveLength(5);
    expect(ran('none')).toEqual([]);
    expect(ran('themed_reading,learning_week')).toEqual(['themed_reading', 'learning_week']);
    expect(ran('主题阅读、“社长（总编）荐书”活动')).toEqual(['themed_reading', 'publisher_picks']);
    expect(ran('活动周 数字阅读分享')).toEqual(['digital_reading', 'learning_week']);
  });

  it('refuses what is not a kind, saying what it takes', () => {
    expect(ran('读书')).toMatch(/^--province 的“读书”不是活动类别：应写 all（全部）、none（无）/);
    expect(parse('').ok).toBe(false);
  });
});
