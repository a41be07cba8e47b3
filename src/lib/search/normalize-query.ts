/**
 * What a reader types → what we hand to Pagefind. Pagefind (zh) already
 * lower-cases, drops punctuation and, at index time, stores every two-character
 * window of Chinese text besides jieba's words, so partial words such as
 * 学习之星 or 老年大学 match without help. What it cannot do is below; each
 * step is here because a query in the relevance set failed without it.
 *
 * Plain TypeScript, shared by the search page (browser) and the tests (Node).
 */

import fillers from './query-fillers.json' with { type: 'json' };
import miswritten from './miswritten.json' with { type: 'json' };
import { dates as words } from '../../i18n/zh-CN/dates.ts';
import { DAYS_OF_WEEK, daysAsPagesWriteThem, notAfterWeekendDay, yearsAsPagesWriteThem } from './day-named.ts';
import { numeralValue } from './numerals.ts';

/** Converts Traditional Chinese to Simplified (OpenCC's t→cn data). */
export type ToSimplified = (text: string) => string;

export interface NormalizeOptions {
  /** OpenCC t→cn converter; identity when absent (e.g. before its table has loaded). */
  toSimplified?: ToSimplified;
  /** Region names as written with their suffix → as readers often write them: 广州市 → 广州. */
  regionShortNames?: Readonly<Record<string, string>>;
  /** Places spelled in pinyin → their short names: guangzhou → 广州 (region-names.ts, regionPinyin). */
  regionPinyin?: Readonly<Record<string, string>>;
  /** The reader's clock, for a year named from this one (去年的数据 → 2025年 数据); without it, 去年 is searched as typed. */
  now?: Date;
}

export interface NormalizedQuery {
  /** The query for Pagefind. Empty when nothing searchable is left. */
  terms: string;
  /** The cleaned query, in Simplified characters, to show back to the reader. */
  display: string;
  /** True when Traditional characters were converted (the page says so). */
  convertedScript: boolean;
  /** The query as searched, when a word of it was written as no page writes it (图书管 → 图书馆: the page says so). */
  respelled?: string;
}

/** The query as searched, in Simplified characters: respelled where a slip was mended (图书管 → 图书馆), else as typed. */
export function searchedAs(query: NormalizedQuery): string {
  return query.respelled ?? query.display;
}

/**
 * Full-width letters, digits and the ideographic space → ASCII (NFKC does
 * exactly this for the FF01–FF5E block and U+3000), plus CJK compatibility
 * ideographs → their unified forms.
 */
export function toHalfWidth(text: string): string {
  return text.normalize('NFKC');
}

/**
 * An ISBN typed with hyphens or spaces anywhere (978-7-02-000220-7,
 * 978 7020002207, 7-02-000220-7) → its bare digits, which the index holds for
 * every book. Only runs of exactly 10 or 13 digits (ISBN-10 may end in X) are
 * joined, so dates and phone numbers are left alone.
 */
const ISBN_LIKE = /(?<![\dXx])\d(?:[\s-]*\d){8,11}[\s-]*[\dXx](?![\dXx])/g;
export function joinIsbnDigits(text: string): string {
  return text.replace(ISBN_LIKE, (match) => {
    const digits = match.replace(/[\s-]/g, '');
    const isIsbn = /^\d{13}$/.test(digits) ? /^97[89]/.test(digits) : /^\d{9}[\dXx]$/.test(digits);
    return isIsbn ? digits.toUpperCase() : match;
  });
}

/**
 * A link pasted with the words (a WeChat article's address, www.example.cn) →
 * space: no page's text holds one, and its pieces (https, qq, com) matched
 * pages of their own or were named as found nowhere. A run of printable
 * ASCII, so a Chinese word after it stays.
 */
const LINK = /(?:https?:\/\/|www\.)[\x21-\x7e]*/giu;
export function dropLinks(text: string): string {
  return text.replace(LINK, ' ');
}

/**
 * Punctuation → space. Pagefind drops punctuation too, but reads a query in
 * ASCII double quotes as an exact phrase and treats a hyphen as joining two
 * words; readers paste 《书名》, “引号” and 、 lists, which should just search.
 */
export function stripPunctuation(text: string): string {
  return text.replace(/[\p{P}\p{S}]+/gu, ' ');
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * 广州市 → 广州, 荔湾区 → 荔湾: pages say 广州 as often as 广州市, and the
 * index matches 广州 inside 广州市 but not the other way round.
 */
export function shortenRegionNames(text: string, shortNames: Readonly<Record<string, string>>): string {
  const names = Object.keys(shortNames).sort((a, b) => b.length - a.length);
  if (names.length === 0) return text;
  const pattern = new RegExp(names.map(escapeRegExp).join('|'), 'gu');
  return text.replace(pattern, (name) => shortNames[name] ?? name);
}

/**
 * guangzhou, Guangzhou → 广州: a place spelled in pinyin as a word of its own
 * (not the guangzhou of guangzhouta), searched as the pages write it, and the
 * page says so (已按“广州”搜索).
 */
export function placesInChinese(text: string, spellings: Readonly<Record<string, string>>): string {
  return text.replace(/[a-z]+/giu, (word) => spellings[word.toLowerCase()] ?? word);
}

/** Each day of the week as a pattern, but not the 周日 of 本周日程 (as day-named.ts's dayWordAt reads one). */
const WEEKEND_DAY_PATTERNS = DAYS_OF_WEEK.map(([day]) => {
  const after = notAfterWeekendDay(day).map(escapeRegExp);
  return { day, pattern: `${escapeRegExp(day)}${after.length ? `(?!${after.join('|')})` : ''}` };
});
const WEEKEND_DAYS = WEEKEND_DAY_PATTERNS.map(({ pattern }) => pattern).join('|');

/**
 * A question word, but not where its last character begins a day of the weekend (the 下周 of 线下周末),
 * nor where it ends in an owner before a relative (the 给我 of 给我妈找个…: OWN_FAMILY takes them together).
 */
function fillerPattern(word: string): string {
  const last = escapeRegExp(word.at(-1)!);
  const rests = WEEKEND_DAY_PATTERNS.filter(({ pattern }) => pattern.startsWith(last)).map(({ pattern }) =>
    pattern.slice(last.length),
  );
  if (fillers.ownFamily.owners.some((owner) => word.endsWith(owner))) rests.push(...fillers.ownFamily.relatives.map(escapeRegExp));
  return `${escapeRegExp(word)}${rests.length ? `(?!${rests.join('|')})` : ''}`;
}

// Next or last week's 下 and 上 (下周, 上个礼拜), but not where they end a word (线下周活动, 网上周末: dates.ts, otherWeek).
const OTHER_WEEK_WORDS = words.otherWeek.words.map(([word]) => word);
const NOT_AFTER_OTHER_WEEK = `(?<!${words.otherWeek.notAfter.map(escapeRegExp).join('|')})`;

// A word of the anywhere list takes a particle after it along (query-fillers.json, takenAlong): it belonged to that word.
// The words that name a day from today, or a month from this one, are among them (dates.ts: day-named.ts reads the day they name).
// The end's words (atEnd), as many as end the query, are tried first where both begin: 老人家睇书嘅地方 ends in
// 嘅地方, and 嘅 alone would have left 地方.
const END_WORDS = [...fillers.atEnd].sort((a, b) => b.length - a.length).map(escapeRegExp);
const FILLERS = new RegExp(
  `(?:${END_WORDS.join('|')})+$|(?:${[
    ...fillers.anywhere,
    ...words.daysFromToday.map(([day]) => day),
    ...words.monthsFromNow.map(([month]) => month),
    ...words.weeksFromNow.map(([week]) => week),
  ]
    .sort((a, b) => b.length - a.length)
    .map((word) => `${OTHER_WEEK_WORDS.some((other) => word.startsWith(other)) ? NOT_AFTER_OTHER_WEEK : ''}${fillerPattern(word)}`)
    .join('|')})(?:${fillers.takenAlong.map(escapeRegExp).join('|')})?`,
  'gu',
);

// 这周末, 下周末, 上周六 → 周末, 周六 (query-fillers.json, whichWeek; dates.ts, otherWeek): dropped whole, 这周 would leave 末.
const WHICH_WEEKEND = new RegExp(
  `${NOT_AFTER_OTHER_WEEK}(?:${words.otherWeek.words.map(([word]) => escapeRegExp(word)).join('|')})(?=${WEEKEND_DAYS})|(?:${fillers.whichWeek.map(escapeRegExp).join('|')})(?=${WEEKEND_DAYS})`,
  'gu',
);

// 给孩子找个书法班, 帮我妈找: for whom, at the query's start (or a word's); 送给孩子的书 keeps its 给.
const FOR_WHOM = `(?<!\\S)(?:${fillers.ownFamily.forWhom.map(escapeRegExp).join('|')})`;

// 带孩子去博物馆 → 孩子 博物馆 (query-fillers.json, companions): who comes along is kept, taking and going dropped.
const COMPANIONS = fillers.companions.map(escapeRegExp).join('|');
const TAKING_ALONG = new RegExp(
  `(?:${[...fillers.takingAlong.map(escapeRegExp), FOR_WHOM].join('|')})(?=${COMPANIONS})|(?<=${COMPANIONS})(?:${fillers.goingWith.map(escapeRegExp).join('|')})(?!${fillers.goingNotBefore.map(escapeRegExp).join('|')})`,
  'gu',
);

// 带我妈去听讲座 → 听讲座, 我家孩子 → 孩子 (query-fillers.json, ownFamily): whose family it is no page says;
// and the 的 after it (给我妈的书 → 书, 我爸的活动 → 活动), which had been left to be searched.
const { owners, relatives } = fillers.ownFamily;
const anyOf = (list: readonly string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
const OWN_FAMILY = new RegExp(
  `(?:${anyOf(fillers.takingAlong)}|${FOR_WHOM})?(?:${anyOf(owners)})(?:${anyOf(relatives)})(?:${anyOf([...fillers.goingWith, ...fillers.takenAlong])})?(?!${anyOf(fillers.goingNotBefore)})`,
  'gu',
);
// Dropped without a space: 带我家孩子 must leave 带孩子, for TAKING_ALONG.
const OWNER_OF_COMPANION = new RegExp(`(?:${anyOf(owners)})(?=${COMPANIONS})`, 'gu');

const MISWRITTEN: Readonly<Record<string, string>> = miswritten.asPagesWriteThem;
const NOT_BEFORE: Readonly<Record<string, string>> = miswritten.notBefore;
const MISWRITTEN_WORDS = new RegExp(
  Object.keys(MISWRITTEN)
    .map((word) => `${escapeRegExp(word)}${NOT_BEFORE[word] ? `(?!${escapeRegExp(NOT_BEFORE[word])})` : ''}`)
    .join('|'),
  'gu',
);

/** 终生学习活动周 → 终身学习活动周, 图书管 → 图书馆 (miswritten.json): a word residents write otherwise than every page does. */
export function spelledAsPagesSpellIt(text: string): string {
  return text.replace(MISWRITTEN_WORDS, (word) => MISWRITTEN[word] ?? word);
}

// 使唔使钱 → 收费 (query-fillers.json, askingCost), before the question words would leave 钱; not the 要钱 of 不要钱.
const ASKING_COST = new RegExp(
  `(?<!${fillers.askingCost.notAfter.map(escapeRegExp).join('|')})(?:${fillers.askingCost.phrases.map(escapeRegExp).join('|')})`,
  'gu',
);

/** 讲座使唔使钱 → 讲座 收费: whether it costs is asked of a page that says 免费, or what it costs. */
export function askingCostAsFees(text: string): string {
  return text.replace(ASKING_COST, ` ${fillers.askingCost.searchedAs} `);
}

// 小学生 → 孩子, 一家老小 → 家庭, 年纪大了 → 老人, 不用出门 → 线上, 带孙子 → 带孩子, 有无障碍 → 无障碍, 坐轮椅 → 无障碍,
// 关灯 → 亮灯, 今晚 → 晚上 (query-fillers.json: schoolChildren, wholeFamily, gettingOn, fromHome, grandchildren, barrierFree,
// mobility, lightsOnAndOff, evening, morning, afterwards): words of the query alone, searched as the pages' own, without lengthening every page of the index.
const KINSHIP_BEFORE = [...fillers.takingAlong, ...owners, ...fillers.ownFamily.forWhom, ...fillers.grandparents.after];
const SEARCHED_AS = [
  ...[
    fillers.schoolChildren,
    fillers.wholeFamily,
    fillers.gettingOn,
    fillers.fromHome,
    fillers.barrierFree,
    fillers.mobility,
    fillers.lightsOnAndOff,
    fillers.evening,
    fillers.morning,
    fillers.weekendWords,
    fillers.howManyPeople,
    fillers.howManyEvents,
    fillers.reportingForm,
    fillers.mostPeople,
    fillers.mostEvents,
    fillers.afterwards,
    fillers.fromNowOn,
    fillers.funAlone,
    fillers.learnOne,
  ].map((group) => ({
    // 下班以后 → 下班后, but not 以后 beginning a query (以后还有活动吗: what is to come), nor before 还有.
    pattern: new RegExp(
      `${whereItStands(group)}(?:${anyOf(group.words)})${notBefore(group)}${wholeQuery(group) ? '\\s*$' : ''}`,
      'gu',
    ),
    // A word of its own (广州塔亮到几点 → 广州塔 亮灯), where it is not a part of the reader's phrase (适合小学生看的书).
    searchedAs: 'apart' in group && group.apart ? ` ${group.searchedAs} ` : group.searchedAs,
  })),
  // 带孙子 → 带孩子, 给奶奶 → 给老人, 我奶奶 → 我老人 (the owner then goes, as before any companion): only after a word
  // that makes them someone's (孙子兵法 and 《外婆的道歉信》 are books).
  ...[fillers.grandchildren, fillers.grandparents].map((group) => ({
    pattern: new RegExp(`(?<=${anyOf(KINSHIP_BEFORE)})(?:${anyOf(group.words)})`, 'gu'),
    searchedAs: group.searchedAs,
  })),
];

/** Where a group's words are read: after a word (afterWord), at the query's start or a word's (atStart), as the whole query (whole), or anywhere but after some (notAfter). */
function whereItStands(group: object): string {
  if (wholeQuery(group)) return '^\\s*';
  if ('afterWord' in group && group.afterWord) return '(?<=\\p{Script=Han})';
  if ('atStart' in group && group.atStart) return '(?<!\\p{Script=Han})';
  // Not after what makes them part of another word (the 大 of 大学门口).
  const notAfter = wordListOf(group, 'notAfter');
  return notAfter.length > 0 ? `(?<!${anyOf(notAfter)})` : '';
}

/** Whether a group's words are read only as the whole query (funAlone). */
function wholeQuery(group: object): boolean {
  return 'whole' in group && group.whole === true;
}

/** What may not follow a group's words for them to be read (the 还有 of 深圳以后还有活动吗), as a lookahead. */
function notBefore(group: object): string {
  const words = wordListOf(group, 'notBefore');
  return words.length > 0 ? `(?!${anyOf(words)})` : '';
}

/** A group's list of words under `key` (notAfter, notBefore), or none. */
function wordListOf(group: object, key: 'notAfter' | 'notBefore'): string[] {
  const words: unknown = key in group ? (group as Record<string, unknown>)[key] : [];
  return Array.isArray(words) ? (words as string[]) : [];
}

// 六十五岁 → 老人 (query-fillers.json, ageInYears): an age is the reader's, and no page prints it.
const AGE = new RegExp(words.ageInYears);
const { ageInYears } = fillers;

function ageAsAudience(whole: string, number: string): string {
  const { word, readAs } = words.ageSomeUnits;
  const age = /^\d+$/u.test(number) ? Number(number) : numeralValue(number.replaceAll(word, readAs));
  if (age === undefined) return whole;
  if (age >= ageInYears.elderlyFrom) return ` ${ageInYears.elderly} `;
  return age < ageInYears.childUnder ? ` ${ageInYears.child} ` : ' ';
}

// 活动周 活动数 → 活动数 (query-fillers.json, theWeekCounted): the week's figures are the province's;
// and the 有 of 活动周有多少人参加, which stays beside a place's name only.
const WEEK_NAMES = new RegExp(`(?:${anyOf(fillers.theWeekCounted.words)})(?:${anyOf(fillers.thereIs.words)})?`, 'gu');
const COUNT = new RegExp(anyOf(fillers.theWeekCounted.counts), 'u');

function weekNameBesideCount(text: string): string {
  return COUNT.test(text) ? text.replace(WEEK_NAMES, ' ') : text;
}

/**
 * 适合小学生看的书 → 适合孩子看的书, 一家老小去哪 → 家庭去哪, 在家就能参加 → 线上,
 * 我六十五岁 → 我 老人: who the reader is, and how they take part, as the pages name them;
 * and 有无障碍 → 无障碍 (before 有无 goes as 有没有 does), 几点关灯 → 几点亮灯, 今晚 → 晚上:
 * what they ask of a page, in the words it says it in.
 */
export function wordsAsPagesSayThem(text: string): string {
  const asPages = SEARCHED_AS.reduce((done, { pattern, searchedAs }) => done.replace(pattern, searchedAs), text);
  return weekNameBesideCount(asPages.replace(AGE, ageAsAudience));
}

/**
 * 哪里亮灯 → 亮灯: question words (src/lib/search/query-fillers.json) are on
 * few pages, and Pagefind wants every word of a query on the page. Dropped
 * until none is left, as one at the end may stand before another
 * (开幕式地点在哪). A query of nothing but such words is kept as it is.
 */
export function dropQuestionWords(text: string): string {
  let kept = collapseSpaces(collapseSpaces(text).replace(WHICH_WEEKEND, ' '));
  for (let before = ''; kept !== before;) {
    before = kept;
    // The fillers first: 去哪 of 带孩子去哪 is one, and would leave its 哪 once 去 had gone with the going.
    kept = collapseSpaces(
      kept.replace(FILLERS, ' ').replace(OWN_FAMILY, ' ').replace(OWNER_OF_COMPANION, '').replace(TAKING_ALONG, ' '),
    );
  }
  return kept ? kept : text;
}

const PARTICLES = new Set(fillers.particles);

/**
 * Each word once, and no particle standing alone (我 of 我今年六十五岁, once 今年 and the age have gone;
 * 孩子 孩子 of 孩子8岁): Pagefind would want 我 on the page. Kept when nothing else is left.
 */
function wordsOnce(terms: string): string {
  const words = [...new Set(terms.split(' '))].filter((word) => !PARTICLES.has(word));
  return words.length > 0 ? words.join(' ') : terms;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function normalizeQuery(raw: string, options: NormalizeOptions = {}): NormalizedQuery {
  const halfWidth = collapseSpaces(toHalfWidth(raw ?? ''));
  const simplified = options.toSimplified ? options.toSimplified(halfWidth) : halfWidth;
  const display = simplified;
  const respelled = spelledAsPagesSpellIt(placesInChinese(simplified, options.regionPinyin ?? {}));
  // Links first, before a date in one (…/2023/11/25/…) is read as a day. A link alone is searched
  // as it is, as a query of nothing but question words is.
  const unlinked = dropLinks(respelled);
  let terms = yearsAsPagesWriteThem(daysAsPagesWriteThem(joinIsbnDigits(unlinked.trim() ? unlinked : respelled)), options.now);
  terms = stripPunctuation(terms);
  terms = askingCostAsFees(terms);
  // 18岁以上 alone says only an age: searched as typed rather than as nothing.
  const asPages = wordsAsPagesSayThem(terms);
  terms = collapseSpaces(asPages) ? asPages : terms;
  terms = dropQuestionWords(collapseSpaces(terms));
  if (options.regionShortNames) terms = shortenRegionNames(terms, options.regionShortNames);
  terms = wordsOnce(collapseSpaces(terms));
  return {
    terms,
    display,
    convertedScript: simplified !== halfWidth,
    ...(respelled === simplified ? {} : { respelled }),
  };
}
