import { describe, expect, it } from 'vitest';
import { inputText } from '../../i18n/zh-CN/input.ts';
import { readFrontMatter } from './front-matter.ts';
import { FRONT_MATTER } from './problems.ts';
import { cpuMs } from '../../../tests/support/cpu-time.ts';
import { yamlLaughs } from '../../../tests/support/yaml-laughs.ts';

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
    expect(readFrontMatter(file('year: 2023\n'), 'a.md')).toEqual({ ok: true, data: { title: '读书月', year: 2023 }, problems: [] });
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

  it('names the field whose value needs quotes, and shows it quoted, where js-yaml would blame the indentation', () => {
    const quoted = (line: number, fixed: string) =>
      `文件头格式有误（YAML）：第 ${line} 行：这个值须加引号：值里有“冒号加空格”，或以引号、括号、* & ! @ % \` 等符号开头时，请用单引号把整个值括起来（值里的单引号写两个）：${fixed}`;
    const problemOf = (frontMatter: string) => {
      const result = readFrontMatter(file(frontMatter), 'a.md');
      if (result.ok) throw new Error('expected a problem');
      return result.problems;
    };
    expect(problemOf('summary: 专题讲座: 数字生活\n')).toEqual([
      { file: 'a.md', field: 'summary', message: quoted(3, "summary: '专题讲座: 数字生活'") },
    ]);
    expect(problemOf('summary: "他说"你好"的讲座"\n')[0]).toMatchObject({
      field: 'summary',
      message: quoted(3, `summary: '他说"你好"的讲座'`),
    });
    expect(problemOf('summary: *重要* 读书月\n')[0]).toMatchObject({
      field: 'summary',
      message: quoted(3, "summary: '*重要* 读书月'"),
    });
    expect(problemOf("summary: [2023] 讲座 'A'\n")[0]).toMatchObject({
      field: 'summary',
      message: quoted(3, "summary: '[2023] 讲座 ''A'''"),
    });
    expect(problemOf('summary: @读书\n')[0]).toMatchObject({ field: 'summary' });
    // A key out of line is still an indentation mistake.
    expect(problemOf('summary: 读书\n  year: 2023\n')[0]).toMatchObject({
      field: FRONT_MATTER,
      message: '文件头格式有误（YAML）：第 4 行：缩进不对：同一层的字段须对齐',
    });
  });

  it('reads but reports an unquoted value cut short by a #, with the field, the line and the value quoted', () => {
    const result = readFrontMatter(
      file('summary: 每周二上课 #免费 报名请致电\ntags:\n  - 读书 #推荐\n  - "#话题"\nnote: "第 # 期" # 编辑备注\n# 一行注释\n'),
      'a.md',
    );
    expect(result).toEqual({
      ok: true,
      data: { title: '读书月', summary: '每周二上课', tags: ['读书', '#话题'], note: '第 # 期' },
      problems: [
        {
          file: 'a.md',
          field: 'summary',
          message:
            '第 3 行：“#免费 报名请致电”不会发布：在 YAML 里，空格后的 # 表示注释，其后的文字都被丢掉。值里要有 # 时，请给整个值加引号：summary: "每周二上课 #免费 报名请致电"',
        },
        {
          file: 'a.md',
          field: 'tags',
          message:
            '第 5 行：“#推荐”不会发布：在 YAML 里，空格后的 # 表示注释，其后的文字都被丢掉。值里要有 # 时，请给整个值加引号：- "读书 #推荐"',
        },
      ],
    });
  });

  it('names the line and the field of a slip js-yaml blames on a later line', () => {
    const problemOf = (frontMatter: string) => {
      const result = readFrontMatter(file(frontMatter), 'a.md');
      if (result.ok) throw new Error('expected a problem');
      return result.problems;
    };
    // Line 3 holds the slip; js-yaml stops on line 4 or at the end.
    expect(problemOf('type：themed_reading\nyear: 2023\n')).toEqual([
      {
        file: 'a.md',
        field: 'type',
        message: '文件头格式有误（YAML）：第 3 行：type 后面是中文冒号“：”，请改成英文冒号加一个空格：type: themed_reading',
      },
    ]);
    expect(problemOf('region:\u3000"440100"\nyear: 2023\n')[0]).toMatchObject({
      field: 'region',
      message: '文件头格式有误（YAML）：第 3 行：region: 后面是中文的全角空格，请改成英文空格：region: "440100"',
    });
    expect(problemOf('summary: "书香羊城\nyear: 2023\nregion: "440100"\n')[0]).toMatchObject({
      field: 'summary',
      message: expect.stringMatching(/^文件头格式有误（YAML）：第 3 行：summary 的值以双引号 " 开头，这一行里却没有闭合/),
    });
    expect(problemOf("summary: '书香羊城\nyear: 2023\n")[0]).toMatchObject({
      field: 'summary',
      message: expect.stringContaining('第 3 行'),
    });
  });

  it('does not take a quote closed on its line, or a Chinese colon inside a value, for a slip', () => {
    const fine = 'summary: "他说\\"好\\""\nnote: \'It\'\'s\'\norganizer: 主办：广州市教育局\n';
    expect(readFrontMatter(file(fine), 'a.md')).toMatchObject({ ok: true, problems: [] });
    // A real mistake after such lines is still found where it is.
    expect(messageOf(file(`${fine}  year: 2023\n`))).toBe('文件头格式有误（YAML）：第 6 行：缩进不对：同一层的字段须对齐');
  });

  it('shows a reason it has no words for as js-yaml gives it', () => {
    expect(messageOf(file('a: !!binary 123%\n'))).toMatch(/^文件头格式有误（YAML）：第 \d+ 行：YAML 语法有误（.+）$/);
  });

  it('asks for the front matter when there is none', () => {
    expect(messageOf('# 标题\n正文。')).toBe('缺少文件头：文件须以 --- 开头，写明各字段，再以 --- 结束');
  });

  it('refuses YAML anchors and aliases by the line and field of the first anchor, before anything walks the data', async () => {
    // Nine lines, each repeating the one before nine times: 9^9 strings to a walk that follows the aliases.
    const laughs = yamlLaughs('["l","l","l","l","l","l","l","l","l"]');
    const { result, ms } = await cpuMs(() => readFrontMatter(file(`${laughs}\n`), 'a.md'));
    expect(ms).toBeLessThan(1000);
    // Line 1 is ---, line 2 the title, line 3 the first anchor.
    expect(result).toEqual({ ok: false, problems: [{ file: 'a.md', field: 'x0', message: inputText.yaml.anchor(3, 'a0') }] });
    const scalar = readFrontMatter(file('year: 2023\nsummary: &s 读书\nnote: *s\n'), 'a.md');
    expect(scalar).toEqual({ ok: false, problems: [{ file: 'a.md', field: 'summary', message: inputText.yaml.anchor(4, 's') }] });
    // An ampersand inside a quoted value is text.
    expect(readFrontMatter(file('summary: "读书 &a0 *a0"\n'), 'a.md')).toMatchObject({ ok: true, data: { summary: '读书 &a0 *a0' } });
  });
});
