import { ConverterFactory } from 'opencc-js/core';
import toCn from 'opencc-js/to/cn';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { ADDED_WORDS_END, ADDED_WORDS_START } from './synonym-marks.ts';
import { BROADER_WORDS, SYNONYM_GROUPS, synonymsFor, withSynonyms } from './synonyms.ts';

const GROUPS = [
  ['老人', '老年人', '长者', '银龄'],
  ['手机', '智能手机'],
  ['数据', '统计', '统计表'],
];

describe('the synonym list (synonyms.json)', () => {
  const words = SYNONYM_GROUPS.flat();

  it('has groups of two or more different words', () => {
    for (const group of SYNONYM_GROUPS) {
      expect(group.length, group.join('/')).toBeGreaterThanOrEqual(2);
      expect(new Set(group).size, group.join('/')).toBe(group.length);
    }
  });

  it('puts a word in one group at most, so that groups never merge behind an editor’s back', () => {
    const twice = words.filter((w, i) => words.indexOf(w) !== i);
    expect(twice).toEqual([]);
  });

  it('holds Simplified Chinese words (queries are converted to Simplified before searching) or Latin abbreviations in capitals', () => {
    const toSimplified = ConverterFactory(...toCn);
    for (const word of words) {
      expect(word, word).toMatch(/^(?:\p{Script=Han}+|[A-Z]+)$/u);
      expect(toSimplified(word), word).toBe(word);
    }
  });

  it('carries the groups the issue names', () => {
    const together = (a: string, b: string) => SYNONYM_GROUPS.some((g) => g.includes(a) && g.includes(b));
    for (const [a, b] of [
      ['老人', '长者'],
      ['老人', '银龄'],
      ['老人', '老年人'],
      ['手机', '智能手机'],
      ['开幕', '启动仪式'],
      ['开幕', '开幕式'],
      ['讲座', '大讲堂'],
      ['讲座', '公开课'],
      ['讲座', '讲堂'],
      ['孩子', '儿童'],
      ['孩子', '亲子'],
      ['孩子', '少年'],
      ['孩子', '小孩'],
      ['孩子', '娃'],
      ['孩子', '宝宝'],
      ['读书', '阅读'],
      ['数据', '统计表'],
      ['数据', '统计'],
      // 点灯, as the lights are lit: the pages say 亮灯.
      ['亮灯', '点灯'],
      // An official asks who has not reported: the statistics page says 未报送.
      ['未报送', '还没报'],
      ['未报送', '没交'],
      // The statistics page's 合计, as an official asks for it.
      ['合计', '总数'],
    ])
      expect(together(a!, b!), `${a}/${b}`).toBe(true);
  });
});

describe('the broader words (synonyms.json, broader)', () => {
  it('each has narrower words of its own, in Simplified Chinese, apart from every group', () => {
    const grouped = new Set(SYNONYM_GROUPS.flat());
    for (const { word, narrower } of BROADER_WORDS) {
      expect(narrower.length, word).toBeGreaterThan(0);
      expect(narrower, word).not.toContain(word);
      expect(grouped.has(word), word).toBe(false);
      for (const w of [word, ...narrower]) expect(w, word).toMatch(/^\p{Script=Han}+$/u);
    }
  });

  it('finds a Saturday’s or a Sunday’s page for 周末, however the day is written, and not the other way', () => {
    for (const day of ['2023年11月18日（星期六）15:00', '11月19日 星期日 全天', '每周日上午开放']) {
      expect(synonymsFor(day), day).toContain('周末');
    }
    expect(synonymsFor('2023年11月18日（星期六）')).toContain('周六');
    expect(synonymsFor('2023年11月20日（星期一）')).not.toContain('周末');
    const weekend = synonymsFor('周末亲子共读会');
    expect(weekend.filter((w) => /星期|周[六日]|礼拜/u.test(w))).toEqual([]);
  });

  it('finds an open day for 研学, the study visit parents ask for, and a science centre however it is called', () => {
    expect(synonymsFor('博物馆开放学习日：走进孙中山故居')).toContain('研学');
    expect(synonymsFor('大学开放日：走进中山大学南校园')).toContain('研学');
    expect(synonymsFor('暑期研学营')).not.toContain('开放日');
    expect(synonymsFor('广东科学中心家庭科学日')).toEqual(expect.arrayContaining(['科技馆', '科学馆']));
  });

  it('finds a page on a skill or a craft for 手艺, as residents ask to learn one', () => {
    expect(synonymsFor('职工夜校体验夜：下班后学一项小技能')).toContain('手艺');
    expect(synonymsFor('非遗技艺工作坊')).toContain('手艺');
    expect(synonymsFor('一门好手艺')).not.toContain('技能');
  });

  it('finds a page that names a people for 少数民族, and a dialect however it is called', () => {
    expect(synonymsFor('乳源瑶族自治县的瑶绣')).toContain('少数民族');
    expect(synonymsFor('少数民族地区')).not.toContain('瑶族');
    expect(synonymsFor('录制潮汕方言有声书')).toContain('潮汕话');
    expect(synonymsFor('学客家话')).toContain('客家方言');
  });

  it('finds a page on phones for 微信, the app residents ask to learn (教老人用微信), and not a page that says 微信 for 手机', () => {
    expect(synonymsFor('手把手教智能手机和网上办事')).toContain('微信');
    expect(synonymsFor('关注微信公众号报名')).not.toContain('手机');
  });

  it('finds a page that says 无障碍 for 残疾人 and 残障人士, and not a learner who is one for 无障碍', () => {
    expect(synonymsFor('电梯直达三楼，一楼有无障碍卫生间')).toEqual(expect.arrayContaining(['残疾人', '残疾人士', '残障人士']));
    expect(synonymsFor('她是一名残疾人，坚持自学二十年')).not.toContain('无障碍');
  });

  it('finds a free event for 收费 and 费用, as a resident asks whether it costs, and not a page on a fee for 免费', () => {
    expect(synonymsFor('全程免费，无需报名')).toEqual(expect.arrayContaining(['收费', '费用']));
    expect(synonymsFor('收费标准：每人 20 元')).not.toContain('免费');
    expect(synonymsFor('课程全部免费')).toEqual(expect.arrayContaining(['不要钱', '唔使钱']));
  });

  it('finds the notice that says how learners and projects are chosen (评选) for 申报, and a learner for 学习明星', () => {
    expect(synonymsFor('开展省级评选推介')).toContain('申报');
    expect(synonymsFor('申报材料')).not.toContain('评选');
    expect(synonymsFor('百姓学习之星')).toContain('学习明星');
  });

  it('finds a page on fraud, however its page words it, for 反诈 and 防骗, as the state’s own campaign says it', () => {
    for (const text of ['第二部分讲防诈骗', '辨认诈骗短信', '常见电信诈骗']) {
      expect(synonymsFor(text), text).toEqual(expect.arrayContaining(['反诈', '防骗']));
    }
    expect(synonymsFor('反诈宣传')).not.toContain('诈骗');
  });

  it('finds a page that teaches a folk song or an opera’s arias for 唱歌, and a people’s dance for 跳舞', () => {
    expect(synonymsFor('传承人教唱一段客家山歌')).toContain('唱歌');
    expect(synonymsFor('经典唱段的分句跟唱')).toContain('唱歌');
    expect(synonymsFor('瑶族长鼓舞传承人')).toContain('跳舞');
    expect(synonymsFor('唱歌跳舞')).not.toContain('山歌');
  });
});

describe('synonymsFor', () => {
  it('gives the other words of each group the text uses', () => {
    expect(synonymsFor('长者学用智能手机', GROUPS, [])).toEqual(['老人', '老年人', '银龄']);
    expect(synonymsFor('大学生教老年人用手机', GROUPS, [])).toEqual(['老人', '长者', '银龄', '智能手机']);
  });

  it('gives nothing for a text that uses no word of a group', () => {
    expect(synonymsFor('走进开平碉楼', GROUPS)).toEqual([]);
  });

  it('takes a Latin abbreviation as a word of its own, not as letters inside another word', () => {
    const groups = [['人工智能', 'AI']];
    expect(synonymsFor('用AI写通知', groups)).toEqual(['人工智能']);
    expect(synonymsFor('AI 与学习', groups)).toEqual(['人工智能']);
    expect(synonymsFor('人工智能入门', groups)).toEqual(['AI']);
    expect(synonymsFor('人工智能（AI）入门', groups)).toEqual([]);
    expect(synonymsFor('发EMAIL报名，MAIN 会场', groups)).toEqual([]);
  });
});

const page = (body: string, extra = '') =>
  `<!doctype html><html><head><title>t</title></head><body><nav>数据统计</nav><main data-pagefind-body>${body}</main>${extra}</body></html>`;

describe('withSynonyms: the copy of a page that the index reads', () => {
  it('adds a group’s other words once, in the element where the page first uses it', () => {
    const html = withSynonyms(page('<h1>长者智能手机课</h1><p>每周教长者用手机。</p>'), GROUPS);
    const root = parse(html);
    expect(root.querySelector('h1')!.text).toContain('老人');
    expect(root.querySelector('h1')!.text).toContain('银龄');
    expect(root.querySelector('p')!.text).toBe('每周教长者用手机。');
    expect(html.match(/老人/g)).toHaveLength(1);
  });

  it('keeps the result’s title as the page has it', () => {
    const root = parse(withSynonyms(page('<h1>长者智能手机课</h1>'), GROUPS));
    expect(root.querySelector('[data-pagefind-meta="title"]')?.text).toBe('长者智能手机课');
  });

  it('adds a broader word once, where the page first uses one of its narrower words', () => {
    const broader = [{ word: '周末', narrower: ['星期六', '星期日'] }];
    const html = withSynonyms(page('<h1>亲子共读</h1><p>11月18日（星期六）</p><p>11月19日（星期日）</p>'), [], broader);
    const root = parse(html);
    expect(root.querySelectorAll('p')[0]!.text).toContain('周末');
    expect(html.match(/周末/g)).toHaveLength(1);
    expect(withSynonyms(page('<h1>周末亲子共读</h1>'), [], broader)).not.toContain('星期');
  });

  it('reads only what Pagefind indexes: not the navigation, not ignored parts, not meta values', () => {
    const html = page('<h1>开平碉楼</h1><div hidden data-pagefind-ignore><span data-pagefind-meta="summary">长者专场</span></div>');
    expect(withSynonyms(html, GROUPS)).toBe(html);
  });

  it('leaves a page out of the index as it is', () => {
    const html = '<html><body><main><h1>长者</h1></main></body></html>';
    expect(withSynonyms(html, GROUPS)).toBe(html);
  });

  it('reads the text, not the markup or entities', () => {
    const root = parse(withSynonyms(page('<p>统计&amp;<b>分析</b></p><script>const 数据 = 1;</script>'), GROUPS));
    expect(root.querySelector('p')!.text).toMatch(
      new RegExp(`^统计&\\s*${ADDED_WORDS_START}数据 统计表${ADDED_WORDS_END}\\s*分析$`, 'u'),
    );
  });

  it('marks the words it adds, and only those, for the search page to leave out of excerpts', () => {
    const root = parse(withSynonyms(page('<h1>长者智能手机课</h1><p>每周教长者用手机。</p>'), GROUPS));
    const h1 = root.querySelector('h1')!.text;
    const added = [...h1.matchAll(new RegExp(`${ADDED_WORDS_START}([^${ADDED_WORDS_END}]*)${ADDED_WORDS_END}`, 'gu'))].map(
      (m) => m[1],
    );
    expect(added).toEqual([synonymsFor('长者智能手机课', GROUPS).join(' ')]);
    expect(h1.replace(new RegExp(`${ADDED_WORDS_START}[^${ADDED_WORDS_END}]*${ADDED_WORDS_END}`, 'gu'), '').trim()).toBe(
      '长者智能手机课',
    );
  });
});
