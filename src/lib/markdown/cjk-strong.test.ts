import { describe, expect, it } from 'vitest';
import { boldBesideChinese, cjkStrongPlugin } from './cjk-strong.ts';
import { renderBody } from '../../../tests/support/render-body.ts';

const render = (markdown: string) => renderBody(markdown, [cjkStrongPlugin()]);

describe('bold beside Chinese punctuation', () => {
  it('is bold where CommonMark alone leaves the asterisks on the page', async () => {
    expect(await render('**注意：**报名需带身份证。')).toContain('<strong>注意：</strong>报名需带身份证。');
    expect(await render('这是**“重点”**内容')).toContain('这是<strong>“重点”</strong>内容');
    expect(await render('**时间：**上午九点；**地点：**图书馆')).toContain(
      '<strong>时间：</strong>上午九点；<strong>地点：</strong>图书馆',
    );
    expect(await render('[详见**通知：**原文](/notices/)')).toContain('<strong>通知：</strong>');
  });

  it('leaves bold CommonMark already takes, and its space, as they are', async () => {
    expect(await render('**注意**：报名')).toContain('<strong>注意</strong>：报名');
    expect(await render('**关于示例内容：** 本站')).toContain('<strong>关于示例内容：</strong> 本站');
  });

  it('leaves asterisks an editor escaped, in code, or without Chinese at an edge', async () => {
    expect(await render('\\*\\*注意：\\*\\*报名')).not.toContain('<strong>');
    expect(await render('`**注意：**报名`')).toContain('<code>**注意：**报名</code>');
    expect(boldBesideChinese('2**3 and 4**5', '2**3 and 4**5')).toBeUndefined();
    expect(boldBesideChinese('** 注意 **', '** 注意 **')).toBeUndefined();
    expect(boldBesideChinese('***注意：***报名', '***注意：***报名')).toBeUndefined();
  });

  it('cuts a text into its text and bold, the text kept whole', () => {
    const text = '前面**注意：**后面';
    expect(boldBesideChinese(text, text)).toEqual([
      { type: 'text', value: '前面' },
      { type: 'strong', children: [{ type: 'text', value: '注意：' }] },
      { type: 'text', value: '后面' },
    ]);
  });
});
