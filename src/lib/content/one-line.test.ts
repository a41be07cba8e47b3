import { describe, expect, it } from 'vitest';
import { oneLine } from './one-line.ts';

describe('a short text on one line', () => {
  it('joins Chinese across a line break without a space, as it is read', () => {
    expect(oneLine('广州读书月\n开幕式')).toBe('广州读书月开幕式');
    expect(oneLine('“书香羊城”\r\n  全民阅读')).toBe('“书香羊城”全民阅读');
    expect(oneLine('书香羊城，\n全民阅读。')).toBe('书香羊城，全民阅读。');
  });

  it('keeps a word break as one space where a Latin letter or digit meets the break', () => {
    expect(oneLine('AI 与\n老年人')).toBe('AI 与老年人');
    expect(oneLine('Python\n入门')).toBe('Python 入门');
    expect(oneLine('Digital\n  literacy')).toBe('Digital literacy');
    expect(oneLine('2024\n年')).toBe('2024 年');
    expect(oneLine('“Hello”\nWorld')).toBe('“Hello” World');
  });

  it('leaves a text without line breaks as it is, spaces included', () => {
    for (const text of ['广州 读书月', 'a  b', '《三体》']) expect(oneLine(text)).toBe(text);
  });
});
