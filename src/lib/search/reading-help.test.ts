import { describe, expect, it } from 'vitest';
import { t } from '../../i18n/zh-CN.ts';
import { asksAboutReading } from './reading-help.ts';

describe('asksAboutReading', () => {
  const { words } = t.search.readingHelp;

  it('hears an older reader ask for bigger or clearer text, as they type or dictate it', () => {
    for (const query of [
      '字太小了',
      '怎么把字调大',
      '字 太小',
      '大字模式',
      '看不清楚',
      '我眼花',
      '老花眼看不清',
      '字体放大',
      '对比度',
    ]) {
      expect(asksAboutReading(query, words), query).toBe(true);
    }
  });

  it('leaves queries about anything else alone', () => {
    for (const query of ['书法班', '写毛笔字', '老人学手机', '声音调大', '文字', '']) {
      expect(asksAboutReading(query, words), query).toBe(false);
    }
  });
});
