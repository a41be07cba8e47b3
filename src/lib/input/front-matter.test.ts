import { describe, expect, it } from 'vitest';
import { readFrontMatter } from './front-matter.ts';
import { FRONT_MATTER } from './problems.ts';

const file = (frontMatter: string, before = '') => `${before}---\ntitle: 读书月\n${frontMatter}---\n正文。\n`;
const messageOf = (text: string) => {
  const result = readFrontMatter(text, 'content/events/2023/a.md');
  if (result.ok) throw new Error('expected a problem');
  expect(result.problems).toHaveLength(1);
  expect(result.problems[0]).toMatchObject({ file: 'content/events/2023/a.md', field: FRONT_MATTER });
  return result.problems[0]!.message;
};

describe('readFrontMatter', () => {
  it('reads the YAML between the two --- lines, after a byte-order mark or blank lines', () => {
    expect(readFrontMatter(file('year: 2023\n'), 'a.md')).toEqual({ ok: true, data: { title: '读书月', year: 2023 } });
    expect(readFrontMatter(file('year: 2023\n', '\uFEFF'), 'a.md').ok).toBe(true);
    expect(readFrontMatter(file('year: 2023\n', '\n\n'), 'a.md').ok).toBe(true);
  });

  it('says in Chinese what is wrong, on the line of the file where it is', () => {
    // Line 1 is ---, line 2 the title, line 3 the bad one.
    expect(messageOf(file('  year: 2023\n'))).toBe('文件头格式有误（YAML）：第 3 行：缩进不对：同一层的字段须对齐');
    expect(messageOf(file('\tyear: 2023\n'))).toBe('文件头格式有误（YAML）：第 3 行：缩进里不能用 Tab 键，请改用空格');
    expect(messageOf(file('title: 又一个标题\n'))).toBe('文件头格式有误（YAML）：第 3 行：同一个字段写了两次，请合并为一处');
    // Two blank lines before the front matter move everything down by two.
    expect(messageOf(file('\tyear: 2023\n', '\n\n'))).toContain('第 5 行');
  });

  it('shows a reason it has no words for as js-yaml gives it', () => {
    expect(messageOf(file('a: !!binary 123%\n'))).toMatch(/^文件头格式有误（YAML）：第 \d+ 行：YAML 语法有误（.+）$/);
  });

  it('asks for the front matter when there is none', () => {
    expect(messageOf('# 标题\n正文。')).toBe('缺少文件头：文件须以 --- 开头，写明各字段，再以 --- 结束');
  });
});
