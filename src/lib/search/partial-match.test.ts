import { describe, expect, it } from 'vitest';
import { t } from '../../i18n/zh-CN.ts';
import { searchShortcuts } from './shortcuts.ts';
import { fillMessage } from './result-view.ts';
import {
  chineseWordSegmenter,
  filterCountsOfAny,
  keepingNames,
  mergeWordResults,
  missingStretches,
  partialMatchMessage,
  wholeQueryTerms,
  queryWords,
  searchTermOf,
  wordsToSearchAlone,
} from './partial-match.ts';

const segment = chineseWordSegmenter()!;
/** The words alone, without saying which are pieces. */
const wordsOf = (terms: string, segmenter = segment) => queryWords(terms, segmenter).map((w) => w.word);

describe('queryWords', () => {
  it('has Node’s Intl.Segmenter to work with, as the browsers the site serves have', () => {
    expect(segment).toBeTypeOf('function');
  });

  it('cuts a resident’s sentence into the words to search one by one', () => {
    expect(wordsOf('退休老人上课')).toEqual(['退休', '老人', '上课']);
    expect(wordsOf('广州 夜校 英语')).toEqual(['广州', '夜校', '英语']);
  });

  it('leaves out characters standing alone, which would match nearly every page', () => {
    expect(wordsOf('免费学英语')).toEqual(['免费', '英语']);
    const words = wordsOf('周末带孩子');
    expect(words).toContain('周末');
    expect(words).toContain('孩子');
    expect(words).not.toContain('带');
  });

  it('joins again the single characters the segmenter cut a word into', () => {
    // Whatever the segmenter does with 长者 and 之星, the words searched keep them whole.
    const split = (text: string) => [...text];
    expect(wordsOf('长者手机', (text) => (text === '长者手机' ? ['长', '者', '手机'] : split(text)))).toEqual(['长者', '手机']);
    expect(wordsOf('学习之星颁奖', (text) => (text === '学习之星颁奖' ? ['学习', '之', '星', '颁奖'] : split(text)))).toEqual([
      '学习',
      '之星',
      '颁奖',
    ]);
  });

  it('takes a run of three or more characters the segmenter knew no word in pair by pair, as pieces', () => {
    const characters = (text: string) => [...text];
    expect(queryWords('想去 看碉楼', (text) => (text === '想去' ? ['想去'] : characters(text)))).toEqual([
      { word: '想去' },
      { word: '看碉', piece: true, run: '看碉楼' },
      { word: '碉楼', piece: true, run: '看碉楼' },
    ]);
  });

  it('joins no word across a particle, so that 的 and 和 make no words of their own', () => {
    const characters = (text: string) => [...text];
    expect(wordsOf('粤剧和碉楼', characters)).toEqual(['粤剧', '碉楼']);
    expect(wordsOf('不存在 的词')).toEqual([]);
    // 要 of a question (开放日要预约吗, 陈家祠要门票吗) joins no word with the character before it (日要).
    expect(wordsOf('开放日要预约')).not.toContain('日要');
    expect(wordsOf('开放日要预约')).toContain('预约');
    expect(wordsOf('陈家祠要门票')).toContain('门票');
    expect(wordsOf('陈家祠要门票')).not.toContain('祠要');
    // Nor counting words (推荐几本好书: not 几本, 本好).
    expect(wordsOf('推荐几本好书')).toEqual(['推荐', '好书']);
    // Nor 后 and 点 of 下班后学点东西 (not 后学, 学点); 前 is not one, as 前海 (前/海) is a place.
    expect(wordsOf('下班后学点东西')).toEqual(['下班', '东西']);
    expect(wordsOf('前海 夜校')).toEqual(['前海', '夜校']);
  });

  it('gives no words when the query is one word, which was already searched as a whole', () => {
    expect(wordsOf('粤剧')).toEqual([]);
    expect(wordsOf('粤剧 粤剧')).toEqual([]);
    expect(wordsOf('xyzzyqv')).toEqual([]);
    expect(wordsOf('')).toEqual([]);
  });

  it('marks the words of when, which rank after the words of what', () => {
    expect(queryWords('周末 粤剧 晚上', segment)).toEqual([
      { word: '周末', qualifier: true },
      { word: '粤剧' },
      { word: '晚上', qualifier: true },
    ]);
  });

  it('keeps words in Latin letters and digits', () => {
    expect(wordsOf('AI 讲座')).toEqual(['AI', '讲座']);
  });
});

describe('wordsToSearchAlone', () => {
  const alone = (terms: string) => wordsToSearchAlone(terms, segment).map((w) => w.word);

  it('searches the words of a sentence one by one, as queryWords gives them', () => {
    expect(alone('退休老人上课')).toEqual(wordsOf('退休老人上课'));
  });

  it('searches the one word left when the query also held characters standing alone', () => {
    expect(alone('学AI')).toEqual(['AI']);
    expect(alone('免费学')).toEqual(['免费']);
  });

  it('searches a character standing alone with the word it touches, as a phrase, and the word alone too', () => {
    // The segmenter cuts 陈家祠 into 陈 and 家祠, 太极拳 into 太极 and 拳.
    expect(alone('陈家祠 门票')).toEqual(['陈家祠', '家祠', '门票']);
    expect(alone('学太极拳')).toEqual(['学太极', '太极', '太极拳']);
    expect(wordsToSearchAlone('陈家祠 门票', segment)[0]).toEqual({ word: '陈家祠', piece: true, run: '陈家祠', phrase: true });
    // The whole query, searched as such already, is not searched again as a phrase.
    expect(alone('陈家祠')).toEqual(['家祠']);
    // Nor is a particle (去, 到 of 去陈家祠) a character to join.
    expect(alone('去陈家祠')).toEqual(['陈家祠', '家祠']);
    expect(alone('到陈家祠')).toEqual(['陈家祠', '家祠']);
  });

  it('searches who comes along as a word of its own, not with the verb after it (带娃听讲座, 带小朋友看展览)', () => {
    // What the browsers' segmenter gives: 娃 a character alone, 看 after 小朋友.
    expect(segment('娃听讲座')).toEqual(['娃', '听', '讲座']);
    expect(alone('娃听讲座')).toEqual(['娃', '听讲座', '讲座']);
    expect(alone('小朋友看展览')).toEqual(['小朋友', '看展览', '展览']);
    // A word that is not one of them still takes the character after it (太极拳 of 太极/拳).
    expect(alone('老人学太极拳')).toContain('太极拳');
  });

  it('parts 的 from a word the segmenter holds with it (家庭的 of 家庭的活动)', () => {
    expect(segment('家庭的活动')).toEqual(['家庭的', '活动']);
    expect(alone('家庭的活动')).toEqual(['家庭', '活动']);
    // Two characters may be a word of their own (目的).
    expect(alone('学习的目的')).toContain('目的');
  });

  it('parts 的 from a character the segmenter holds with it (人的 of 残疾人的活动), searching the character with the word before', () => {
    expect(segment('残疾人的活动')).toEqual(['残疾', '人的', '活动']);
    expect(alone('残疾人的活动')).toEqual(['残疾', '残疾人', '活动']);
    expect(segment('年轻人的活动')).toEqual(['年轻', '人的', '活动']);
    expect(alone('年轻人的活动')).not.toContain('人的');
  });

  it('leaves those particles out of the query Pagefind searches whole, and every other query as it is', () => {
    expect(wholeQueryTerms('残疾人的活动', segment)).toBe('残疾人 活动');
    expect(wholeQueryTerms('适合年轻人的活动 周末', segment)).toBe('适合年轻人 活动 周末');
    expect(wholeQueryTerms('家庭的活动', segment)).toBe('家庭 活动');
    for (const kept of ['老年人的活动', '学习的目的', '读书会门票', 'AI课程 广州']) expect(wholeQueryTerms(kept, segment)).toBe(kept);
  });

  it('leaves out 有 standing alone, as a question asks whether there is something (广州有亮灯吗), and keeps it in the words the segmenter cuts after it', () => {
    expect(segment('广州有亮灯')).toEqual(['广州', '有', '亮', '灯']);
    expect(wholeQueryTerms('广州有亮灯', segment)).toBe('广州 亮灯');
    expect(wholeQueryTerms('有亮灯活动', segment)).toBe('亮灯活动');
    expect(wholeQueryTerms('有讲座', segment)).toBe('讲座');
    expect(wholeQueryTerms('老人有优惠', segment)).toBe('老人 优惠');
    // 有声书 is cut 有/声/书, 有奖征文 有/奖/征/文; 有趣 and 有关 are words of their own; 有 alone is the query.
    expect(segment('有声书')).toEqual(['有', '声', '书']);
    for (const kept of ['有声书', '有奖征文', '有趣', '有关部门', '有']) expect(wholeQueryTerms(kept, segment)).toBe(kept);
  });

  it('searches the first of several characters after a word with that word, as a phrase (the segmenter cuts 读书会 into 读书 and 会)', () => {
    expect(segment('读书会门票')).toEqual(['读书', '会', '门', '票']);
    expect(alone('读书会门票')).toEqual(['读书', '读书会', '会门', '门票']);
    expect(wordsToSearchAlone('读书会门票', segment)[1]).toEqual({ word: '读书会', piece: true, run: '读书会', phrase: true });
    expect(alone('太极拳班')).toEqual(['太极', '太极拳', '拳班']);
  });

  it('searches nothing again when the query was that one word', () => {
    expect(alone('粤剧')).toEqual([]);
    expect(alone('粤剧 粤剧')).toEqual([]);
    expect(alone('xyzzyqv')).toEqual([]);
    expect(alone('')).toEqual([]);
  });
});

describe('searchTermOf', () => {
  it('asks Pagefind for a piece as an exact phrase, and for a word as it is', () => {
    expect(searchTermOf({ word: '碉楼', piece: true })).toBe('"碉楼"');
    expect(searchTermOf({ word: '退休' })).toBe('退休');
  });
});

describe('mergeWordResults', () => {
  const r = (id: string, score: number) => ({ id, score });

  it('ranks the pages that hold more of the words first, then by their summed score', () => {
    const merged = mergeWordResults([
      { word: '退休', results: [r('a', 5), r('b', 1)] },
      { word: '老人', results: [r('c', 9), r('b', 2), r('a', 1)] },
      { word: '上课', results: [r('d', 3), r('b', 1)] },
    ]);
    expect(merged.results.map((x) => x.id)).toEqual(['b', 'a', 'c', 'd']);
    expect(merged.found).toEqual(['退休', '老人', '上课']);
    expect(merged.missing).toEqual([]);
  });

  it('puts the pages holding the words of what before those holding only a word of when, and among them the ones holding it too', () => {
    // 周末去哪学粤剧: every Saturday's and Sunday's page has 周末, and Pagefind may score them higher than 粤剧's.
    const weekend = { word: '周末', qualifier: true, results: [r('sat', 9), r('sun', 8), r('opera-sat', 1)] };
    const opera = { word: '粤剧', results: [r('opera-tue', 3), r('opera-sat', 2)] };
    for (const perWord of [
      [weekend, opera],
      [opera, weekend],
    ])
      expect(mergeWordResults(perWord).results.map((x) => x.id)).toEqual(['opera-sat', 'opera-tue', 'sat', 'sun']);
  });

  it('puts the pages holding a place named first, whatever else the others hold, and says so', () => {
    // 请问深圳有没有适合退休老人参加的读书会: 韶关's ceremony for the elderly holds every word but 深圳.
    const perWord = [
      { word: '深圳', results: [r('sz-month', 2), r('sz-ceremony', 1)] },
      { word: '退休', results: [r('sg-ceremony', 5)] },
      { word: '老人', results: [r('sg-ceremony', 5), r('sz-ceremony', 1)] },
      { word: '读书会', results: [r('sg-ceremony', 5), r('sz-month', 3)] },
    ];
    const merged = mergeWordResults(perWord, new Set(['深圳', '广州']));
    expect(merged.results.map((x) => x.id)).toEqual(['sz-month', 'sz-ceremony', 'sg-ceremony']);
    expect(merged.placesFirst).toEqual(['深圳']);
    // Without places, the most words first, as before.
    expect(mergeWordResults(perWord).results.map((x) => x.id)).toEqual(['sg-ceremony', 'sz-month', 'sz-ceremony']);
    expect(mergeWordResults(perWord).placesFirst).toEqual([]);
  });

  it('says no place leads where the place is all that was found, or no page holds it', () => {
    const places = new Set(['深圳']);
    const alone = mergeWordResults(
      [
        { word: '深圳', results: [r('a', 1)] },
        { word: '聋哑人', results: [] },
      ],
      places,
    );
    expect(alone.placesFirst).toEqual([]);
    const unheld = mergeWordResults(
      [
        { word: '深圳', results: [] },
        { word: '读书会', results: [r('a', 1)] },
      ],
      places,
    );
    expect(unheld.placesFirst).toEqual([]);
  });

  it('names the words no page holds, and shows each page once', () => {
    const merged = mergeWordResults([
      { word: '周末', results: [] },
      { word: '孩子', results: [r('x', 2), r('y', 4)] },
    ]);
    expect(merged.results.map((x) => x.id)).toEqual(['y', 'x']);
    expect(merged.found).toEqual(['孩子']);
    expect(merged.missing).toEqual(['周末']);
  });

  it('names no piece of a longer run as missing: the reader did not type it as a word', () => {
    const merged = mergeWordResults([
      { word: '想去', results: [] },
      { word: '看碉', piece: true, run: '看碉楼', results: [] },
      { word: '碉楼', piece: true, run: '看碉楼', results: [r('d', 3)] },
    ]);
    expect(merged.results.map((x) => x.id)).toEqual(['d']);
    expect(merged.found).toEqual(['碉楼']);
    expect(merged.missing).toEqual(['想去']);
  });

  it('names the stretch of a run that no found piece covers, where the run stands in the query', () => {
    // 粤剧票价 cut into characters: 粤剧 is on a page, 剧票 straddles it, 票价 is on none.
    const price = mergeWordResults([
      { word: '粤剧', piece: true, run: '粤剧票价', results: [r('a', 2)] },
      { word: '剧票', piece: true, run: '粤剧票价', results: [] },
      { word: '票价', piece: true, run: '粤剧票价', results: [] },
      { word: '退休', results: [] },
    ]);
    expect(price.found).toEqual(['粤剧']);
    expect(price.missing).toEqual(['票价', '退休']);
    // 学画画: no piece found, so the whole run is on no page.
    const painting = mergeWordResults([
      { word: '退休', results: [r('b', 1)] },
      { word: '学画', piece: true, run: '学画画', results: [] },
      { word: '画画', piece: true, run: '学画画', results: [] },
    ]);
    expect(painting.missing).toEqual(['学画画']);
  });

  it('names a character’s phrase, not the word inside it, as found or as on no page', () => {
    const chenjiaci = { word: '陈家祠', piece: true, run: '陈家祠', phrase: true };
    const found = mergeWordResults([
      { ...chenjiaci, results: [r('c', 4)] },
      { word: '家祠', results: [r('c', 3)] },
      { word: '门票', results: [] },
    ]);
    expect(found.found).toEqual(['陈家祠']);
    expect(found.missing).toEqual(['门票']);
    const none = mergeWordResults([
      { ...chenjiaci, results: [] },
      { word: '家祠', results: [] },
      { word: '孩子', results: [r('k', 1)] },
    ]);
    expect(none.found).toEqual(['孩子']);
    expect(none.missing).toEqual(['陈家祠']);
    // The word found without the character's phrase: the word is named, the character alone is not.
    const taiji = mergeWordResults([
      { word: '学太极', piece: true, run: '学太极', phrase: true, results: [] },
      { word: '太极', results: [r('t', 2)] },
    ]);
    expect(taiji.found).toEqual(['太极']);
    expect(taiji.missing).toEqual([]);
  });

  it('names the word inside a phrase too when it found pages the phrase did not (读书 beside 读书会)', () => {
    const clubs = mergeWordResults([
      { word: '读书', results: [r('club', 3), r('month', 2)] },
      { word: '读书会', piece: true, run: '读书会', phrase: true, results: [r('club', 4)] },
      { word: '门票', results: [] },
    ]);
    expect(clubs.found).toEqual(['读书', '读书会']);
    expect(clubs.results.map((result) => result.id)).toEqual(['club', 'month']);
  });
});

describe('the words named as on no page, after a word the segmenter cut short', () => {
  const r = (id: string) => ({ id, score: 1 });
  const missingOf = (query: string, onSomePage: readonly string[]) => {
    const words = wordsToSearchAlone(query, segment);
    return mergeWordResults(words.map((w) => ({ ...w, results: onSomePage.includes(w.word) ? [r(w.word)] : [] }))).missing;
  };

  it('names what follows the phrase found (门票), not the characters the phrase took (会门票)', () => {
    expect(missingOf('读书会门票', ['读书', '读书会'])).toEqual(['门票']);
    // 拳 is in 太极拳, and 班 alone is no word to name.
    expect(missingOf('太极拳班', ['太极', '太极拳'])).toEqual([]);
  });

  it('names the word alone when the characters after it make a word found (中医 of 中医养生, 养生 found)', () => {
    expect(missingOf('中医养生', ['养生'])).toEqual(['中医']);
    expect(missingOf('中医养生', ['中医', '养生'])).toEqual([]);
  });

  it('names the characters after the word as before when the phrase is on no page either', () => {
    expect(missingOf('读书会门票', ['读书'])).toEqual(['会门票']);
    expect(missingOf('太极拳班', ['太极'])).toEqual(['拳班']);
  });
});

describe('missingStretches', () => {
  it('gives the stretches of two or more characters that no found pair covers', () => {
    expect(missingStretches('粤剧票价', new Set(['粤剧']))).toEqual(['票价']);
    expect(missingStretches('票价粤剧门票', new Set(['粤剧']))).toEqual(['票价', '门票']);
    expect(missingStretches('学画画', new Set())).toEqual(['学画画']);
  });

  it('leaves out a character alone beside a found pair, and a run found end to end', () => {
    expect(missingStretches('看碉楼', new Set(['碉楼']))).toEqual([]);
    expect(missingStretches('长者之星', new Set(['长者', '之星']))).toEqual([]);
    expect(missingStretches('学粤剧团', new Set(['粤剧']))).toEqual([]);
  });

  it('finds nothing when no word is on any page', () => {
    expect(
      mergeWordResults([
        { word: '魑魅', results: [] },
        { word: '魍魉', results: [] },
      ]),
    ).toEqual({
      results: [],
      found: [],
      missing: ['魑魅', '魍魉'],
      placesFirst: [],
    });
  });
});

describe('partialMatchMessage', () => {
  const r = (id: string) => ({ id, score: 1 });

  it('says nothing holds every word, names the words no page holds, and what the results hold', () => {
    const match = mergeWordResults([
      { word: '周末', results: [] },
      { word: '孩子', results: [r('a'), r('b')] },
    ]);
    const message = partialMatchMessage(t.search.partial, '周末带孩子', match);
    expect(message).toContain('“周末带孩子”');
    expect(message).toContain('“周末”');
    expect(message).toContain('“孩子”');
    expect(message).toContain('2');
    expect(message.indexOf('“周末”')).toBeLessThan(message.indexOf('“孩子”'));
  });

  it('lists every word the results hold, and no missing words when each is on some page', () => {
    const match = mergeWordResults([
      { word: '退休', results: [r('a')] },
      { word: '老人', results: [r('b')] },
    ]);
    const message = partialMatchMessage(t.search.partial, '退休老人', match);
    expect(message).toContain('“退休”“老人”');
    expect(message).not.toContain(t.search.partial.missing.split('{words}')[1]!);
  });

  it('says the pages of the place named come first, and names it, when other words were found too', () => {
    const perWord = [
      { word: '深圳', results: [r('a')] },
      { word: '读书会', results: [r('b')] },
    ];
    const filled = { count: 2, words: '深圳”“读书会', places: '深圳' };
    const placed = partialMatchMessage(t.search.partial, '深圳读书会', mergeWordResults(perWord, new Set(['深圳'])));
    expect(placed).toContain(fillMessage(t.search.partial.somePlacesFirst, filled));
    // No place known (a query the page did not mark): the most words first, as the message says.
    const unplaced = partialMatchMessage(t.search.partial, '深圳读书会', mergeWordResults(perWord));
    expect(unplaced).toContain(fillMessage(t.search.partial.some, filled));
  });
});

describe('filterCountsOfAny', () => {
  it('offers every filter value some word’s results have, with the most results one word gave it', () => {
    expect(filterCountsOfAny([{ type: { 活动: 3, 荐书: 0 }, city: { 广州市: 2 } }, { type: { 活动: 5, 品牌项目: 1 } }, {}])).toEqual({
      type: { 活动: 5, 品牌项目: 1 },
      city: { 广州市: 2 },
    });
  });
});

describe('keepingNames', () => {
  // The names the search page keeps: those of the kinds of pages (学习之星, 品牌项目), as search.shortcuts gives them.
  const kinds = searchShortcuts().filter((shortcut) => shortcut.kind);
  const kept = keepingNames(
    segment,
    kinds.flatMap((shortcut) => [shortcut.label, ...shortcut.words]),
  );

  it('keeps a kind’s name whole that the segmenter cuts, so that its 学习 is not searched alone', () => {
    expect(segment('残疾人学习之星')).toContain('学习');
    expect(kept('残疾人学习之星')).toEqual([...segment('残疾人'), '学习之星']);
    expect(wordsToSearchAlone('残疾人学习之星', kept).map((w) => w.word)).toEqual(['残疾', '残疾人', '学习之星']);
    expect(kept(`${t.learners.title}的故事`)).toEqual([t.learners.title, ...segment('的故事')]);
  });

  it('cuts the rest as the segmenter does, and keeps no question (什么书) nor a name of two characters', () => {
    expect(kept('周末读书会')).toEqual(segment('周末读书会'));
    expect(kept('看什么书')).toEqual(segment('看什么书'));
    expect(keepingNames(segment, ['书单'])('推荐书单')).toEqual(segment('推荐书单'));
    expect(keepingNames(segment, [])).toBe(segment);
  });
});
