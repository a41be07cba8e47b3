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

  it('is bold with a link or code between its marks, as many pairs as a line holds, in a heading and a table too', async () => {
    expect(await render('**报名：[点此](/x)**后填写')).toContain('<strong>报名：<a href="/x">点此</a></strong>后填写');
    expect(await render('**注意`code`：**后')).toContain('<strong>注意<code>code</code>：</strong>后');
    expect(await render('**报名：[点此](/x)**；**咨询：[电话](tel:1)**后')).toContain(
      '<strong>报名：<a href="/x">点此</a></strong>；<strong>咨询：<a href="tel:1">电话</a></strong>后',
    );
    expect(await render('## **报名：[点此](/x)**后')).toContain('<strong>报名：<a href="/x">点此</a></strong>后</h2>');
    expect(await render('| 项目 |\n| --- |\n| **报名：[点此](/x)**后 |')).toContain(
      '<td><strong>报名：<a href="/x">点此</a></strong>后</td>',
    );
    // Bold inside the link's own words, beside a pair across another link.
    expect(await render('[详见**通知：**原文](/n)，**报名：[点此](/x)**后')).toContain(
      '<a href="/n">详见<strong>通知：</strong>原文</a>，<strong>报名：<a href="/x">点此</a></strong>后',
    );
  });

  it('leaves a mark without its pair, escaped marks, and a pair a line break parts, across a link too', async () => {
    expect(await render('**报名：[点此](/x)后')).toContain('**报名：<a href="/x">点此</a>后');
    expect(await render('\\*\\*报名：[点此](/x)\\*\\*后')).not.toContain('<strong>');
    expect(await render('**报名：  \n[点此](/x)**后')).not.toContain('<strong>');
    // The parser's own bold between the marks (上午⏎下午, from the marks around it): not all of the line in bold.
    expect(await render('**时间：**上午\n下午**地点：**馆')).toContain('**时间：<strong>上午\n下午</strong>地点：**馆');
    expect(await render('前**报名：\\*\\*[点此](/x)**后')).not.toContain('<strong>');
    expect(await render('**报名：[点此](/x)\\*\\*后')).not.toContain('<strong>');
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
