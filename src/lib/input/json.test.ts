import { describe, expect, it } from 'vitest';
import { parseJson } from './json.ts';

const SHAPE = '{ "year": …, "items": […] }';
const messageOf = (text: string) => {
  const result = parseJson(text, 'a.json', SHAPE);
  return result.ok ? undefined : result.problems.map((p) => p.message);
};

describe('parseJson', () => {
  it('reads JSON, with or without a byte-order mark', () => {
    expect(parseJson('\uFEFF{"year": 2023}', 'a.json', SHAPE)).toEqual({ ok: true, value: { year: 2023 } });
  });

  it('names the line and column where the parser stopped, counted as an editor counts them', () => {
    // The missing comma is noticed at the second key: line 3, column 3.
    expect(messageOf('{\n  "year": 2023\n  "items": []\n}')).toEqual([
      '不是有效的 JSON：第 3 行第 3 列（位置 19）附近有语法错误：漏了逗号',
    ]);
    // V8 gives no position for an unquoted word; the line and column are still named.
    expect(messageOf('{\n  "place": "广州塔",\n  "kind": tower\n}')?.[0]).toBe(
      '不是有效的 JSON：第 3 行第 11 列（位置 30）附近有语法错误：这里有无法识别的内容：文字须写在双引号里，数字和 true、false、null 不加引号',
    );
    expect(messageOf('{"year": 2023, "items": [],}')?.[0]).toContain(
      '第 1 行第 28 列（位置 27）附近有语法错误：这里应是用双引号括起的字段名；常见原因：最后一项后多了逗号',
    );
    expect(messageOf('{"year": 2023')?.[0]).toContain('第 1 行第 14 列（位置 13）附近有语法错误：缺少与 { 配对的 }');
  });

  it('names a Chinese comma, colon or quote where JSON needs its own', () => {
    expect(messageOf('{\n  "year": 2023，\n  "items": []\n}')?.[0]).toBe(
      '不是有效的 JSON：第 2 行第 15 列（位置 16）附近有语法错误：这里用了中文标点“，”：JSON 的逗号、冒号、引号和括号须用英文（半角）的 , : " { } [ ]，引号里的文字不受影响',
    );
    expect(messageOf('{"year"：2023}')?.[0]).toContain('中文标点“：”');
    expect(messageOf('{“year”: 2023}')?.[0]).toContain('中文标点““”');
    // Inside quotes they are text, as in any place name.
    expect(parseJson('{"place": "广州塔，珠江边：“小蛮腰”"}', 'a.json', SHAPE).ok).toBe(true);
  });

  it('says what an empty file should hold', () => {
    expect(messageOf(' \n')).toEqual([`文件是空的，应为 JSON 对象 ${SHAPE}`]);
  });
});
