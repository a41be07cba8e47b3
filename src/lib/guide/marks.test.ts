import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guideText } from '../../i18n/zh-CN/guide.ts';
import { describeMarkProblem } from './marks.ts';
import { blocksIn, fillGuide, GUIDE_FILE } from './render.ts';

/**
 * `npm run guide` rewrites what lies between a begin mark and its end mark.
 * When the marks do not pair up it must write nothing and say which line is
 * wrong: otherwise the prose people wrote up to the next end mark is lost.
 */
const { begin, end } = guideText;
const guide = readFileSync(GUIDE_FILE, 'utf8');
const made = new Map(blocksIn(guide).map((name) => [name, `（${name} 的新内容）`]));

const lineOf = (lines: readonly string[], text: string, from = 0) => lines.indexOf(text, from) + 1;

/** A small guide: prose, two made blocks, prose after each. */
const small = (lines: string[]) => lines.join('\n');
const EXAMPLE = guideText.blocks.example('events');
const FIELDS = guideText.blocks.fields('events');
const smallMade = new Map([
  [EXAMPLE, '新示例'],
  [FIELDS, '新字段表'],
]);

describe('the guide’s marks', () => {
  it('rewrite only what lies between them, keeping the prose around', () => {
    const text = small(['# 指南', begin(EXAMPLE), '旧示例', end, '手写的说明', begin(FIELDS), '旧字段表', end, '## 八、预览', '手写']);
    expect(fillGuide(text, smallMade)).toEqual({
      ok: true,
      text: small([
        '# 指南',
        begin(EXAMPLE),
        '',
        '新示例',
        '',
        end,
        '手写的说明',
        begin(FIELDS),
        '',
        '新字段表',
        '',
        end,
        '## 八、预览',
        '手写',
      ]),
    });
  });

  it('with an end mark deleted, leave the guide as it is and name the block left open and the line of the next begin mark', () => {
    const lines = guide.split('\n');
    const opened = lineOf(lines, begin(guideText.blocks.importMistakes));
    const next = lineOf(lines, begin(guideText.blocks.mistakes));
    lines.splice(lineOf(lines, end, opened) - 1, 1);
    const filled = fillGuide(lines.join('\n'), made);

    expect(filled.ok).toBe(false);
    if (filled.ok) return;
    expect(filled.problems).toEqual([
      {
        kind: 'beginInside',
        line: opened,
        name: guideText.blocks.importMistakes,
        next: { line: next - 1, name: guideText.blocks.mistakes },
      },
    ]);
    const message = describeMarkProblem(filled.problems[0]!);
    expect(message).toContain(`第 ${opened} 行`);
    expect(message).toContain(`“${guideText.blocks.importMistakes}”段`);
    expect(message).toContain(`第 ${next - 1} 行之前`);
    expect(message).toContain(end);
  });

  it('refuse a begin mark with no end mark before the file ends', () => {
    const text = small(['# 指南', begin(EXAMPLE), '旧示例', end, begin(FIELDS), '旧字段表', '## 九、检查', '手写']);
    expect(fillGuide(text, smallMade)).toEqual({ ok: false, problems: [{ kind: 'unclosed', line: 5, name: FIELDS }] });
  });

  it('refuse an end mark whose begin mark was deleted', () => {
    const text = small(['# 指南', '旧示例', end, begin(FIELDS), '旧字段表', end]);
    const filled = fillGuide(text, smallMade);
    expect(filled).toEqual({ ok: false, problems: [{ kind: 'endWithoutBegin', line: 3 }] });
    if (!filled.ok) expect(describeMarkProblem(filled.problems[0]!)).toMatch(/^ {2}第 3 行：这个结束标记前面没有对应的开始标记/);
  });

  it('refuse a block nobody makes, guessing the name meant', () => {
    const text = small([begin('字段 event'), '旧字段表', end]);
    const filled = fillGuide(text, smallMade);
    expect(filled.ok).toBe(false);
    if (filled.ok) return;
    expect(filled.problems).toMatchObject([{ kind: 'unknownName', line: 1, name: '字段 event' }]);
    expect(describeMarkProblem(filled.problems[0]!)).toContain(`是否应为“${FIELDS}”`);
  });

  it('refuse a block that appears twice', () => {
    const text = small([begin(FIELDS), '甲', end, '手写', begin(FIELDS), '乙', end]);
    expect(fillGuide(text, smallMade)).toEqual({ ok: false, problems: [{ kind: 'repeatedName', line: 5, name: FIELDS, first: 1 }] });
  });

  it('refuse a line written like a mark but not as one (a mark it stood for would pair wrongly)', () => {
    const text = small([begin(FIELDS), '旧字段表', '<!-- 自动生成结束-->', '手写']);
    expect(fillGuide(text, smallMade)).toEqual({
      ok: false,
      problems: [
        { kind: 'unclosed', line: 1, name: FIELDS },
        { kind: 'misspelt', line: 3 },
      ],
    });
  });
});
