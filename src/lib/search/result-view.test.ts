import { describe, expect, it } from 'vitest';
import { fillMessage, orderFilterValues, resultCard, resultFacts, resultText, type SubResult } from './result-view.ts';

describe('search result cards', () => {
  it('shows type, event type, place and date, like the site’s cards', () => {
    expect(
      resultFacts({ title: '书香羊城', type: '活动', event_type: '主题阅读', place: '广州市', date: '2023年11月1日 星期三' }),
    ).toEqual(['活动', '主题阅读', '广州市', '2023年11月1日 星期三']);
  });

  it('shows a book’s authors and publisher', () => {
    expect(resultFacts({ title: '《红楼梦》', type: '荐书', byline: '曹雪芹、高鹗', publisher: '人民文学出版社' })).toEqual([
      '荐书',
      '曹雪芹、高鹗',
      '人民文学出版社',
    ]);
  });

  it('does not repeat a region page’s name under its title', () => {
    expect(resultFacts({ title: '广州市', type: '各地', place: '广州市' })).toEqual(['各地']);
  });

  it('uses the summary as card text, the excerpt only when there is none', () => {
    expect(resultText({ summary: ' 一句话 ' }, '<mark>x</mark>')).toEqual({ html: false, text: '一句话' });
    expect(resultText({}, '<mark>x</mark>')).toEqual({ html: true, text: '<mark>x</mark>' });
  });
});

describe('a result on a page of items (the lighting schedule)', () => {
  const page = {
    url: '/lighting/2023/',
    excerpt: '…<mark>广州塔</mark>…',
    meta: { title: '2023 年全民终身学习亮灯', summary: '按晚上列出…' },
  };
  const top: SubResult = { title: '2023 年全民终身学习亮灯', url: '/lighting/2023/', excerpt: '活动周期间…', locations: [] };
  const tower: SubResult = {
    title: '广州塔',
    url: '/lighting/2023/#gz-canton-tower',
    excerpt: '<mark>广州塔</mark> 19:30–22:00 广州市 · 海珠区',
    locations: [40, 41],
    anchor: { element: 'h3', id: 'gz-canton-tower' },
  };
  const byCity: SubResult = {
    ...tower,
    title: '按城市查看',
    url: '/lighting/2023/#cities-heading',
    locations: [90],
    anchor: { element: 'h2', id: 'cities-heading' },
  };

  it('opens the item the words are in, named on the card, with its own text', () => {
    expect(resultCard({ ...page, meta: { ...page.meta, items: '1' }, sub_results: [top, byCity, tower] })).toEqual({
      href: '/lighting/2023/#gz-canton-tower',
      title: '广州塔 · 2023 年全民终身学习亮灯',
      text: { html: true, text: tower.excerpt },
    });
  });

  it('opens any other page at its top, with its summary', () => {
    expect(resultCard({ ...page, sub_results: [top, tower] })).toEqual({
      href: '/lighting/2023/',
      title: '2023 年全民终身学习亮灯',
      text: { html: false, text: '按晚上列出…' },
    });
  });
});

describe('filter chips', () => {
  it('follow the site’s order, then pinyin; years newest first', () => {
    expect(orderFilterValues(['深圳市', '全省', '广州市', '东莞市'], ['全省', '广州市', '深圳市'])).toEqual([
      '全省',
      '广州市',
      '深圳市',
      '东莞市',
    ]);
    expect(orderFilterValues(['2022', '2023', '2021'])).toEqual(['2023', '2022', '2021']);
  });

  it('fill in counts and the query', () => {
    expect(fillMessage('找到 {count} 条与“{query}”相关的结果', { count: 3, query: '读书' })).toBe('找到 3 条与“读书”相关的结果');
  });
});
