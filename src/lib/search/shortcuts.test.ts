import { describe, expect, it } from 'vitest';
import { t } from '../../i18n/zh-CN.ts';
import { everydayNamedCodes, everydayPlaceNames } from '../regions/everyday-place-names.ts';
import { allCounties, countiesOf, parentCity, placeWords, province, subdivisions } from '../regions/index.ts';
import { lookalikeNames } from '../regions/place-lookalikes.ts';
import { nicknamesOf } from '../regions/place-nicknames.ts';
import {
  collectionPath,
  entryPath,
  eventsForAudiencePath,
  eventsInCityPath,
  eventsModePath,
  eventTypePath,
  lightingPath,
  mediaPath,
  regionCountiesSectionPath,
  regionEventsPath,
  regionEventsSectionPath,
  regionStatsSectionPath,
  regionsPath,
  SITE_CONTACT_ID,
  statsPath,
} from '../urls.ts';
import { normalizeQuery, wordsAsPagesSayThem } from './normalize-query.ts';
import { regionShortNames } from './region-names.ts';
import {
  placeNamedAlone,
  placeCountiesAsked,
  placeReportAsked,
  kindNamedAlone,
  matchShortcuts,
  MAX_SHORTCUTS,
  namedPlaces,
  putFirst,
  shortcutsShown,
} from './shortcut-match.ts';
import { contactShortcut, placeShortcuts, searchShortcuts, submissionShortcut, withoutSharedWords } from './shortcuts.ts';

const shortcuts = searchShortcuts();
const hrefs = (query: string) => matchShortcuts(query, shortcuts).map((s) => s.href);

describe('栏目直达 on the search page', () => {
  it('takes a resident who asks for a section to its list, however they name it', () => {
    expect(hrefs('百姓学习之星')).toEqual([collectionPath('learners')]);
    expect(hrefs('学习之星')).toEqual([collectionPath('learners')]);
    expect(hrefs('有什么好书')).toEqual([collectionPath('books')]);
    expect(hrefs('书单')).toEqual([collectionPath('books')]);
    expect(hrefs('想看书')).toEqual([collectionPath('books')]);
    // A kind of book, then 推荐.
    expect(hrefs('历史书推荐')).toEqual([collectionPath('books')]);
    expect(hrefs('给我推荐几本书')).toEqual([collectionPath('books')]);
    expect(hrefs('推荐几本好看的小说')).toEqual([collectionPath('books')]);
    // Asked as a question, for whom (the list of their events comes second).
    expect(hrefs('最近看什么书好')).toEqual([collectionPath('books')]);
    expect(hrefs('退休了读什么书')).toEqual([collectionPath('books'), eventsForAudiencePath('elderly')]);
    expect(hrefs('给小学生推荐什么书')).toEqual([collectionPath('books'), eventsForAudiencePath('youth')]);
    expect(hrefs('适合老人看的书')).toEqual([collectionPath('books'), eventsForAudiencePath('elderly')]);
    expect(hrefs('帮我找一下社长推荐的书')).toEqual([collectionPath('books')]);
    // In Cantonese: 睇书 is 看书, 细路 孩子.
    expect(hrefs('边度可以睇书')).toEqual([collectionPath('books')]);
    expect(hrefs('细路仔有咩活动')).toEqual([eventsForAudiencePath('youth')]);
    expect(hrefs('带细路去边度玩')).toEqual([eventsForAudiencePath('family')]);
    expect(hrefs('孩子读的书')).toEqual([collectionPath('books'), eventsForAudiencePath('youth')]);
    // Books for someone, or of a kind, without a verb (适合我的书: the segmenter cuts 我的/书).
    expect(hrefs('适合我的书')).toEqual([collectionPath('books')]);
    expect(hrefs('有意思的书')).toEqual([collectionPath('books')]);
    expect(hrefs('孩子的书')).toEqual([collectionPath('books'), eventsForAudiencePath('youth')]);
    expect(hrefs('终身学习品牌项目')).toEqual([collectionPath('projects')]);
    expect(hrefs('各市统计表')).toEqual([statsPath()]);
    // Which place did most, as officials ask: the statistics compare them.
    for (const query of ['各市排名', '哪个市参加人数最多', '哪个区活动最多', '活动周排行'])
      expect(hrefs(query), query).toEqual([statsPath()]);
    for (const query of ['哪里可以看灯', '边度睇灯']) expect(hrefs(query), query).toEqual([lightingPath()]);
  });

  it('takes a journalist to the featured cases and the press contact, which the index leaves out', () => {
    for (const query of [
      '典型案例',
      '下载原图',
      '记者采访联系谁',
      '媒体报道素材',
      '高清图片',
      '活动照片下载',
      '新闻通稿',
      '活动周新闻稿',
      '有没有图片素材',
    ])
      expect(hrefs(query), query).toEqual([mediaPath()]);
    // Not what a city sends in: the materials form's page (宣传材料报送) answers that.
    expect(hrefs('报送宣传素材')).toEqual([]);
  });

  it('takes one who asks for a kind of event, or for whom, to that list, spaces or not', () => {
    expect(hrefs('老人 活动')).toEqual([eventsForAudiencePath('elderly')]);
    expect(hrefs('适合孩子的活动')).toEqual([eventsForAudiencePath('youth')]);
    expect(hrefs('上班族')).toEqual([eventsForAudiencePath('workers')]);
    expect(hrefs('讲座')).toEqual([eventTypePath('online_lecture')]);
    expect(hrefs('开 幕 式')).toEqual([eventTypePath('opening_ceremony')]);
    // Where one takes part: online, or on the spot (no offline event's page says 线下).
    expect(hrefs('线上活动')).toEqual([eventsModePath('online')]);
    expect(hrefs('线下活动')).toEqual([eventsModePath('offline')]);
    expect(hrefs('有没有现场活动')).toEqual([eventsModePath('offline')]);
    for (const query of [
      '网上听课',
      '在家在线听课',
      '有什么线上课程',
      '网上能看吗',
      '线上能看吗',
      '可以在线观看吗',
      '在家就能参加的活动',
      '不用出门的活动',
    ])
      expect(hrefs(query), query).toEqual([eventsModePath('online')]);
    // Near the reader: the places, to pick theirs.
    expect(hrefs('我家附近的活动')).toEqual([regionsPath()]);
    // The list of places asked for by name.
    for (const query of ['县区名单', '各县区有哪些', '城市列表']) expect(hrefs(query), query).toEqual([regionsPath()]);
    expect(hrefs('离我最近的讲座')).toEqual([regionsPath(), eventTypePath('online_lecture')]);
  });

  it('takes one who asks how to take part in the week to the list of its events', () => {
    for (const query of ['怎么参加活动周', '如何参加', '我想参与活动周', '全部活动', '学什么好', '能学点什么'])
      expect(hrefs(query), query).toEqual([collectionPath('events')]);
    // Which events, when the question says: that list too, after the list of all.
    expect(hrefs('老人怎么参加')).toEqual([collectionPath('events'), eventsForAudiencePath('elderly')]);
    expect(hrefs('退休了学点什么')).toEqual([collectionPath('events'), eventsForAudiencePath('elderly')]);
    // 参加 alone asks for nothing: 参加人次 is a figure of the statistics.
    expect(hrefs('参加人次')).toEqual([]);
  });

  it('takes one who asks what is still to come to the list of events, which puts it first', () => {
    for (const query of ['最近有什么活动', '接下来有什么活动', '近期活动', '下一场活动是什么时候', '还有什么活动吗'])
      expect(hrefs(query), query).toEqual([collectionPath('events')]);
    // A kind of event still to come: its own list.
    expect(hrefs('最近有什么讲座')).toEqual([eventTypePath('online_lecture')]);
  });

  it('takes a parent who asks where to go with a child to the family list, not the youth list', () => {
    for (const query of [
      '周末 带孩子',
      '带小孩去哪',
      '陪孩子读书',
      '带娃去哪里玩',
      '宝宝 活动',
      '适合一家人的活动',
      '一家老小去哪',
      '带孙子去哪玩',
    ])
      expect(hrefs(query), query).toEqual([eventsForAudiencePath('family')]);
    expect(hrefs('适合孩子的活动')).toEqual([eventsForAudiencePath('youth')]);
    expect(hrefs('适合小孩的活动')).toEqual([eventsForAudiencePath('youth')]);
  });

  it('counts a word of the query as the pages say it, as the search page gives it both (我老了 → 老人, 几点关灯 → 亮灯)', () => {
    const both = (query: string) => matchShortcuts([query, wordsAsPagesSayThem(query)], shortcuts).map((s) => s.href);
    expect(hrefs('我老了想学点东西')).toEqual([]);
    expect(both('我老了想学点东西')).toEqual([eventsForAudiencePath('elderly')]);
    expect(both('上了年纪能参加什么活动')).toEqual([eventsForAudiencePath('elderly')]);
    expect(both('几点关灯')).toEqual([lightingPath()]);
    // 带孙子 is 带孩子 in the pages' words, which the family list holds: not the youth list as well.
    expect(both('带孙子去哪玩')).toEqual(hrefs('带孩子去哪玩'));
    // The two texts are not run together into a word neither holds.
    expect(matchShortcuts(['学习', '之星'], shortcuts)).toEqual([]);
  });

  it('takes a city’s staff who ask how to send their material to the page with the forms, when the site has one', () => {
    const page = { id: 'submit', title: '宣传材料报送' };
    const withForms = [...shortcuts, ...submissionShortcut(page)];
    for (const query of ['怎么投稿', '上传照片', '宣传材料怎么报', '活动表'])
      expect(
        matchShortcuts(query, withForms).map((s) => s.href),
        query,
      ).toEqual([entryPath('pages', page.id)]);
    expect(submissionShortcut(undefined)).toEqual([]);
    // Officials asking whether a place has reported are answered by its figures (placeReportAsked), not this page.
    expect(matchShortcuts('广州报送情况', withForms).map((s) => s.href)).not.toContain(entryPath('pages', page.id));
  });

  it('takes one who asks how to reach the site to the footer’s contact line, when the site gives one', () => {
    const withContact = [...shortcuts, ...contactShortcut('网站联系电话：020-12345678')];
    for (const query of ['联系电话', '怎么联系你们', '网站联系方式', '我要投诉'])
      expect(
        matchShortcuts(query, withContact).map((s) => [s.href, s.label]),
        query,
      ).toEqual([[`#${SITE_CONTACT_ID}`, t.site.identity.contact]]);
    expect(contactShortcut(undefined)).toEqual([]);
    // The press contact is the press page's.
    expect(matchShortcuts('新闻联系人', withContact).map((s) => s.href)).toEqual([mediaPath()]);
  });

  it('offers at most two, sections before kinds of event before audiences', () => {
    expect(hrefs('老人 讲座 书单')).toEqual([collectionPath('books'), eventTypePath('online_lecture')]);
    expect(matchShortcuts('学习之星 品牌项目 书单 讲座', shortcuts)).toHaveLength(MAX_SHORTCUTS);
  });

  it('offers nothing for a plain search, a place or an empty box', () => {
    for (const query of ['陈家祠', '粤剧', '平凡的世界', '', '   ']) expect(hrefs(query)).toEqual([]);
    // A city's or county's name is answered by its own page, first in the results.
    for (const region of [...subdivisions(), ...allCounties()]) expect(hrefs(region.name), region.name).toEqual([]);
  });

  it('names each link by its page’s heading, one link to each page', () => {
    expect(new Set(shortcuts.map((s) => s.href)).size).toBe(shortcuts.length);
    const learners = shortcuts.find((s) => s.href === collectionPath('learners'));
    expect(learners?.label).toBe(t.learners.title);
    const elderly = shortcuts.find((s) => s.href === eventsForAudiencePath('elderly'));
    expect(elderly?.label).toBe(t.events.filters.forAudience(t.audiences.elderly));
    for (const shortcut of shortcuts) expect(shortcut.words.length, shortcut.href).toBeGreaterThan(0);
  });
});

describe('a query that names a kind of page and nothing else', () => {
  const kind = (terms: string) => kindNamedAlone(terms, shortcuts);

  it('gives that kind, by any of its names or the list’s own heading', () => {
    for (const terms of ['学习之星', '百姓学习之星', '学习达人', '学习之星 学习明星'])
      expect(kind(terms), terms).toBe(t.search.types.learners);
    for (const terms of ['书单', '好书', '荐书 书目']) expect(kind(terms), terms).toBe(t.search.types.books);
    for (const terms of ['品牌项目', t.projects.title]) expect(kind(terms), terms).toBe(t.search.types.projects);
  });

  it('gives books for 书 as the whole query (适合我的书 and 有意思的书, their question words gone), and brings the book list', () => {
    for (const word of t.search.shortcuts.sectionsAlone.books) {
      expect(kind(word), word).toBe(t.search.types.books);
      expect(hrefs(word), word).toEqual([collectionPath('books')]);
    }
    for (const query of ['适合我的书', '有意思的书']) {
      const terms = normalizeQuery(query).terms;
      expect(kind(terms), query).toBe(t.search.types.books);
    }
  });

  it('takes no word of `alone` inside a longer query: 读书会 and 书法 ask for no book', () => {
    for (const terms of ['读书会', '书法', '书 法']) {
      expect(kind(terms), terms).toBeUndefined();
      expect(hrefs(terms), terms).not.toContain(collectionPath('books'));
    }
  });

  it('gives none when the query asks for more than the kind, or names a list of events or a section of other pages', () => {
    for (const terms of ['学习之星 摄影', '社长荐书', '2023 书单', '讲座', '老人 活动', '亮灯', '统计', '陈家祠', '', ' '])
      expect(kind(terms), terms).toBeUndefined();
  });
});

describe('a query that asks for a place’s events', () => {
  const counties = allCounties().filter((county) => parentCity(county.code) !== undefined);
  // One county with a list of its own, the others with their page's events.
  const ownList = new Set([counties[0]!.code]);
  const places = placeShortcuts(ownList);
  // As the search page reads a query: question words dropped, 深圳市 taken as 深圳.
  const placeLink = (query: string) => {
    const terms = normalizeQuery(query, { regionShortNames: regionShortNames() }).terms;
    return placeNamedAlone(terms, places);
  };

  it('names every city and county for a long question to put its pages first, but not the province every page is in', () => {
    const named = namedPlaces(places);
    for (const city of subdivisions()) {
      expect(named.has(city.shortName), city.name).toBe(true);
      for (const nickname of nicknamesOf(city.code)) expect(named.has(nickname), nickname).toBe(true);
    }
    const countyNames = counties.map((county) => county.shortName);
    // A county whose short name another place shares is named by neither (withoutSharedWords).
    const shared = countyNames.filter((name, i) => countyNames.indexOf(name) !== i);
    for (const county of counties) {
      if (shared.includes(county.shortName)) continue;
      // One whose short name is an everyday word (光明) with its city's (深圳光明) only.
      const everyday = everydayNamedCodes().has(county.code);
      expect(named.has(county.shortName), county.name).toBe(!everyday);
      if (everyday) expect(named.has(parentCity(county.code)!.shortName + county.shortName), county.name).toBe(true);
    }
    expect(named.has(province().shortName)).toBe(false);
    expect(named.has(province().name)).toBe(false);
  });

  it('names a name that holds a city’s but is another place’s (中山大学, place-lookalikes.json) as a place too', () => {
    const named = namedPlaces(places);
    expect(lookalikeNames().length).toBeGreaterThan(0);
    for (const name of lookalikeNames()) expect(named.has(name), name).toBe(true);
  });

  it('links a city’s to its list of events, named by the list’s heading, however the city is written', () => {
    for (const city of subdivisions()) {
      const expected = { href: eventsInCityPath(city.code), label: t.events.filters.inCity(city.name) };
      for (const query of [
        `${city.shortName}有什么活动`,
        `${city.name}的活动`,
        `${city.shortName} 活动`,
        `${city.shortName}周末有什么活动`,
      ])
        expect(placeLink(query), query).toMatchObject(expected);
    }
  });

  it('shows a place’s list alone, not all the events too, and no list twice (深圳最近有什么活动, 广东最近有什么活动)', () => {
    // As the search page gathers them: the place's list, then the sections the words ask for.
    const shown = (query: string) => {
      const place = placeLink(query);
      return shortcutsShown(
        [place, ...matchShortcuts(query, shortcuts)].filter((link) => link !== undefined),
        place,
        places,
      ).map((link) => link.href);
    };
    const [city] = subdivisions();
    expect(shown(`${city!.shortName}最近有什么活动`)).toEqual([eventsInCityPath(city!.code)]);
    expect(shown(`${province().shortName}最近有什么活动`)).toEqual([collectionPath('events')]);
    expect(shown('最近有什么活动')).toEqual([collectionPath('events')]);
  });

  it('links a city’s by what residents call it (羊城, place-nicknames.json) to its list', () => {
    for (const city of subdivisions()) {
      for (const nickname of nicknamesOf(city.code))
        expect(placeLink(`${nickname}有什么活动`), nickname).toMatchObject({ href: eventsInCityPath(city.code) });
    }
    expect(nicknamesOf(subdivisions()[0]!.code).length).toBeGreaterThan(0);
  });

  it('links a county’s to its own list, or else to the events on its page, with or without its city', () => {
    for (const county of counties) {
      const city = parentCity(county.code)!;
      const href = ownList.has(county.code) ? regionEventsPath(county.code) : regionEventsSectionPath(county.code);
      const expected = { href, label: t.regions.eventsHeading(`${city.name}${county.name}`) };
      const queries = [`${city.shortName}${county.shortName}有什么活动`, `${city.name}${county.name}有什么活动`];
      // 光明区 names 深圳's; 光明, and 汕尾's 城区 by its name alone, are everyday words (the next test).
      if (!everydayNamedCodes().has(county.code)) queries.push(`${county.shortName}有什么活动`);
      if (county.name !== county.shortName) queries.push(`${county.name}的活动`);
      for (const query of queries) expect(placeLink(query), query).toMatchObject(expected);
    }
  });

  it('does not take an everyday word for the county it is the short name of (城区, 和平: everyday-place-names.json)', () => {
    const everyday = everydayPlaceNames(province().code);
    expect(everyday.length).toBeGreaterThan(0);
    for (const { word } of everyday)
      for (const query of [`${word}有什么活动`, `老${word}的活动`, `${word} 活动`]) expect(placeLink(query), query).toBeUndefined();
  });

  it('links the province’s, by its name or as its people say the whole (全省), to all the events', () => {
    const whole = province();
    for (const query of [`${whole.shortName}有什么活动`, `${whole.name}的活动`, `${placeWords().kind.whole}活动`])
      expect(placeLink(query), query).toMatchObject({ href: collectionPath('events'), label: t.events.title });
  });

  it('does not for the name alone, a thing in the place, or two places', () => {
    const [first, second] = subdivisions();
    for (const query of [
      province().shortName,
      `${province().shortName}图书馆活动`,
      first!.shortName,
      first!.name,
      counties[1]!.shortName,
      `${first!.shortName}大学活动`,
      `${first!.shortName}图书馆有什么活动`,
      `${first!.shortName} ${second!.shortName} 活动`,
      '活动',
      '',
    ])
      expect(placeLink(query), query).toBeUndefined();
  });

  it('leaves out a name two places share, which names neither for sure', () => {
    const links = withoutSharedWords([
      { href: '/a/', label: 'A', words: ['城区', '甲城区', '甲城区'] },
      { href: '/b/', label: 'B', words: ['城区', '乙城区'] },
      { href: '/c/', label: 'C', words: ['城区'] },
    ]);
    expect(links).toEqual([
      { href: '/a/', label: 'A', words: ['甲城区', '甲城区'] },
      { href: '/b/', label: 'B', words: ['乙城区'] },
    ]);
  });
});

describe('a query that asks for a place’s report and figures', () => {
  const [first, second] = subdivisions();
  const county = allCounties().find((c) => parentCity(c.code) === first)!;
  const year = 2023;
  // Figures for the first city and its county, none for the second city.
  const places = placeShortcuts(new Set(), { year, codes: new Set([first!.code, county.code]) });
  const reportLink = (query: string) =>
    placeReportAsked(normalizeQuery(query, { regionShortNames: regionShortNames() }).terms, places);
  const { label } = t.search.shortcuts.placeReport;

  it('links the place’s figures on its page, as officials ask whether it has reported', () => {
    const city = { href: regionStatsSectionPath(first!.code), label: label(first!.name, year) };
    for (const query of [
      `${first!.shortName}报了吗`,
      `${first!.name}报送情况`,
      `${first!.shortName}的数据`,
      `${first!.shortName}还没报吗`,
      `${first!.shortName}交了吗`,
      // Its figures, as an official names them (参加 goes as a question word).
      `${first!.shortName}参加人数`,
      `${first!.shortName}活动数`,
      // And as they ask for a count (howManyPeople, howManyEvents in query-fillers.json).
      `${first!.shortName}一共多少人参加`,
      `${first!.shortName}有多少人参与`,
      `${first!.shortName}一共搞了多少场活动`,
      `${first!.shortName}有多少个活动`,
    ])
      expect(reportLink(query), query).toEqual(city);
    expect(reportLink(`${county.shortName}交了没有`)).toEqual({
      href: regionStatsSectionPath(county.code),
      label: label(`${first!.name}${county.name}`, year),
    });
  });

  it('links the latest year’s statistics page for the province, as officials ask for the whole', () => {
    const whole = province();
    const expected = { href: statsPath(year), label: label(whole.name, year) };
    for (const query of [
      `${whole.shortName}参加人数`,
      `${placeWords().kind.whole}参加人数`,
      `${placeWords().kind.whole}活动数`,
      `${placeWords().kind.whole}一共多少人参加`,
      `${whole.name}总共有多少场活动`,
      `${whole.name}报送情况`,
      `${placeWords().kind.whole}的数据`,
    ])
      expect(reportLink(query), query).toEqual(expected);
    expect(placeReportAsked(`${placeWords().kind.whole}数据`, placeShortcuts(new Set()))).toBeUndefined();
  });

  it('links the province’s figures for a count asked with no place, the week’s or none (the site is the province’s)', () => {
    const expected = { href: statsPath(year), label: label(province().name, year) };
    for (const query of ['活动周有多少人参加', '终身学习活动周一共办了多少场活动', '今年活动周参与人数', '参与人数有多少'])
      expect(reportLink(query), query).toEqual(expected);
    // Reporting is a place's: asked alone, it names none.
    expect(reportLink('报送情况')).toBeUndefined();
    expect(placeReportAsked('人数', placeShortcuts(new Set()))).toBeUndefined();
  });

  it('gives none for a place without figures, for the events, or for the words alone', () => {
    for (const query of [
      `${second!.shortName}报了吗`,
      `${first!.shortName}有什么活动`,
      '报送情况',
      `${first!.shortName}图书馆数据`,
      `${first!.shortName}日报`,
    ])
      expect(reportLink(query), query).toBeUndefined();
    expect(placeReportAsked('广州报了', placeShortcuts(new Set()))).toBeUndefined();
  });
});

describe('a query that asks which counties a place has', () => {
  const places = placeShortcuts(new Set());
  const countiesLink = (query: string) =>
    placeCountiesAsked(normalizeQuery(query, { regionShortNames: regionShortNames() }).terms, places);
  const withCounties = subdivisions().filter((city) => countiesOf(city.code).length > 0);
  // The province's words for its counties (县区), each kind alone too (区, 县).
  const { countyShort } = placeWords().divisions;
  const [kind, otherKind] = [...countyShort];

  it('links a city’s list of its counties on its page, however the question is put', () => {
    for (const city of withCounties) {
      // Named with their count, which answers 几个.
      const label = `${city.name}下辖 ${countiesOf(city.code).length} 个${placeWords().divisions.county}`;
      const expected = { href: regionCountiesSectionPath(city.code), label };
      for (const query of [
        `${city.shortName}有几个${kind}`,
        `${city.name}有哪些${otherKind}`,
        `${city.shortName}有多少个${countyShort}`,
        `${city.shortName}下辖哪些${kind}`,
        `${city.shortName}的${countyShort}`,
      ])
        expect(countiesLink(query), query).toEqual(expected);
    }
  });

  it('links the list of places for the province’s', () => {
    expect(countiesLink(`${province().name}有几个市`)).toEqual({ href: regionsPath(), label: t.regions.title });
    expect(countiesLink(`${placeWords().kind.whole}有哪些${countyShort}`)).toEqual({ href: regionsPath(), label: t.regions.title });
  });

  it('gives none for a city without counties, a county, its events, or the words alone', () => {
    const without = subdivisions().filter((city) => countiesOf(city.code).length === 0);
    const county = countiesOf(withCounties[0]!.code)[0]!;
    for (const query of [
      ...without.map((city) => `${city.shortName}有几个${kind}`),
      `${county.shortName}有几个${kind}`,
      `${withCounties[0]!.shortName}有什么活动`,
      `有几个${kind}`,
      '学习型城市',
    ])
      expect(countiesLink(query), query).toBeUndefined();
  });
});

describe('putFirst', () => {
  it('puts the pages of the kind first, in their order, and keeps every other page once after them', () => {
    const r = (id: string) => ({ id });
    expect(putFirst([r('a'), r('b'), r('c'), r('d')], [r('c'), r('b')]).map((x) => x.id)).toEqual(['c', 'b', 'a', 'd']);
    expect(putFirst([r('a')], []).map((x) => x.id)).toEqual(['a']);
  });
});
