import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputText } from '../../i18n/zh-CN/input.ts';
import { FILE_NAME, FRONT_MATTER, WHOLE_FILE } from '../input/index.ts';
import { checkContentFolder, checkEntry } from './check-entries.ts';

const event = (fields: string) => `---
title: 广州读书月开幕
region: "440100"
year: 2023
summary: 一起读书。
type: themed_reading
start: 2023-11-18T09:30
end: 2023-11-18T11:30
venue: { name: 广州图书馆, address: 广州市天河区珠江东路4号 }
organizer: 广州市教育局
audience: [all]
${fields}---
正文。
`;

describe('checking content before the build', () => {
  it('passes a good entry', () => {
    expect(checkEntry('events', 'content/events/2023/a.md', event(''))).toEqual([]);
  });

  it('says of a venue indented with full-width spaces (an input method’s) that they are not indentation', () => {
    const text = event('').replace(
      'venue: { name: 广州图书馆, address: 广州市天河区珠江东路4号 }',
      'venue:\n\u3000\u3000name: 广州图书馆\n\u3000\u3000address: 广州市天河区珠江东路4号',
    );
    const messages = checkEntry('events', 'content/events/2023/a.md', text).map((p) => p.message);
    expect(messages).toContain(inputText.keys.wideIndent('\u3000\u3000', 'name'));
    expect(messages).toContain(inputText.keys.wideIndent('\u3000\u3000', 'address'));
  });

  it('names the file and field of a bad region', () => {
    const problems = checkEntry('events', 'content/events/2023/a.md', event('').replace('"440100"', '"449999"'));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/events/2023/a.md', field: 'region', message: expect.stringContaining('未知的地区代码 449999') }),
    ]);
  });

  it('reads an unquoted timestamp with seconds as Beijing time, as the build does', () => {
    const text = event('').replace('start: 2023-11-18T09:30', 'start: 2023-11-18 09:00:00');
    expect(checkEntry('events', 'a.md', text)).toEqual([]);
    const late = event('').replace('start: 2023-11-18T09:30', 'start: 2023-11-18 12:00:00').replace('end: 2023-11-18T11:30', 'end: 2023-11-18 11:00:00');
    expect(checkEntry('events', 'a.md', late).map((p) => p.field)).toEqual(['end']);
  });

  it('says where the YAML is broken, on the line of the file, in Chinese', () => {
    // organizer is line 10 of the file: line 1 is ---.
    const problems = checkEntry('events', 'a.md', event('').replace('organizer:', '  organizer:'));
    expect(problems).toEqual([
      { file: 'a.md', field: FRONT_MATTER, message: '文件头格式有误（YAML）：第 10 行：缩进不对：同一层的字段须对齐' },
    ]);
  });

  it('stops an entry whose title a # cut short, naming the field', () => {
    const problems = checkEntry('events', 'a.md', event('').replace('title: 广州读书月开幕', 'title: 长者课堂 #第1期 智能手机'));
    expect(problems).toEqual([{ file: 'a.md', field: 'title', message: expect.stringContaining('“#第1期 智能手机”不会发布') }]);
  });

  it('says what to write for a number written with words, and for a place name written as the region', () => {
    const learner = (fields: string) =>
      `---\nname: 陈阿姨\nregion: "440106"\nyear: 2023\nsummary: 退休后学会了用手机。\nlevel: district\noccupation: 退休教师\n${fields}---\n正文。\n`;
    const messageOf = (fields: string) => checkEntry('learners', 'a.md', learner(fields)).map((p) => `${p.field}：${p.message}`);
    expect(messageOf('age: 七十一\n')).toEqual(['age：age 须写阿拉伯数字，如 70，而不是“七十一”']);
    expect(messageOf('age: 70岁\n')).toEqual(['age：age 只写阿拉伯数字，不带单位或文字：应写 70，而不是“70岁”']);
    expect(messageOf('age: "７１"\n')).toEqual(['age：age 是数字，不要加引号：应写 71']);
    expect(messageOf('age: 71\n').concat(checkEntry('learners', 'a.md', learner('age: 71\n').replace('year: 2023', 'year: 2023年')).map((p) => p.message))).toEqual([
      'year 只写阿拉伯数字，不带单位或文字：应写 2023，而不是“2023年”',
    ]);
    const region = (typed: string) => checkEntry('events', 'a.md', event('').replace('region: "440100"', `region: ${typed}`)).map((p) => p.message);
    expect(region('天河')).toEqual(['地区代码须写 6 位数字：“天河”是广州市天河区，应写 "440106"']);
    expect(region('广州市')).toEqual(['地区代码须写 6 位数字：“广州市”是广州市，应写 "440100"']);
  });

  it('names a control character in a field (written as \\u0001) and in the body (pasted), which no feed reader reads', () => {
    const text = event('').replace('title: 广州读书月开幕', 'title: "广州读书月\\u0001开幕"').replace('正文。', '第一段。\n\n第二段\u000b。');
    expect(checkEntry('events', 'a.md', text)).toEqual([
      { file: 'a.md', field: 'title', message: '含有看不见的控制字符（U+0001），多是从网页或 Word 复制时带来的：它会让 RSS 订阅源整个读不出来，请删去（VS Code 里显示为红色的小方块）' },
      {
        file: 'a.md',
        item: '第 15 行',
        field: '正文（body）',
        message: '含有看不见的控制字符（U+000B），多是从网页或 Word 复制时带来的：它会让 RSS 订阅源整个读不出来，请删去（VS Code 里显示为红色的小方块）',
      },
    ]);
  });

  it('reports a file saved as GBK instead of reading it as nonsense', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    mkdirSync(join(dir, 'books'), { recursive: true });
    // "---\ntitle: 示例" in GBK: 示 = CA BE, 例 = C0 FD
    writeFileSync(join(dir, 'books/old.md'), Buffer.concat([Buffer.from('---\ntitle: '), Buffer.from([0xca, 0xbe, 0xc0, 0xfd]), Buffer.from('\n---\n')]));
    expect(checkContentFolder(dir).problems).toEqual([
      expect.objectContaining({ field: WHOLE_FILE, message: expect.stringContaining('不是 UTF-8 编码（可能是 GBK）') }),
    ]);
  });

  it('finds a missing cover image and a bad file name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    mkdirSync(join(dir, 'events/2023'), { recursive: true });
    writeFileSync(join(dir, 'events/2023/Bad Name.md'), event('cover: { src: ./missing.jpg, alt: 照片 }\n'));
    const { problems, files } = checkContentFolder(dir);
    expect(files).toBe(1);
    expect(problems.map((p) => p.field).sort()).toEqual(['cover.src', FILE_NAME].sort());
    expect(problems.find((p) => p.field === 'cover.src')?.message).toContain('找不到图片文件“./missing.jpg”');
  });

  it('passes the shipped sample content', () => {
    expect(checkContentFolder('content').problems).toEqual([]);
  });
});
