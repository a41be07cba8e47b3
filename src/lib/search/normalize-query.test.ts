import { ConverterFactory } from 'opencc-js/core';
import toCn from 'opencc-js/to/cn';
import { describe, expect, it } from 'vitest';
import { dates } from '../../i18n/zh-CN/dates.ts';
import { joinIsbnDigits, normalizeQuery, placesInChinese, searchedAs, shortenRegionNames, toHalfWidth } from './normalize-query.ts';
import { regionPinyin, regionShortNames } from './region-names.ts';
import fillers from './query-fillers.json' with { type: 'json' };

// The whole OpenCC t→cn converter; the page uses a trimmed table (t2s-table.test.ts).
const toSimplified = ConverterFactory(...toCn);
const options = { toSimplified, regionShortNames: regionShortNames() };
const terms = (q: string) => normalizeQuery(q, options).terms;

describe('normalizeQuery', () => {
  it('searches 周末 for 这周末, 本周末 and 下周末, wherever they stand, but leaves 线下周末 and the 周日 of 本周日程 alone', () => {
    expect(terms('这周末有什么讲座')).toBe('周末 讲座');
    expect(terms('这个周末有什么活动')).toBe('周末 活动');
    expect(terms('本周末')).toBe('周末');
    expect(terms('下周末去哪')).toBe('周末');
    expect(terms('深圳这周末有什么活动')).toBe('深圳 周末 活动');
    expect(terms('线下周末活动')).toBe('线下周末活动');
    expect(terms('广州下周六有什么活动')).toBe('广州 周六 活动');
    // Last week's too, but not the 上 of 线上 (online) nor the 下 of 线下 before a week.
    expect(terms('上周六有什么活动')).toBe('周六 活动');
    expect(terms('线上周六的活动')).toBe('线上周六的活动');
    expect(terms('线下周活动')).toBe('线下周活动');
    expect(terms('本周日程')).toBe('日程');
    expect(terms('这周有什么活动')).toBe('活动');
  });

  it('keeps who comes along and drops the taking and the going (带孩子去博物馆), but not 去年, 去世 or 带动', () => {
    expect(terms('带孩子去博物馆')).toBe('孩子 博物馆');
    expect(terms('带着孩子一起去看展览')).toBe('孩子 看展览');
    expect(terms('陪老人去听讲座')).toBe('老人 听讲座');
    expect(terms('领着小朋友去图书馆')).toBe('小朋友 图书馆');
    expect(terms('孩子去年参加的活动')).toBe('孩子去年 活动');
    expect(terms('带动全民阅读')).toBe('带动全民阅读');
    expect(terms('去博物馆')).toBe('去博物馆');
  });

  it('drops the 教 of 教老人用手机: the pages say what their readers learn, not who teaches them, but keeps 教育 and 宗教', () => {
    expect(terms('教老人用手机')).toBe('老人用手机');
    expect(terms('有没有教小朋友画画的')).toBe('小朋友画画的');
    expect(terms('教孙子写字')).toBe('孩子写字');
    expect(terms('家庭教育讲座')).toBe('家庭教育讲座');
    expect(terms('教老师')).toBe('教老师');
  });

  it('drops the reader’s own family, whom no page names (我妈想学电脑, 带我爸去听讲座), and keeps a companion without its owner (我家孩子)', () => {
    expect(terms('我妈想学电脑')).toBe('电脑');
    expect(terms('带我爸去听讲座')).toBe('听讲座');
    // A grandparent is searched as the elderly (grandparents in query-fillers.json).
    expect(terms('陪我奶奶去看粤剧')).toBe('老人 看粤剧');
    expect(terms('我爸去年参加的讲座')).toBe('去年 讲座');
    expect(terms('带我家孩子去博物馆')).toBe('孩子 博物馆');
    expect(terms('我的孩子想学游泳')).toBe('孩子 游泳');
    // With the 的 after them: 的活动 and 的书 were searched, and 书 alone names the books (shortcut-match.ts, `alone`).
    expect(terms('我妈的活动')).toBe('活动');
    expect(terms('给我妈的书')).toBe('书');
    expect(terms('我爸的书法课')).toBe('书法课');
    // Not without an owner, and kept when nothing else is left.
    expect(terms('好妈妈胜过好老师')).toBe('好妈妈胜过好老师');
    expect(terms('我爱读书')).toBe('我爱读书');
    expect(terms('我妈妈')).toBe('我妈妈');
  });

  it('drops for whom one searches at the start (给我妈找个…, 帮我爸, 给孩子), but keeps the 给 of 送给孩子的书', () => {
    expect(terms('给我妈找个学跳舞的地方')).toBe('学跳舞');
    expect(terms('帮我爸找个老年大学')).toBe('老年大学');
    expect(terms('给孩子找个书法班')).toBe('孩子 书法班');
    expect(terms('周末 给孩子找个画画班')).toBe('周末 孩子 画画班');
    expect(terms('送给孩子的书')).toBe('送给孩子的书');
    // 给我 alone still goes as it did (给我推荐几本书), and 离我家近的 asks for nearness as 离我家 does.
    expect(terms('给我推荐几本书')).toBe('推荐 书');
    expect(terms('离我家近的活动')).toBe('活动');
    // As Cantonese says it: 屋企 is home, and 有咩搞 asks what is on.
    expect(terms('我屋企附近有咩活动')).toBe('活动');
    expect(terms('离我屋企近嘅图书馆')).toBe('图书馆');
    expect(terms('周六有咩搞')).toBe('周六');
  });

  it('asks for the pages of children where a school year is named (适合小学生看的书), as the pages say 青少年 or 孩子', () => {
    expect(terms('适合小学生看的书')).toBe('孩子看的书');
    expect(terms('中学生读什么书')).toBe('孩子读 书');
    expect(terms('中小学生科普')).toBe('孩子科普');
    expect(terms('三年级学画画')).toBe('孩子学画画');
    expect(terms('大学生')).toBe('大学生');
  });

  it('asks for the children’s pages where a grandparent takes a grandchild along or names their own, but not in 孙子兵法', () => {
    expect(terms('带孙子去哪玩')).toBe('孩子');
    expect(terms('陪孙女读书')).toBe('孩子读书');
    expect(terms('我孙子想学画画')).toBe('孩子 画画');
    expect(terms('孙子兵法')).toBe('孙子兵法');
    // For a grandchild too (给孙子): 买什么 goes, the site sells nothing.
    expect(terms('给孙子买什么书')).toBe('孩子 书');
  });

  it('asks for the elderly’s pages where a grandchild searches for a grandparent, but not in a book’s title', () => {
    // 给奶奶买什么书 had searched 奶奶, and found the one book whose text names a grandmother.
    expect(terms('给奶奶买什么书')).toBe('老人 书');
    expect(terms('给我奶奶买几本书')).toBe('老人 书');
    expect(terms('帮爷爷找个书法班')).toBe('老人 书法班');
    expect(terms('带外婆去听讲座')).toBe('老人 听讲座');
    // 我奶奶 had gone whole as the reader's own family, and the pages for the elderly went unasked for.
    expect(terms('我奶奶想学手机')).toBe('老人 手机');
    expect(terms('适合爷爷奶奶的活动')).toBe('老人的活动');
    expect(terms('啱阿嫲嘅活动')).toBe('老人 活动');
    expect(terms('外婆的道歉信')).toBe('外婆的道歉信');
    expect(terms('奶奶的故事')).toBe('奶奶的故事');
  });

  it('asks for the online events where a reader would take part from home (在家就能参加, 不用出门)', () => {
    expect(terms('在家就能参加的活动')).toBe('线上的活动');
    expect(terms('不用出门的讲座')).toBe('线上的讲座');
    expect(terms('在家门口')).toBe('在家门口');
  });

  it('reads an age the reader gives as whom the pages are for (我今年六十五岁, 孩子8岁), and drops any other', () => {
    expect(terms('我今年六十五岁想学点东西')).toBe('老人');
    expect(terms('七十多岁的老人学什么')).toBe('老人 老人学');
    expect(terms('60岁以上老人')).toBe('老人');
    expect(terms('孩子8岁去哪玩')).toBe('孩子');
    expect(terms('十二岁学书法')).toBe('孩子 学书法');
    expect(terms('35岁想学英语')).toBe('英语');
    expect(terms('十几岁的孩子')).toBe('孩子');
    expect(terms('六十几岁学电脑')).toBe('老人 学电脑');
    // An age alone, and nothing else: searched as typed, not as nothing.
    expect(terms('18岁以上')).toBe('18岁以上');
    // Not a number before 岁: 岁月 is a word of its own.
    expect(terms('岁月如歌')).toBe('岁月如歌');
  });

  it('asks for the family events where a family names itself (一家老小, 一家人, 全家), as their facts say 亲子家庭', () => {
    expect(terms('一家老小去哪')).toBe('家庭');
    expect(terms('适合一家人的活动')).toBe('家庭的活动');
    expect(terms('周末带全家去看展览')).toBe('周末 家庭 看展览');
  });

  it('drops a link pasted with the words (a WeChat article’s address), but searches a link alone', () => {
    expect(terms('https://mp.weixin.qq.com/s/abc 银龄数字课堂')).toBe('银龄数字课堂');
    expect(terms('银龄数字课堂https://mp.weixin.qq.com/s/a_B-1?x=1&y=2 报名')).toBe('银龄数字课堂 报名');
    expect(terms('www.gd.gov.cn 通知')).toBe('通知');
    // A date inside a link is no day asked for.
    expect(terms('https://example.cn/2023/11/25/a.html 开幕式')).toBe('开幕式');
    expect(terms('https://mp.weixin.qq.com/s/abc')).toBe('https mp weixin qq com s abc');
    expect(terms('AI讲座')).toBe('AI讲座');
  });

  it('drops 适合, which asks who an event is for: the page names them, not the word (有没有适合老人的课)', () => {
    expect(terms('有没有适合老人的课')).toBe('老人的课');
    expect(terms('适合孩子的活动')).toBe('孩子的活动');
    expect(terms('适合')).toBe('适合');
  });

  it('drops asking where to have fun (带娃去哪里玩), which no page says, but not the 玩 of a subject', () => {
    expect(terms('带娃去哪里玩')).toBe('娃');
    expect(terms('周末带孩子去哪玩')).toBe('周末 孩子');
    expect(terms('广州有什么好玩的')).toBe('广州');
    // Asked alone, what is fun is the events (not the pages that say 什么, as the words typed found).
    expect(terms('哪里好玩')).toBe('活动');
    expect(terms('有什么好玩的？')).toBe('活动');
    expect(terms('有咩好玩')).toBe('活动');
    expect(terms('去哪玩')).toBe('活动');
    expect(terms('古玩鉴赏讲座')).toBe('古玩鉴赏讲座');
  });

  it('drops 哪些地方 and 哪个地方 as it drops 哪里', () => {
    expect(terms('哪些地方亮灯')).toBe('亮灯');
    expect(terms('粤剧讲座在哪个地方')).toBe('粤剧讲座');
  });

  it('turns Traditional characters into Simplified (終身學習 → 终身学习)', () => {
    expect(terms('終身學習')).toBe('终身学习');
    expect(terms('全民終身學習活動週')).toBe('全民终身学习活动周');
    expect(normalizeQuery('終身學習', options).convertedScript).toBe(true);
    expect(normalizeQuery('终身学习', options).convertedScript).toBe(false);
  });

  it('reads Taiwan and Hong Kong variant characters the same way (裏/裡, 綫/線, 臺)', () => {
    expect(terms('社區裏')).toBe(terms('社區裡'));
    expect(terms('綫上講堂')).toBe('线上讲堂');
    expect(terms('線上講堂')).toBe('线上讲堂');
    expect(terms('臺山')).toBe('台山');
  });

  it('keeps words OpenCC keeps (乾隆 is not 干隆)', () => {
    expect(terms('乾隆')).toBe('乾隆');
  });

  it('turns full-width letters, digits and the ideographic space into half-width', () => {
    expect(toHalfWidth('ＡＩ　讲座２０２３')).toBe('AI 讲座2023');
    expect(terms('ＡＩ　讲座')).toBe('AI 讲座');
    expect(terms('９７８－７－０２－０００２２０－７')).toBe('9787020002207');
  });

  it('collapses stray spaces, including leading, trailing and repeated ones', () => {
    expect(terms('  老年   大学 ')).toBe('老年 大学');
    expect(terms('\t读书\n会')).toBe('读书 会');
    expect(terms('   ')).toBe('');
  });

  it('joins an ISBN typed with hyphens or spaces into its digits', () => {
    expect(terms('978-7-02-000220-7')).toBe('9787020002207');
    expect(terms('978 7 02 000220 7')).toBe('9787020002207');
    expect(terms('ISBN 978-7020002207')).toBe('ISBN 9787020002207');
    expect(terms('7-02-000220-7')).toBe('7020002207');
    expect(joinIsbnDigits('7-5366-9293-X')).toBe('753669293X');
  });

  it('leaves numbers that are not ISBNs alone (dates, phone numbers)', () => {
    expect(joinIsbnDigits('2023-11-18')).toBe('2023-11-18');
    expect(joinIsbnDigits('020-8888 1234')).toBe('020-8888 1234');
    // 13 digits that do not start 978/979 are not an ISBN-13.
    expect(joinIsbnDigits('123-4567-890-123')).toBe('123-4567-890-123');
  });

  it('accepts city and county names with or without their suffix', () => {
    expect(terms('广州市')).toBe('广州');
    expect(terms('广州')).toBe('广州');
    expect(terms('荔湾区 读书')).toBe('荔湾 读书');
    expect(terms('廣州市')).toBe('广州');
    expect(terms('连山壮族瑶族自治县')).toBe('连山');
    expect(shortenRegionNames('梅县区', regionShortNames())).toBe('梅县');
  });

  it('reads a place spelled in pinyin as a word of its own as the place, and says so', () => {
    const spelled = { ...options, regionPinyin: regionPinyin() };
    expect(normalizeQuery('guangzhou', spelled)).toMatchObject({ terms: '广州', display: 'guangzhou', respelled: '广州' });
    expect(normalizeQuery('Shenzhen 读书', spelled).terms).toBe('深圳 读书');
    expect(normalizeQuery('panyu的活动', spelled).terms).toBe('番禺的活动');
    // Not inside a longer word, nor a word that spells no place.
    expect(placesInChinese('guangzhouta AI', regionPinyin())).toBe('guangzhouta AI');
    expect(normalizeQuery('guangzhou', options).respelled).toBeUndefined();
  });

  it('reads a county whose short name is an everyday word with its city’s, and the word alone as the word', () => {
    // 光明区 is 深圳's (src/lib/regions/everyday-place-names.json): 光明 alone is “bright”.
    expect(terms('光明区的活动')).toBe('深圳光明的活动');
    expect(terms('深圳市光明区')).toBe('深圳光明');
    expect(terms('深圳光明区')).toBe('深圳光明');
    expect(terms('汕尾市城区的讲座')).toBe('汕尾城区的讲座');
    expect(terms('老城区的活动')).toBe('老城区的活动');
    expect(terms('世界和平')).toBe('世界和平');
    expect(terms('光明阅读')).toBe('光明阅读');
  });

  it('turns punctuation into spaces so that pasted titles and quotes just search', () => {
    expect(terms('《平凡的世界》')).toBe('平凡的世界');
    expect(terms('"终身学习"')).toBe('终身学习');
    expect(terms('读书、分享，交流')).toBe('读书 分享 交流');
  });

  it('shows the reader the cleaned query in Simplified characters', () => {
    expect(normalizeQuery('  《終身學習》 ', options).display).toBe('《终身学习》');
  });

  it('works without a converter (before its table has loaded)', () => {
    expect(normalizeQuery('ＡＩ 終身').terms).toBe('AI 終身');
  });
});

describe('question words', () => {
  it('are dropped, wherever they stand, so the words that matter are searched', () => {
    expect(terms('哪里亮灯')).toBe('亮灯');
    expect(terms('老人学手机在哪里报名？')).toBe('老人学手机 报名');
    expect(terms('请问有没有粤剧讲座')).toBe('粤剧讲座');
    // As a voice message or a request puts it: 看看, 一下, 帮我找 ask, they say nothing of the pages.
    expect(terms('我想看看广州这周末有什么读书活动')).toBe('广州 周末 读书活动');
    expect(terms('帮我找一下社长推荐的书')).toBe('社长推荐的书');
    expect(terms('请问一下开幕式在哪里')).toBe('开幕式');
    expect(terms('想看看粤剧')).toBe('粤剧');
    // As Cantonese speakers type or dictate them: 乜嘢 什么, 边度 哪里, 几时 什么时候, 有冇 有没有, 嘅 的, 喺 在.
    expect(terms('广州有乜嘢活动')).toBe('广州 活动');
    expect(terms('边度可以睇书')).toBe('睇书');
    expect(terms('几时开幕')).toBe('开幕');
    expect(terms('有冇粤剧讲座')).toBe('粤剧讲座');
    expect(terms('佛山嘅读书会喺边度')).toBe('佛山 读书会');
    expect(terms('陈家祠点去')).toBe('陈家祠');
    expect(terms('帮我揾下粤剧')).toBe('粤剧');
    expect(terms('唔该，边度有讲座')).toBe('讲座');
    expect(terms('我想睇粤剧')).toBe('粤剧');
    // The ending particles 呀 and 啦, 点算 what to do, 嘅地方 as 的地方, 佢哋 they.
    expect(terms('边度可以学粤剧呀')).toBe('学粤剧');
    expect(terms('我阿妈想学手机点算')).toBe('手机');
    expect(terms('老人家睇书嘅地方')).toBe('老人家睇书');
    expect(terms('佢哋几时开幕')).toBe('开幕');
    // 细路仔 kids, 呢个礼拜 this week, 去边度 where to go, 呢度 here.
    expect(terms('细路仔去边度玩')).toBe('细路仔');
    expect(terms('呢度有冇书法班')).toBe('书法班');
    expect(terms('呢个礼拜有乜嘢活动')).toBe('活动');
    expect(terms('星期六去边度好')).toBe('星期六');
    // 啱 suits (啱老人家), 有得 there is (边度有得学书法), 呢个 and 今个 this (呢个礼拜六: the day kept, not 六 alone).
    expect(terms('有冇啲活动啱老人家')).toBe('活动 老人家');
    expect(terms('边度有得学书法')).toBe('学书法');
    expect(terms('呢个礼拜六有冇讲座')).toBe('礼拜六 讲座');
    expect(terms('今个星期日有乜嘢活动')).toBe('星期日 活动');
    expect(terms('开幕式什么时候')).toBe('开幕式');
  });

  it('drop words of nearness and time, which no page carries (附近的讲座, 这周有什么活动, 怎么去花城广场, 我在顺德)', () => {
    expect(terms('附近的讲座')).toBe('讲座');
    expect(terms('这周有什么活动')).toBe('活动');
    expect(terms('怎么去花城广场')).toBe('花城广场');
    expect(terms('身边的读书会')).toBe('读书会');
    expect(terms('带孩子去哪')).toBe('孩子');
    expect(terms('粤剧票价多少')).toBe('粤剧票价');
    expect(terms('周末去哪里学书法')).toBe('周末 学书法');
    expect(terms('我家附近的活动')).toBe('活动');
    expect(terms('离我最近的讲座')).toBe('讲座');
    expect(terms('下周有什么活动')).toBe('活动');
    // A day named from today is found by its date (day-named.ts), not by the word: every such word is dropped,
    // an evening's or a morning's kept as 晚上 or 上午 (query-fillers.json, evening and morning).
    const partOfDay = new Map<string, string>([
      ...fillers.evening.words.map((word) => [word, fillers.evening.searchedAs] as const),
      ...fillers.morning.words.map((word) => [word, fillers.morning.searchedAs] as const),
    ]);
    for (const [word] of dates.daysFromToday)
      expect(terms(`${word}有什么活动`), word).toBe(partOfDay.has(word) ? `${partOfDay.get(word)} 活动` : '活动');
    expect(partOfDay.size).toBeGreaterThan(0);
    expect(terms('今日有咩活动')).toBe('活动');
    // Where the reader lives: the place is searched, and asked for with 活动 it gets its list (shortcut-match.ts).
    expect(terms('我在顺德有什么活动')).toBe('顺德 活动');
    expect(terms('我住在番禺')).toBe('番禺');
    expect(terms('我家在荔湾，附近有什么讲座')).toBe('荔湾 讲座');
    expect(terms('下个月的讲座')).toBe('讲座');
    expect(terms('今天的活动')).toBe('活动');
  });

  it('names an evening or a morning of a day (今晚, 明早) in both lists that read it: its day in dates.ts, its part in query-fillers.json', () => {
    // A word in one list and not the other would have its day read and its part lost, or the reverse.
    const dayWords: readonly string[] = dates.daysFromToday.map(([word]) => word);
    const dayStarts = new Set(dayWords.map((word) => word[0]));
    const partWords = [...fillers.evening.words, ...fillers.morning.words];
    expect(partWords.filter((word) => dayStarts.has(word[0]) && !dayWords.includes(word))).toEqual([]);
    expect(dayWords.filter((word) => /[晚早]/u.test(word) && !partWords.includes(word))).toEqual([]);
    expect(partWords.filter((word) => dayWords.includes(word)).length).toBeGreaterThan(0);
  });

  it('searches a reader who says they are old (我老了, 年纪大了, 上了年纪) as 老人, as the pages for the elderly say', () => {
    expect(terms('我老了想学点东西')).toBe('老人');
    expect(terms('年纪大了学什么')).toBe('老人学');
    expect(terms('上了年纪能参加什么活动')).toBe('老人 活动');
    expect(terms('我年纪大了想学手机')).toBe('老人 手机');
  });

  it('drops what is good to learn or see at the end (学什么好, 看什么书好) whole, and reads 什么好玩 asked alone as the events', () => {
    expect(terms('老年人学什么好')).toBe('老年人学');
    expect(terms('给老人推荐什么书好')).toBe('老人推荐 书');
    // 好呢 ends it, both end words.
    expect(terms('孩子学什么好呢')).toBe('孩子学');
    expect(terms('什么好玩的活动')).toBe('活动');
    expect(terms('什么好玩')).toBe('活动');
    // 评了 and 几月几号 are words of the anywhere list that end in an end word (了, 几号): each goes whole.
    expect(terms('广州评了')).toBe('广州');
    expect(terms('广州几月几号')).toBe('广州');
    // What was heard, and being idle: no page says either.
    expect(terms('听说有亮灯活动')).toBe('亮灯活动');
    expect(terms('退休在家闲着没事干')).toBe('退休在家');
    // But, between two wishes: no page says it.
    expect(terms('想报名但是不会用手机')).toBe('想报名 不会用手机');
    // The site asked as a person.
    expect(terms('怎么联系你们')).toBe('联系');
  });

  it('drop the words of who, which, how many and what day or hour, wherever they stand (学习之星是谁, 活动周是哪天, 广州塔几点亮灯)', () => {
    expect(terms('学习之星是谁')).toBe('学习之星');
    expect(terms('谁是学习之星')).toBe('学习之星');
    // What a book is about is in its words: 关于 is only in the notices' titles and 关于本站.
    expect(terms('关于家乡的书')).toBe('家乡的书');
    expect(terms('关于本站')).toBe('本站');
    // 方面 and 相关 say only that the word before them is what is asked about.
    expect(terms('有没有育儿方面的活动')).toBe('育儿 活动');
    expect(terms('粤剧相关的讲座')).toBe('粤剧 讲座');
    // A count asked for is the statistics' figure: 多少 alone went and left 人 (query-fillers.json, howManyPeople).
    expect(terms('全省一共多少人参加')).toBe('全省 人数');
    expect(terms('广州一共搞了多少场活动')).toBe('广州 活动数');
    expect(terms('今年一共举办了多少场活动')).toBe('活动数');
    // The form to report through, which the segmenter cuts 填/报表/单: the pages say 报送表单.
    expect(terms('填报表单在哪')).toBe('报送 表单');
    expect(terms('深圳上报表格')).toBe('深圳 报送 表单');
    // Which place had most: the statistics compare the places by the count, and no page says 最多 of one.
    expect(terms('哪个市参加人数最多')).toBe('市 人数');
    expect(terms('哪个县活动场次最少')).toBe('县 活动数');
    expect(terms('一次最多二十人')).toBe('一次最多二十人');
    // What is still to come: the list of events puts it first, and no page says 接下来 or 下一场.
    expect(terms('接下来有什么活动')).toBe('活动');
    expect(terms('近期有什么讲座')).toBe('讲座');
    expect(terms('下一场活动是什么时候')).toBe('活动');
    expect(terms('深圳还有什么活动')).toBe('深圳 活动');
    // The week named beside a count asks for its figures, which every page's 活动周 would outrank.
    expect(terms('活动周一共办了多少场活动')).toBe('活动数');
    expect(terms('终身学习活动周有多少人参加')).toBe('人数');
    expect(terms('广州活动周有多少人参加')).toBe('广州 人数');
    expect(terms('活动周开幕式')).toBe('活动周开幕式');
    // The 有 stays, beside the place as in 深圳有活动 (shortcuts.ts, besides).
    expect(terms('深圳有多少个活动')).toBe('深圳有 活动数');
    // No page says 双休 (the weekend): the index gives a Saturday's or a Sunday's event 周末.
    expect(terms('双休日有什么活动')).toBe('周末 活动');
    expect(terms('双休去哪学习')).toBe('周末 学习');
    // After something, as the pages write it (下班后学一项小技能); a query's first word asks what is to come.
    expect(terms('下班以后学什么')).toBe('下班后学');
    expect(terms('退休之后学点什么')).toBe('退休后学');
    expect(terms('放学以后去哪')).toBe('放学后');
    expect(terms('以后还有活动吗')).toBe('活动');
    expect(terms('后面还有什么活动')).toBe('活动');
    expect(terms('后面的活动')).toBe('活动');
    expect(terms('之后有什么讲座')).toBe('讲座');
    expect(terms('深圳以后还有活动吗')).toBe('深圳 活动');
    expect(terms('马上周末了去哪玩')).toBe('周末');
    // A year named from this one, by the reader's clock, as pages write it; before a month, the month's year (day-named.ts).
    const in2026 = { ...options, now: new Date('2026-12-08T02:00:00Z') };
    expect(normalizeQuery('去年的数据', in2026).terms).toBe('2025年 数据');
    expect(normalizeQuery('广州前年的亮灯', in2026).terms).toBe('广州 2024年 亮灯');
    expect(normalizeQuery('去年11月的活动', in2026).terms).toBe('11月的活动');
    expect(normalizeQuery('今年的数据', in2026).terms).toBe('数据');
    // 给我 asks for oneself, 几本 how many: no page says either.
    expect(terms('给我推荐几本书')).toBe('推荐 书');
    // Who the reader is (我是), and where one can see it (可以看到, 看得到): the pages say neither.
    expect(terms('我是外卖骑手有没有免费的技能培训')).toBe('外卖骑手 免费的技能培训');
    expect(terms('哪里可以看到亮灯')).toBe('亮灯');
    expect(terms('广州塔看得到吗')).toBe('广州塔');
    // For the reader (适合我, 适合我们): no page names them; 我妈 of 适合我妈 stays the family's.
    expect(terms('适合我的书')).toBe('书');
    expect(terms('有没有适合我们的活动')).toBe('活动');
    expect(terms('适合我妈的活动')).toBe('活动');
    // Whom a book is written for, as 适合 says it: a grandmother is the elderly, as after 适合.
    expect(terms('写给孩子的书')).toBe('孩子的书');
    expect(terms('写给奶奶的书')).toBe('老人的书');
    // A skill counted as one learns it, but not a school's gate.
    expect(terms('学门手艺')).toBe('学手艺');
    expect(terms('学一门手艺')).toBe('学手艺');
    expect(terms('中山大学门口')).toBe('中山大学门口');
    // Who was chosen: the learners' pages say 被评为, and no page 评了 or 哪些人.
    expect(terms('今年评了哪些学习之星')).toBe('学习之星');
    expect(terms('学习之星有哪些人')).toBe('学习之星');
    expect(terms('评出了哪些品牌项目')).toBe('品牌项目');
    expect(terms('被评为学习之星')).toBe('被评为学习之星');
    expect(terms('哪些城市亮灯')).toBe('城市亮灯');
    // 是哪天, 是几号 go whole: 广州开幕式是哪天 wanted 是 on the page.
    expect(terms('活动周是哪天')).toBe('活动周');
    // 是多少 and 是哪里 too: 报名电话是多少 searched 报名电话是, which no page says.
    expect(terms('报名电话是多少')).toBe('报名电话');
    expect(terms('收费是多少')).toBe('收费');
    expect(terms('陈家祠地址是哪里')).toBe('陈家祠');
    expect(terms('广州开幕式是哪天')).toBe('广州开幕式');
    expect(terms('开幕式是几号')).toBe('开幕式');
    // How many: 东莞有几个活动 asks for the place's events.
    expect(terms('东莞有几个活动')).toBe('东莞 活动');
    expect(terms('读书月哪一天开始')).toBe('读书月 开始');
    expect(terms('开幕式几月几号')).toBe('开幕式');
    expect(terms('亮灯是什么意思')).toBe('亮灯');
    // Asked what a thing is, 是 goes with the question: no page is about it.
    expect(terms('亮灯是什么')).toBe('亮灯');
    expect(terms('什么是终身学习')).toBe('终身学习');
    // 啥 and 咋, as northern speakers say 什么 and 怎么.
    expect(terms('11月有啥活动')).toBe('11月 活动');
    expect(terms('老年大学咋报名')).toBe('老年大学 报名');
    expect(terms('开幕式啥时候')).toBe('开幕式');
    expect(terms('广州塔几点亮灯')).toBe('广州塔 亮灯');
    expect(terms('佛山有多少活动')).toBe('佛山 活动');
    expect(terms('需要报名吗')).toBe('报名');
    expect(terms('要不要预约')).toBe('预约');
    expect(terms('哪里可以借书')).toBe('借书');
    expect(terms('能不能带孩子')).toBe('孩子');
    expect(terms('终身学习什么意思')).toBe('终身学习');
  });

  it('end a query only as its last character (吗, 呢)', () => {
    expect(terms('有读书会吗')).toBe('有读书会');
    expect(terms('呢绒')).toBe('呢绒');
  });

  it('drop at the end a fact asked for, which an event’s page gives under a label the index leaves out (开幕式时间, 陈家祠地址), and 点什么 and 点东西', () => {
    expect(terms('开幕式时间')).toBe('开幕式');
    expect(terms('陈家祠的地址')).toBe('陈家祠的');
    expect(terms('粤剧讲座几点开始')).toBe('粤剧讲座');
    expect(terms('开幕式地点在哪')).toBe('开幕式');
    expect(terms('读书月几号')).toBe('读书月');
    expect(terms('活动周几号开始')).toBe('活动周');
    expect(terms('读书月什么时候结束')).toBe('读书月');
    expect(terms('活动周持续几天')).toBe('活动周');
    expect(terms('退休了学点什么')).toBe('退休了学');
    expect(terms('下班后学点东西')).toBe('下班后学');
    expect(terms('东西湖')).toBe('东西湖');
    expect(terms('孩子暑假学什么')).toBe('孩子暑假学');
    // Inside a query, or a query of nothing else, the word is the reader's subject.
    expect(terms('时间管理')).toBe('时间管理');
    expect(terms('地址')).toBe('地址');
  });

  it('drops 能看 and 的地方 at the end, which ask whether an event can be watched (线上能看吗) and where: its page says how to take part, and its place', () => {
    expect(terms('线上能看吗')).toBe('线上');
    expect(terms('广州亮灯的地方')).toBe('广州亮灯');
    expect(terms('开幕式直播能看到吗')).toBe('开幕式直播');
    expect(terms('能看')).toBe('能看');
  });

  it('drops 入口, 链接 and 网址 at the end (报名入口, 直播链接): an event’s link is a button the index leaves out, and its page says 报名', () => {
    expect(terms('报名入口')).toBe('报名');
    expect(terms('开幕式直播链接在哪里')).toBe('开幕式直播');
    expect(terms('读书会报名网址')).toBe('读书会报名');
    expect(terms('链接')).toBe('链接');
  });

  it('drops 了 at the end (退休了想学点东西): Pagefind would want it on the page, and 退休 finds the pages for the elderly', () => {
    expect(terms('退休了想学点东西')).toBe('退休');
    expect(terms('孩子放假了去哪玩')).toBe('孩子放假');
    expect(terms('了')).toBe('了');
  });

  it('drops 参加 and 能去, which every event asks of its readers (下班后可以参加的活动, 晚上能去的)', () => {
    expect(terms('下班后可以参加的活动')).toBe('下班后 活动');
    expect(terms('晚上能去的')).toBe('晚上');
    expect(terms('周末能参加的讲座')).toBe('周末 讲座');
  });

  it('keeps the evening of 今晚 and 明晚 as 晚上, and the morning of 明早 as 上午: the day is read from the query as typed', () => {
    expect(terms('今晚有什么活动')).toBe('晚上 活动');
    expect(terms('听晚有乜嘢睇')).toBe('晚上 睇');
    expect(terms('明早 讲座')).toBe('上午 讲座');
    expect(terms('早上有什么活动')).toBe('上午 活动');
    // A word of its own: 晚上广州塔 was searched as one, and the schedule's row for 广州塔 not named.
    expect(terms('今晚广州塔亮灯吗')).toBe('晚上 广州塔亮灯');
  });

  it('searches 关灯 as 亮灯, under which the schedule gives the hours, and drops 名单 at the end (亮灯名单, 学习之星名单)', () => {
    expect(terms('广州塔几点关灯')).toBe('广州塔 亮灯');
    expect(terms('几点熄灯')).toBe('亮灯');
    // How long it stays lit: 亮到 is on no page.
    expect(terms('广州塔亮到几点')).toBe('广州塔 亮灯');
    // Whether and when it lights, and the show residents come to see: the schedule says none of these.
    expect(terms('今晚广州塔亮不亮')).toBe('晚上 广州塔 亮灯');
    expect(terms('广州塔几点亮')).toBe('广州塔 亮灯');
    expect(terms('广州塔今晚开灯吗')).toBe('广州塔 晚上 亮灯');
    expect(terms('海珠桥有没有灯光秀')).toBe('海珠桥 亮灯');
    expect(terms('学习之星名单')).toBe('学习之星');
    expect(terms('名单')).toBe('名单');
  });

  it('drop 什么 wherever it stands: no page is about it, and the pages holding the rest answer (老人参加什么活动)', () => {
    expect(terms('老人可以参加什么活动')).toBe('老人 活动');
    expect(terms('给小学生推荐什么书')).toBe('孩子推荐 书');
    expect(terms('孩子为什么不爱读书')).toBe('孩子 不爱读书');
    expect(terms('周末有什么样的讲座')).toBe('周末 讲座');
  });

  it('drop calling an event fun (有哪些好玩的活动) and asking for some (推荐一些书): no page says either of itself', () => {
    expect(terms('有哪些好玩的活动')).toBe('活动');
    expect(terms('有意思的讲座')).toBe('讲座');
    expect(terms('周末亲子好去处')).toBe('周末亲子');
    expect(terms('推荐一些适合老人看的书')).toBe('推荐 老人看的书');
  });

  it('drop 有无 as 有没有, as notices and forms write it, but keep the 无障碍 of 有无障碍', () => {
    expect(terms('有无书法课')).toBe('书法课');
    expect(terms('请问有无线上直播')).toBe('线上直播');
    expect(terms('有无障碍')).toBe('无障碍');
    expect(terms('场地有无障碍通道吗')).toBe('场地无障碍通道');
    expect(terms('有没有无障碍')).toBe('无障碍');
    expect(terms('为什么没有无障碍通道')).toBe('无障碍通道');
  });

  it("search how a reader gets about as 无障碍, the label of a venue's access, apart from the place (坐轮椅能去吗)", () => {
    expect(terms('坐轮椅能去吗')).toBe('无障碍');
    expect(terms('腿脚不好能去陈家祠吗')).toBe('无障碍 陈家祠');
    expect(terms('老人行动不便有什么活动')).toBe('老人 无障碍 活动');
    expect(terms('有轮椅吗')).toBe('无障碍');
    expect(terms('我妈腿脚不方便')).toBe('无障碍');
    // Whether one gets in, or it is easy, is what the venue's 无障碍 says: 能进, 方便 go at the end.
    expect(terms('轮椅能进吗')).toBe('无障碍');
    expect(terms('坐轮椅方便吗')).toBe('无障碍');
    expect(terms('停车方便吗')).toBe('停车');
    expect(terms('方便面')).toBe('方便面');
  });

  it('drop the greetings and thanks of a reader who asks as they would ask a person (你好请问, 谢谢)', () => {
    expect(terms('你好请问有没有书法课')).toBe('书法课');
    expect(terms('麻烦问下哪里有读书会')).toBe('读书会');
    expect(terms('我想知道开幕式在哪')).toBe('开幕式');
    expect(terms('读书会，谢谢')).toBe('读书会');
    expect(terms('谢谢')).toBe('谢谢');
  });

  it('are kept when nothing else is left', () => {
    expect(terms('在哪里')).toBe('在哪里');
  });
});

describe('words residents write otherwise than the pages', () => {
  it('searches 终身学习 for 终生学习, which sounds alike, in Traditional characters too, and leaves 终生 alone elsewhere', () => {
    expect(terms('终生学习活动周')).toBe('终身学习活动周');
    expect(terms('終生學習')).toBe('终身学习');
    expect(terms('终生教育')).toBe('终身教育');
    expect(terms('终生难忘的一课')).toBe('终生难忘的一课');
  });

  it('mends a pinyin input method’s slip between characters of one sound (图书管, 讲坐), and says what it searched, but not the 管 of 管理', () => {
    expect(normalizeQuery('广州图书管', options)).toMatchObject({
      terms: '广州图书馆',
      display: '广州图书管',
      respelled: '广州图书馆',
    });
    expect(terms('讲坐')).toBe('讲座');
    expect(terms('亲子阅渎')).toBe('亲子阅读');
    // xin for xing, as Cantonese speakers often type it.
    expect(terms('佛山学习之心')).toBe('佛山学习之星');
    expect(terms('品牌项木')).toBe('品牌项目');
    expect(terms('百性学习之星')).toBe('百姓学习之星');
    expect(terms('哪里量灯')).toBe('亮灯');
    expect(terms('今晚哪里亮登')).toBe('晚上 亮灯');
    expect(terms('广州开幕事')).toBe('广州开幕式');
    expect(terms('开慕式几点')).toBe('开幕式');
    expect(terms('学习之新')).toBe('学习之星');
    // 大雪 is a word (a solar term), but not after 老年.
    expect(terms('顺德老年大雪')).toBe('顺德老年大学');
    expect(terms('大雪节气')).toBe('大雪节气');
    // One sound, another character: zhi, xi, guan, zuo, xiang; but not a word they begin or end (中文学系, 讲作文).
    expect(terms('学习知星')).toBe('学习之星');
    expect(terms('终身学系活动周')).toBe('终身学习活动周');
    expect(terms('深圳图书官')).toBe('深圳图书馆');
    expect(terms('粤剧讲作')).toBe('粤剧讲座');
    expect(terms('品牌相目')).toBe('品牌项目');
    expect(terms('中文学系')).toBe('中文学系');
    expect(terms('讲作文')).toBe('讲作文');
    expect(normalizeQuery('图书管理员', options)).not.toHaveProperty('respelled');
    // What the page names as searched, and asks its shortcuts of.
    expect(searchedAs(normalizeQuery('广州图书管', options))).toBe('广州图书馆');
    expect(searchedAs(normalizeQuery('广州图书馆', options))).toBe('广州图书馆');
    expect(normalizeQuery('图书馆', options)).not.toHaveProperty('respelled');
  });
});

describe('asking whether it costs', () => {
  it('searches 收费, under which a free event is indexed, and not the 钱 of an author’s name (使唔使钱, 讲座要不要钱)', () => {
    expect(terms('使唔使钱')).toBe('收费');
    expect(terms('讲座要不要钱')).toBe('讲座 收费');
    expect(terms('参加要唔要钱？')).toBe('收费');
    expect(terms('收不收费')).toBe('收费');
    expect(terms('要钱吗')).toBe('收费');
    expect(terms('系咪要钱')).toBe('收费');
    expect(terms('讲座收钱吗')).toBe('讲座 收费');
  });

  it('leaves 不要钱 as it is, which says free, and the 钱 of a name', () => {
    expect(terms('不要钱的讲座')).toBe('不要钱的讲座');
    expect(terms('唔要钱吗')).toBe('唔要钱');
    expect(terms('钱锺书')).toBe('钱锺书');
  });
});
