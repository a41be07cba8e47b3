import { describe, expect, it } from 'vitest';
import { itemFactsMeta, type ItemFacts } from './item-facts.ts';
import {
  excerptParts,
  fillMessage,
  MAX_PLACES,
  orderFilterValues,
  readableExcerpt,
  resultCard,
  resultFacts,
  resultText,
  type SubResult,
} from './result-view.ts';
import { ADDED_WORDS_END, ADDED_WORDS_START } from './synonym-marks.ts';

describe('search result cards', () => {
  it('shows type, event type, place and date, like the site’s cards', () => {
    expect(
      resultFacts({ title: '书香羊城', type: '活动', event_type: '主题阅读', place: '广州市', date: '2023年11月1日 星期三' }),
    ).toEqual(['活动', '主题阅读', '广州市', '2023年11月1日 星期三']);
  });

  it('ends an event’s facts in 无障碍 where its venue says its access, as its card in a list does', () => {
    const meta = { title: '银龄数字课堂', type: '活动', event_type: '其他活动', place: '佛山市顺德区', date: '2023年11月22日 星期三' };
    expect(resultFacts({ ...meta, access: '无障碍' })).toEqual([
      '活动',
      '其他活动',
      '佛山市顺德区',
      '2023年11月22日 星期三',
      '无障碍',
    ]);
    expect(resultFacts(meta)).not.toContain('无障碍');
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
    expect(resultText({ summary: ' 一句话 ' }, '<mark>x</mark>')).toEqual({ marked: false, text: '一句话' });
    expect(resultText({}, '<mark>x</mark>')).toEqual({ marked: true, text: '<mark>x</mark>' });
  });
});

describe('a result on a page of items (the lighting schedule)', () => {
  // The page's own facts about each item (item-facts.ts), by anchor.
  const factsOf = (day: string, hours: string, where: string, start: string, end: string): ItemFacts => ({
    when: [{ text: day, datetime: start.slice(0, 10) }, `晚 ${hours}`],
    where,
    start,
    end,
    night: `night-${start.slice(0, 10)}`,
  });
  const facts: Record<string, ItemFacts> = {
    'gz-canton-tower': factsOf(
      '11月18日（星期六）',
      '19:30–22:00',
      '广州市 · 海珠区',
      '2023-11-18T19:30:00+08:00',
      '2023-11-18T22:00:00+08:00',
    ),
    'gz-ifc': factsOf(
      '11月18日（星期六）',
      '19:30–22:00',
      '广州市 · 天河区',
      '2023-11-18T19:30:00+08:00',
      '2023-11-18T22:00:00+08:00',
    ),
    'fs-century-lotus': factsOf(
      '11月19日（星期日）',
      '19:00–21:30',
      '佛山市 · 禅城区',
      '2023-11-19T19:00:00+08:00',
      '2023-11-19T21:30:00+08:00',
    ),
    'cz-guangji-bridge': factsOf(
      '11月24日（星期五）',
      '19:30–21:30',
      '潮州市 · 湘桥区',
      '2023-11-24T19:30:00+08:00',
      '2023-11-24T21:30:00+08:00',
    ),
    'fs-fang-tower': factsOf(
      '11月24日（星期五）',
      '22:00–次日 00:30',
      '佛山市 · 顺德区',
      '2023-11-24T22:00:00+08:00',
      '2023-11-25T00:30:00+08:00',
    ),
    'zj-bay-bridge': factsOf('11月22日（星期三）', '19:00–22:00', '湛江市', '2023-11-22T19:00:00+08:00', '2023-11-22T22:00:00+08:00'),
  };
  const page = {
    url: '/lighting/2023/',
    excerpt: '…<mark>广州塔</mark>…',
    meta: { title: '2023 年全民终身学习亮灯', summary: '按晚上列出…', items: '1', item_facts: itemFactsMeta(facts) },
  };
  /** A part of the page: the one before the first heading (no anchor), an item's row, or the list by city. */
  const part = (id: string | undefined, title: string, excerpt: string, at: number, score = 512): SubResult => ({
    title,
    url: id ? `/lighting/2023/#${id}` : '/lighting/2023/',
    excerpt,
    locations: excerpt.includes('<mark>') ? [at] : [],
    weighted_locations: excerpt.includes('<mark>') ? [{ weight: 1, balanced_score: score, location: at }] : [],
    ...(id ? { anchor: { element: id === 'cities-heading' ? 'h2' : 'h3', id } } : {}),
  });
  const top = (excerpt: string) => part(undefined, '2023 年全民终身学习亮灯', excerpt, 5, 25000);
  const tower = (excerpt: string) => part('gz-canton-tower', '广州塔', excerpt, 40, 12800);
  const ifc = (excerpt: string) => part('gz-ifc', '广州国际金融中心', excerpt, 80, 12800);
  const lotus = (excerpt: string) => part('fs-century-lotus', '世纪莲体育中心', excerpt, 300);
  const bridge = (excerpt: string) => part('cz-guangji-bridge', '广济桥（湘子桥）', excerpt, 900, 240);
  const fang = (excerpt: string) => part('fs-fang-tower', '佛山新城坊塔', excerpt, 1200, 12800);
  const byCity = (excerpt: string) => part('cities-heading', '按城市查看', excerpt, 1400);
  const place = (id: string, name: string) => ({ href: `/lighting/2023/#${id}`, name, facts: facts[id]! });

  it('opens the one item a word names, titled with its name, with its night, hours and place instead of an excerpt', () => {
    // Pagefind matches 广州塔 as 广州 and 塔: the other place in 广州 and the word 电视塔 in the lead are not named.
    const subs = [
      top('各地的电视<mark>塔</mark>、大楼外墙'),
      tower('<mark>广州</mark><mark>塔</mark>. 19:30–22:00'),
      ifc('<mark>广州</mark>国际金融中心. 19:30–22:00'),
      byCity('<mark>广州</mark><mark>塔</mark>：2023年11月18日'),
    ];
    expect(resultCard({ ...page, sub_results: subs }, { perWord: [{ word: '广州塔', subs }] })).toEqual({
      href: '/lighting/2023/#gz-canton-tower',
      title: '广州塔 · 2023 年全民终身学习亮灯',
      places: [place('gz-canton-tower', '广州塔')],
      morePlaces: 0,
    });
  });

  it('lists every item a word names, in the page’s order, each with its facts, under the page’s title', () => {
    const fs = [
      top('全民终身学习亮灯'),
      lotus('<mark>佛山</mark>市 · 禅城区'),
      fang('<mark>佛山</mark>新城坊塔'),
      byCity('<mark>佛山</mark>市'),
    ];
    const light = [
      top('全民终身学习<mark>亮灯</mark>'),
      bridge('千年古桥 <mark>点亮</mark>终身学习'),
      fang('学习之夜 <mark>灯火</mark>可亲'),
    ];
    // 亮灯 is the page's word (its title): the items are those of 佛山, not the bridge whose 点亮 Pagefind matched.
    const card = resultCard(page, {
      perWord: [
        { word: '佛山', subs: fs },
        { word: '亮灯', subs: light },
      ],
    });
    expect(card).toEqual({
      href: '/lighting/2023/',
      title: '2023 年全民终身学习亮灯',
      places: [place('fs-century-lotus', '世纪莲体育中心'), place('fs-fang-tower', '佛山新城坊塔')],
      morePlaces: 0,
    });
  });

  it('names the items holding the most of the item words', () => {
    const fs = [lotus('<mark>佛山</mark>市 · 禅城区'), fang('<mark>佛山</mark>新城坊塔')];
    const shunde = [fang('佛山市 · <mark>顺德</mark>区')];
    expect(
      resultCard(page, {
        perWord: [
          { word: '佛山', subs: fs },
          { word: '顺德', subs: shunde },
        ],
      }).places,
    ).toEqual([place('fs-fang-tower', '佛山新城坊塔')]);
  });

  it('is the page, with its summary, when the words are the page’s own or name no item', () => {
    const plain = {
      href: '/lighting/2023/',
      title: '2023 年全民终身学习亮灯',
      text: { marked: false, text: '按晚上列出…' },
      places: [],
      morePlaces: 0,
    };
    const light = [top('全民终身学习<mark>亮灯</mark>'), bridge('千年古桥 <mark>点亮</mark>终身学习')];
    expect(resultCard(page, { perWord: [{ word: '亮灯', subs: light }] })).toEqual(plain);
    expect(resultCard(page, { perWord: [{ word: '按城市', subs: [byCity('<mark>按城市</mark>查看')] }] })).toEqual(plain);
    // A page whose facts are missing (an index built before them), and any other page.
    const subs = [tower('<mark>广州塔</mark>')];
    expect(resultCard({ ...page, meta: { ...page.meta, item_facts: undefined } }, { perWord: [{ word: '广州塔', subs }] })).toEqual(
      plain,
    );
    expect(resultCard({ ...page, meta: { ...page.meta, items: undefined } }, { perWord: [{ word: '广州塔', subs }] })).toEqual(plain);
  });

  it('lists MAX_PLACES items at most, the rest counted; those not over yet first, by the reader’s clock', () => {
    const ids = Object.keys(facts);
    const subs = ids.map((id, i) => part(id, id, `<mark>教育局</mark>`, 100 * (i + 1)));
    expect(ids.length).toBeGreaterThan(MAX_PLACES);
    const all = resultCard(page, { perWord: [{ word: '教育局', subs }] });
    expect(all.places.map((p) => p.href)).toEqual(subs.slice(0, MAX_PLACES).map((s) => s.url));
    expect(all.morePlaces).toBe(ids.length - MAX_PLACES);
    // On the evening of the 24th the places of the 18th are over: one of them gives way to the tower of the 24th.
    const later = resultCard(page, { perWord: [{ word: '教育局', subs }], now: new Date('2023-11-24T20:00:00+08:00') });
    expect(later.places.map((p) => p.name)).toContain('fs-fang-tower');
    expect(later.places).toHaveLength(MAX_PLACES);
    expect(later.places.map((p) => p.facts.start)).toEqual([...later.places.map((p) => p.facts.start)].sort());
  });
});

describe('an excerpt as a reader sees it', () => {
  const added = (words: string) => `${ADDED_WORDS_START}${words}${ADDED_WORDS_END}`;

  it('leaves out the words the index added, whole or cut by either end of the excerpt', () => {
    expect(readableExcerpt(`“全民终身学习活动周 <mark>今晚</mark>开幕” ${added('开幕式 启动仪式')} 组织单位`, '。')).toBe(
      '“全民终身学习活动周 <mark>今晚</mark>开幕” 组织单位',
    );
    expect(readableExcerpt(`${added('<mark>开幕式</mark> 启动仪式')} 今晚`, '。')).toBe('今晚');
    expect(readableExcerpt(`幕仪式 启动式${ADDED_WORDS_END} 组织单位`, '。')).toBe('组织单位');
    expect(readableExcerpt(`今晚开幕 ${ADDED_WORDS_START}开幕式 启动`, '。')).toBe('今晚开幕');
  });

  it('joins Chinese blocks with the language’s full stop, not Pagefind’s English one', () => {
    expect(readableExcerpt('佛山新城坊塔. 22:00–次日 00:30. 佛山市 · 顺德区', '。')).toBe(
      '佛山新城坊塔。22:00–次日 00:30。佛山市 · 顺德区',
    );
    expect(readableExcerpt('<mark>佛山</mark>. 22:00.', '。')).toBe('<mark>佛山</mark>。22:00。');
    // English keeps its own; a decimal point is no join.
    expect(readableExcerpt('Read more. Then 12.5 km', '。')).toBe('Read more. Then 12.5 km');
  });

  it('is what a card without a summary shows', () => {
    expect(resultText({}, `佛山. ${added('灯光')}`, '。')).toEqual({ marked: true, text: '佛山。' });
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

describe('an excerpt shown in a result', () => {
  it('is text, with the words found marked: markup a page quotes stays words', () => {
    const quoted = '社区居民<img src=x onerror=alert(1)>写道';
    expect(excerptParts(`${quoted}，<mark>读书</mark>月`)).toEqual([
      { text: `${quoted}，`, marked: false },
      { text: '读书', marked: true },
      { text: '月', marked: false },
    ]);
    expect(excerptParts('<mark>a</mark><mark>b</mark>')).toEqual([
      { text: 'a', marked: true },
      { text: 'b', marked: true },
    ]);
  });
});
