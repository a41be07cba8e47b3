import { describe, expect, it } from 'vitest';
import { chineseLineBreaksPlugin, joinChineseLines } from './chinese-line-breaks.ts';
import { renderBody } from '../../../tests/support/render-body.ts';

const render = (markdown: string) => renderBody(markdown, [chineseLineBreaksPlugin()]);

describe('a line broken inside Chinese text', () => {
  it('runs on with no space where the editor broke it, after punctuation or between characters', async () => {
    expect(await render('本站由广东省教育厅组织建设，\n各地教育部门提供内容。')).toContain(
      '<p>本站由广东省教育厅组织建设，各地教育部门提供内容。</p>',
    );
    expect(await render('活动在图书\n馆举行，主题是\n“让学习成为一种生活方式”。')).toContain(
      '<p>活动在图书馆举行，主题是“让学习成为一种生活方式”。</p>',
    );
  });

  it('keeps the space of a break beside a Latin word or a figure, and a hard break', async () => {
    expect(joinChineseLines('下载\nApp 报名')).toBe('下载\nApp 报名');
    expect(joinChineseLines('共有\n30 个名额')).toBe('共有\n30 个名额');
    expect(joinChineseLines('read\nbooks')).toBe('read\nbooks');
    expect(await render('第一行\\\n第二行')).toMatch(/第一行<br\s*\/?>\s*第二行/);
  });

  it('leaves code as written', async () => {
    expect(await render('```\n中文\n中文\n```')).toContain('中文\n中文');
  });
});
