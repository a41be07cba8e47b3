import { describe, expect, it } from 'vitest';
import { charactersLeftOut, withoutWordsApart, wordsApart } from './left-out-characters.ts';
import { chineseWordSegmenter } from './partial-match.ts';

describe('charactersLeftOut', () => {
  it('names the characters of the query that the page does not hold', () => {
    expect(charactersLeftOut('残疾人', { content: '每个人都能学' })).toEqual(['残', '疾']);
    expect(charactersLeftOut('残疾人 残疾', { content: '人' })).toEqual(['残', '疾']);
  });

  it('names none when the page holds every character, wherever they stand', () => {
    expect(charactersLeftOut('老人学手机', { content: '教长者用智能手机，大学生当老师；老人' })).toEqual([]);
  });

  it('reads the page’s metadata too, which Pagefind searches as well', () => {
    expect(charactersLeftOut('荔湾', { content: '社区读书会', meta: { region: '广州市荔湾区' } })).toEqual([]);
  });

  it('looks only at Chinese characters: a word in letters or digits matches pages by its start, as Pagefind’s prefix search does', () => {
    expect(charactersLeftOut('AI 2023', { content: '人工智能' })).toEqual([]);
  });
});

describe('wordsApart', () => {
  const segment = chineseWordSegmenter()!;
  // 《三体》's page, as Pagefind holds it: 青少年 with its synonym 少儿, 社长（总编）, 课程; words apart by zero-width spaces.
  const santi = { content: '适合\u200b青少年\u200b少儿\u200b阅读。社长（\u200b总编\u200b）荐书，配套\u200b课程。' };

  it('names the words a page holds only as characters apart, however the segmenter cut them', () => {
    // The segmenter knows no word in 少儿编程 and cuts it into characters: the pair 编程 stands nowhere on the page.
    expect(wordsApart('少儿编程', segment, santi)).toEqual(['编程']);
    expect(wordsApart('少儿 编程', segment, santi)).toEqual(['编程']);
  });

  it('names none when the page holds each word as written, apart from one another', () => {
    expect(wordsApart('少儿阅读', segment, santi)).toEqual([]);
    expect(wordsApart('老人学手机', segment, { content: '教长者用智能手机 老人 老年人' })).toEqual([]);
    // A character standing alone (看, 学) is no word to hold.
    expect(wordsApart('看碉楼', segment, { content: '开平碉楼开放日' })).toEqual([]);
  });

  it('reads the metadata, and leaves words in letters and digits to Pagefind’s prefix search', () => {
    expect(wordsApart('荔湾 读书会', segment, { content: '读书会', meta: { region: '广州市荔湾区' } })).toEqual([]);
    expect(wordsApart('AI 2023', segment, { content: '人工智能' })).toEqual([]);
  });
});

describe('withoutWordsApart', () => {
  const segment = chineseWordSegmenter()!;
  // 养生 (keeping fit): one page about it; a fish farmer's (养殖) and a reading list's (素养, 学生) hold its characters apart.
  const farmer = { content: '转向深水网箱养殖，吴海生' };
  const fitness = { content: '老年大学的养生课' };
  const reading = { content: '提升数字素养的大学生' };

  it('drops the first results whose pages hold a word only as characters apart, keeping the order of the others', () => {
    expect(withoutWordsApart(['farmer', 'fitness', 'reading'], [farmer, fitness, reading], '养生', segment)).toEqual(['fitness']);
  });

  it('keeps the results past the pages read, which it cannot tell', () => {
    expect(withoutWordsApart(['farmer', 'fitness', 'later'], [farmer, fitness], '养生', segment)).toEqual(['fitness', 'later']);
  });

  it('gives none when every page read holds the word only apart, and all when none was read', () => {
    expect(withoutWordsApart(['farmer', 'reading', 'later'], [farmer, reading], '养生', segment)).toEqual([]);
    expect(withoutWordsApart(['a', 'b'], [], '养生', segment)).toEqual(['a', 'b']);
  });

  it('drops a page that holds a place only inside another place’s name, unless the query says that name', () => {
    // 中山大学 is in 广州 (src/lib/regions/place-lookalikes.json): its open day holds no 中山.
    const campus = { content: '大学开放日：走进中山大学南校园，亲子家庭可预约' };
    const museum = { content: '走进孙中山故居，中山市翠亨村，亲子家庭' };
    const others = ['中山大学', '中山纪念堂'];
    expect(withoutWordsApart(['campus', 'museum'], [campus, museum], '中山 亲子', segment, others)).toEqual(['museum']);
    expect(withoutWordsApart(['campus', 'museum'], [campus, museum], '中山大学 亲子', segment, others)).toEqual(['campus']);
    expect(withoutWordsApart(['campus', 'museum'], [campus, museum], '中山 亲子', segment)).toEqual(['campus', 'museum']);
  });
});
