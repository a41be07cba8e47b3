import { describe, expect, it } from 'vitest';
import { bareUrlsPlugin, splitBareUrl } from './bare-urls.ts';
import { cpuMs } from '../../../tests/support/cpu-time.ts';

describe('bare addresses in Markdown', () => {
  it('end where the address ends, before Chinese text and full-width punctuation', () => {
    expect(splitBareUrl('http://www.moe.gov.cn）公开发布的原文为准', 'www.moe.gov.cn）公开发布的原文为准')).toEqual({
      url: 'http://www.moe.gov.cn',
      text: 'www.moe.gov.cn',
      rest: '）公开发布的原文为准',
    });
    expect(splitBareUrl('https://edu.gd.gov.cn/zt/xxzq/。详见', 'https://edu.gd.gov.cn/zt/xxzq/。详见')).toEqual({
      url: 'https://edu.gd.gov.cn/zt/xxzq/',
      text: 'https://edu.gd.gov.cn/zt/xxzq/',
      rest: '。详见',
    });
    expect(splitBareUrl('mailto:press@example.cn联系', 'press@example.cn联系')).toEqual({ url: 'mailto:press@example.cn', text: 'press@example.cn', rest: '联系' });
  });

  it('drop sentence punctuation from the address’s end, as GFM does', () => {
    expect(splitBareUrl('http://www.moe.gov.cn.见原文', 'www.moe.gov.cn.见原文')?.url).toBe('http://www.moe.gov.cn');
  });

  it('find the end of an address in time linear in its length, after a long run of dots too', async () => {
    const run = '.'.repeat(40_000);
    const text = `a.b/${run}x中文`;
    const { result: split, ms } = await cpuMs(() => splitBareUrl(`https://${text}`, text));
    expect(ms).toBeLessThan(100);
    expect(split).toEqual({ url: `https://a.b/${run}x`, text: `a.b/${run}x`, rest: '中文' });
    expect(splitBareUrl(`https://a.b/x${run}见`, `a.b/x${run}见`)).toEqual({ url: 'https://a.b/x', text: 'a.b/x', rest: `${run}见` });
  });

  it('leave links that are fine, and links an editor wrote with their own text', () => {
    expect(splitBareUrl('http://www.moe.gov.cn', 'www.moe.gov.cn')).toBeUndefined();
    expect(splitBareUrl('https://www.moe.gov.cn/', '教育部网站')).toBeUndefined();
    expect(splitBareUrl('https://example.cn/a', 'https://example.cn/a')).toBeUndefined();
  });

  it('replace the link with the address and the text after it', () => {
    const calls: unknown[] = [];
    const ctx = { replaceNode: (_node: unknown, replacement: unknown) => calls.push(replacement) };
    const { link } = bareUrlsPlugin();
    link({ url: 'http://www.moe.gov.cn）公开', children: [{ type: 'text', value: 'www.moe.gov.cn）公开' }] }, ctx);
    link({ url: 'https://x.cn/', children: [{ type: 'text', value: '网站' }] }, ctx);
    expect(calls).toEqual([
      [
        { type: 'link', url: 'http://www.moe.gov.cn', title: null, children: [{ type: 'text', value: 'www.moe.gov.cn' }] },
        { type: 'text', value: '）公开' },
      ],
    ]);
  });
});
