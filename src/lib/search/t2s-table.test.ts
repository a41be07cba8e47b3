import { ConverterFactory } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import { describe, expect, it } from 'vitest';
import { hanCharacters, t2sConverter, trimT2sTable } from './t2s-table.ts';

const full = { phrases: TSPhrases, characters: TSCharacters };
const fullConverter = ConverterFactory([TSPhrases, TSCharacters]);
const siteText = '全民终身学习活动周 让学习成为一种生活方式 广州图书馆 百姓学习之星 老年大学 乾隆 线上讲堂 台山';

describe('trimT2sTable', () => {
  const siteChars = hanCharacters(siteText);
  const trimmed = trimT2sTable(full, siteChars);
  const convert = t2sConverter(trimmed);

  it('is much smaller than the whole table', () => {
    expect(trimmed.characters.length).toBeLessThan(full.characters.length / 20);
  });

  it('converts every Traditional query over the site the way the whole table does', () => {
    for (const query of [
      '終身學習',
      '全民終身學習活動週',
      '廣州圖書館',
      '百姓學習之星',
      '老年大學',
      '綫上講堂',
      '線上講堂',
      '臺山',
      '乾隆',
    ]) {
      expect(convert(query), query).toBe(fullConverter(query));
    }
  });

  it('leaves a character alone when its Simplified form is nowhere on the site (no match either way)', () => {
    // 龍 → 龙, and 龙 is not in siteText.
    expect(convert('龍')).toBe('龍');
    expect(fullConverter('龍')).toBe('龙');
  });

  it('is the identity when the site has no Han characters', () => {
    expect(t2sConverter(trimT2sTable(full, new Set()))('終身學習')).toBe('終身學習');
  });
});

describe('hanCharacters', () => {
  it('finds exactly the Han characters, beyond the Basic Multilingual Plane too, and nothing of the markup', () => {
    const text = '<p class="x">广州 Guangzhou 〇々 ＡＢＣ 𠀋𪚥 かな 한글 ⺀ “引号”</p>';
    expect([...hanCharacters(text)].sort()).toEqual(
      [...text.matchAll(/\p{Script=Han}/gu)]
        .map((m) => m[0])
        .filter((c, i, all) => all.indexOf(c) === i)
        .sort(),
    );
    expect(hanCharacters(text).has('𠀋')).toBe(true);
    expect(hanCharacters(text).has('か')).toBe(false);
  });
});
