import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { indexCopy } from './index-copy.ts';
import { SYNONYM_GROUPS } from './synonyms.ts';

/** A page as BaseLayout writes it: meta in the head, header and footer around the indexed <main>. */
const page = (main: string, attributes = 'id="main" class="wrap" data-pagefind-body') =>
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>长者智能手机课 · 广东终身学习周</title>' +
  '<meta name="description" content="页头摘要"><script type="application/ld+json">{"name":"结构化数据"}</script></head>' +
  '<body><header><nav><a href="/stats/">数据统计</a></nav></header>' +
  `<main ${attributes}>${main}</main>` +
  '<footer><img src="/identity/badge.png" alt="党政机关网站标识"><p>主办单位：广东省教育厅</p></footer></body></html>';

const elderlyGroup = SYNONYM_GROUPS.find((group) => group.includes('长者'))!;

describe('indexCopy: what the search index reads of a page', () => {
  it('keeps the indexed part, its language and title, and leaves out the head’s tags, the header and the footer', () => {
    const copy = indexCopy(
      page('<h1>碉楼</h1><div hidden data-pagefind-ignore><span data-pagefind-filter="city">江门市</span></div>'),
    )!;
    const root = parse(copy);
    expect(root.querySelector('html')!.getAttribute('lang')).toBe('zh-CN');
    expect(root.querySelector('title')!.text).toBe('长者智能手机课 · 广东终身学习周');
    expect(root.querySelector('main[data-pagefind-body] h1')!.text).toBe('碉楼');
    expect(root.querySelector('[data-pagefind-filter="city"]')!.text).toBe('江门市');
    for (const outside of ['数据统计', '主办单位', '页头摘要', '结构化数据']) expect(copy).not.toContain(outside);
    // Pagefind takes a result's picture from the first image after the heading: never the footer's badge.
    expect(root.querySelector('img')).toBeNull();
  });

  it('adds the plain words residents use for what the page says', () => {
    const copy = indexCopy(page('<h1>长者智能手机课</h1>'))!;
    const heading = parse(copy).querySelector('h1')!.text;
    for (const word of elderlyGroup) expect(heading).toContain(word);
  });

  it('leaves out a page without an indexed part (lists, the home page)', () => {
    expect(indexCopy(page('<h1>全部活动</h1>', 'id="main" class="wrap"'))).toBeUndefined();
  });

  it('stops on a page whose indexed part is not the <main> element the copy relies on', () => {
    const html = page('<section data-pagefind-body><h1>开平碉楼</h1></section>', 'id="main"');
    expect(() => indexCopy(html)).toThrow(/data-pagefind-body.*<main>/);
  });
});
