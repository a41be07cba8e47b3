import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { inputText } from '../../i18n/zh-CN/input.ts';
import { spreadsheetText } from '../../i18n/zh-CN/spreadsheet.ts';
import { checkEntry } from '../content/check-entries.ts';
import { readRegionData } from '../regions/data-files.ts';
import { province } from '../regions/index.ts';
import { editorJsonSchema } from '../editor-schemas/json-schema.ts';
import { schemaFields } from '../editor-schemas/json-walk.ts';
import aliases from '../events-import/label-aliases.json' with { type: 'json' };
import { readAge, readChoice, readChoices, readDateTime, readIsbn, readEnd, readRegion, readUrl } from './answers.ts';
import { planEntry, writeEntry } from './create.ts';
import { scaffoldText } from '../../i18n/zh-CN/scaffold.ts';
import {
  CHOICES,
  KIND_COLLECTION,
  questionsFor,
  SCAFFOLD_KINDS,
  scaffoldKindOf,
  type Answers,
  type ScaffoldKind,
} from './questions.ts';
import { siteSettings } from '../site-settings.ts';

const region = (typed: string) => {
  const read = readRegion(typed);
  if (!read.ok) throw new Error(read.message);
  return read.value;
};
const time = (typed: string) => {
  const read = readDateTime(typed);
  if (!read.ok) throw new Error(read.message);
  return read.value;
};

/** The fewest answers each kind needs (the questions marked required). */
const MINIMAL: Record<ScaffoldKind, Answers> = {
  event: { title: '长者智能手机课堂', region: region('天河'), start: time('2024/11/20 14:30'), type: 'seminar' },
  book: { title: '三体', isbn: '978-7-5366-9293-0' },
  learner: { name: '何婉清', region: region('荔湾'), level: 'city', age: 78 },
  project: { name: '银龄数字课堂', region: region('顺德'), level: 'provincial', category: 'elderly_education' },
  notice: { title: '关于举办2024年全民终身学习活动周的通知' },
};

const options = (contentDir: string) => ({ contentDir, siteYear: 2024, today: new Date(Date.UTC(2024, 9, 20, 2)) });
const frontMatter = (text: string) => yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;

describe('a new entry from a few answers', () => {
  for (const kind of SCAFFOLD_KINDS) {
    it(`${kind}: a file the check accepts, with every field of its schema present, set or commented out`, () => {
      const plan = planEntry(kind, MINIMAL[kind], options(mkdtempSync(join(tmpdir(), 'new-'))));
      if (!plan.ok) throw new Error(plan.message);
      expect(checkEntry(KIND_COLLECTION[kind], plan.path, plan.text)).toEqual([]);
      for (const { path } of schemaFields(editorJsonSchema(KIND_COLLECTION[kind]))) {
        const key = path.split('.').at(-1)!.replace('[]', '');
        expect(plan.text, `${kind} ${path}`).toMatch(new RegExp(`^\\s*(# )?${key}:`, 'm'));
      }
    });
  }

  it('writes what was answered, and where: events by the start’s year, notices under pages/notices', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-'));
    const event = planEntry('event', { ...MINIMAL.event, end: time('2024-11-20 16:00'), audience: ['elderly'] }, options(dir));
    if (!event.ok) throw new Error(event.message);
    expect(event.path).toBe(join(dir, 'events/2024/tian-he-zhang-zhe-zhi-neng-shou-ji-ke-tang.md'));
    expect(event.url).toBe('/events/2024/tian-he-zhang-zhe-zhi-neng-shou-ji-ke-tang/');
    expect(frontMatter(event.text)).toMatchObject({
      title: '长者智能手机课堂',
      region: '440106',
      year: 2024,
      type: 'seminar',
      start: '2024-11-20T14:30',
      end: '2024-11-20T16:00',
      audience: ['elderly'],
      featured: false,
    });
    const notice = planEntry('notice', MINIMAL.notice, options(dir));
    if (!notice.ok) throw new Error(notice.message);
    expect(notice.path).toMatch(/pages\/notices\/[a-z0-9-]+\.md$/);
    // No date given: the build's day in Beijing (2024-10-20 10:00 there).
    expect(frontMatter(notice.text).date).toBeInstanceOf(Date);
    expect(notice.text).toMatch(/^date: 2024-10-20$/m);
  });

  it('an event without an end lasts two hours; one given a time alone ends on the start’s day', () => {
    const plan = planEntry('event', MINIMAL.event, options(mkdtempSync(join(tmpdir(), 'new-'))));
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.text).toMatch(/^end: 2024-11-20T16:30$/m);
    const end = readEnd('21:00', time('2024-11-19 19:30'));
    expect(end.ok && end.value.day).toBe('2024-11-19');
    expect(readEnd('18:00', time('2024-11-19 19:30'))).toEqual({ ok: false, message: '结束时间早于开始时间' });
  });

  it('answers a start typed as a range (2026/5/20 14:30-16:00) by asking for the start alone, never taking it for the next day', () => {
    for (const typed of ['2026/5/20 14:30-16:00', '2026-05-20 09:00～11:00', '2026-05-20T11:00-12:00'])
      expect(readDateTime(typed)).toEqual({ ok: false, message: expect.stringContaining(`“${typed}”是一段时间`) as string });
  });

  it('reads a date without its year in the site’s year, as import-events reads the cities’ lists', () => {
    const start = questionsFor('event').find((q) => q.id === 'start')!;
    const year = siteSettings().year;
    expect(start.read('5月20日 下午２：３０', {})).toMatchObject({ ok: true, value: { day: `${year}-05-20`, time: '14:30' } });
    // With a weekday beside it, held to that year's calendar.
    expect(readDateTime('5月20日（周三）下午2:30', 2026)).toMatchObject({ ok: true, value: { day: '2026-05-20', time: '14:30' } });
    expect(readDateTime('5月20日（周四）下午2:30', 2026).ok).toBe(false);
    // A day no calendar has is no day, quoted as typed.
    expect(readDateTime('11月31日 14:30', 2026)).toEqual({ ok: false, message: spreadsheetText.date.impossible('11月31日 14:30') });
    // An end without its year is in the start's.
    expect(readEnd('5月21日 10:00', time('2026-05-20 14:30'))).toMatchObject({
      ok: true,
      value: { day: '2026-05-21', time: '10:00' },
    });
  });

  it('reads times as editors type them: 下午3点, 9点半, and an end of 下午5点 on the start’s day', () => {
    const start = readDateTime('2024-11-20 下午3点');
    if (!start.ok) throw new Error(start.message);
    expect(start.value.time).toBe('15:00');
    const morning = readDateTime('2024年11月20日 9点半');
    expect(morning.ok && morning.value.time).toBe('09:30');
    const inWords = readDateTime('2024年11月20日 下午三点');
    expect(inWords.ok && inWords.value.time).toBe('15:00');
    for (const [typed, time] of [
      ['下午5点', '17:00'],
      ['17点半', '17:30'],
      ['晚上7:30', '19:30'],
      // Without 下午 of its own, in the start's afternoon, as import-events reads 下午3点-5点.
      ['5点', '17:00'],
      ['5:30', '17:30'],
      ['五点半', '17:30'],
      ['9:00 PM', '21:00'],
    ] as const) {
      const end = readEnd(typed, start.value);
      expect(end.ok && `${end.value.day} ${end.value.time}`, typed).toBe(`2024-11-20 ${time}`);
    }
  });

  it('an end is a day alone only after a day alone, as import-events reads it', () => {
    expect(readEnd('2024-11-22', time('2024-11-20 14:00'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^“2024-11-22”只有日期/),
    });
    expect(readEnd('16:00', time('2024-11-20'))).toMatchObject({ ok: false, message: expect.stringMatching(/^“16:00”有时刻/) });
    const days = readEnd('2024-11-22', time('2024-11-20'));
    expect(days.ok && days.value).toMatchObject({ day: '2024-11-22' });
    expect(days.ok && days.value).not.toHaveProperty('time');
  });

  it('never takes a name that is taken: the next free one, or a stop when the editor chose it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-'));
    mkdirSync(join(dir, 'books'), { recursive: true });
    writeFileSync(join(dir, 'books/san-ti.md'), 'an editor’s file');
    const next = planEntry('book', MINIMAL.book, options(dir));
    expect(next.ok && next.path).toBe(join(dir, 'books/san-ti-2.md'));
    const chosen = planEntry('book', MINIMAL.book, { ...options(dir), slug: 'san-ti' });
    expect(chosen).toMatchObject({ ok: false, reason: 'slugTaken' });
    expect(planEntry('book', MINIMAL.book, { ...options(dir), slug: 'San Ti' })).toMatchObject({ ok: false, reason: 'slug' });
  });

  it('does not make an event twice: the same event, or the same on that day at another time, names the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-'));
    const first = planEntry('event', MINIMAL.event, options(dir));
    if (!first.ok) throw new Error(first.message);
    writeEntry(first.path, first.text);
    const file = `events/2024/${basename(first.path)}`;
    // Run again, as an editor does who thought the first run failed.
    const again = planEntry('event', MINIMAL.event, options(dir));
    expect(again).toMatchObject({ ok: false, reason: 'eventExists', message: expect.stringContaining(file) });
    expect(again.ok || again.message).toContain('2024-11-20 14:30');
    const moved = planEntry('event', { ...MINIMAL.event, start: time('2024/11/20 15:00') }, options(dir));
    expect(moved).toMatchObject({ ok: false, reason: 'eventExists', message: expect.stringContaining(`${file}（2024-11-20 14:30）`) });
    // Another day is another session of a series; another title is another event.
    expect(planEntry('event', { ...MINIMAL.event, start: time('2024/11/27 14:30') }, options(dir)).ok).toBe(true);
    expect(planEntry('event', { ...MINIMAL.event, title: `${MINIMAL.event.title!}（第二场）` }, options(dir)).ok).toBe(true);
    expect(readFileSync(first.path, 'utf8')).toBe(first.text);
  });

  it('says a region of another province is outside this one, as import-events does', () => {
    const beijing = readRegionData('110000').province.name;
    const read = readRegion(`${beijing}海淀区`);
    expect(read.ok ? read.value : read.message).toMatch(new RegExp(`^“${beijing}海淀区”属于${beijing}，不在${province().name}：`));
  });

  it('reads an age as people write it, with or without 岁, and refuses one that is no age', () => {
    for (const typed of ['68', '68岁', '68 周岁', '６８岁']) expect(readAge(typed)).toEqual({ ok: true, value: 68 });
    for (const typed of ['岁', '六十八岁', '68.5岁', '680岁', '68岁半']) expect(readAge(typed).ok).toBe(false);
  });

  it('reads an ISBN as a copyright page prints it, and an ISBN-10 as the ISBN-13 that stands for it', () => {
    expect(readIsbn('ISBN 978-7-5366-9293-0')).toEqual({ ok: true, value: '978-7-5366-9293-0' });
    // 7-5366-9293-? : the ISBN-10 check digit of 753669293 is 11 − (Σ digit × weight 10…2 mod 11) = 5.
    const digits = [7, 5, 3, 6, 6, 9, 2, 9, 3];
    const check = (11 - (digits.reduce((sum, d, i) => sum + d * (10 - i), 0) % 11)) % 11;
    expect(readIsbn(`ISBN 7-5366-9293-${check}`)).toEqual({ ok: true, value: '978-7-5366-9293-0' });
    expect(readIsbn(`7-5366-9293-${(check + 1) % 10}`).ok).toBe(false);
  });

  it('asks a venue’s access only of an event at a venue, writes it under the venue, and refuses 无 as the check does', () => {
    const asked = (answers: Answers) =>
      questionsFor('event')
        .filter((q) => !q.when || q.when(answers))
        .map((q) => q.id);
    expect(asked({ ...MINIMAL.event })).not.toContain('accessibility');
    expect(asked({ ...MINIMAL.event, venue: '天河区图书馆' })).toContain('accessibility');
    const access = '正门有坡道，电梯直达三楼';
    const plan = planEntry(
      'event',
      { ...MINIMAL.event, venue: '天河区图书馆', address: '广州市天河区天府路1号', accessibility: access },
      options(mkdtempSync(join(tmpdir(), 'new-'))),
    );
    if (!plan.ok) throw new Error(plan.message);
    expect(frontMatter(plan.text).venue).toMatchObject({ accessibility: access });
    expect(checkEntry('events', plan.path, plan.text)).toEqual([]);
    const question = questionsFor('event').find((q) => q.id === 'accessibility')!;
    const none = question.read('暂无', {});
    expect(none.ok ? none.value : none.message).toBe(inputText.content.event.venueAccessibilityNone('暂无'));
  });

  it('refuses words after a link, naming the address and the words', () => {
    const read = readUrl('https://meeting.tencent.com/dm/abc\u3000会议号：123');
    expect(read.ok ? read.value : read.message).toContain('只写网址 https://meeting.tencent.com/dm/abc；“会议号：123”');
  });

  it('says where a meeting number typed instead of a link goes, as the check and import-events do', () => {
    const read = readUrl('腾讯会议 123 456 789');
    expect(read.ok ? read.value : read.message).toContain('会议号等请写在简介或正文里');
  });

  it('answers a host typed without https:// with the address to type', () => {
    const read = readUrl('www.gd.gov.cn/signup');
    expect(read.ok ? read.value : read.message).toContain('请写成 https://www.gd.gov.cn/signup');
  });

  it('reads a town as the division it lies in, as import-events does', () => {
    expect(region('东莞市长安镇').code).toBe('441900');
    expect(region('广州市天河区五山街道').code).toBe('440106');
  });

  it('knows a kind by its English key in any case or by the words editors use for it', () => {
    for (const kind of SCAFFOLD_KINDS) {
      expect(scaffoldKindOf(kind.toUpperCase())).toBe(kind);
      expect(scaffoldKindOf(` ${scaffoldText.kinds[kind]} `)).toBe(kind);
    }
    expect(scaffoldKindOf('书目')).toBe('book');
    expect(scaffoldKindOf('学习之星')).toBe('learner');
    expect(scaffoldKindOf('品牌项目')).toBe('project');
    expect(scaffoldKindOf('公告')).toBe('notice');
    expect(scaffoldKindOf('电影')).toBeUndefined();
    expect(scaffoldKindOf('')).toBeUndefined();
  });

  it('reads a choice by number, key, label, or a part of one label only', () => {
    expect(readChoice('6', CHOICES.type)).toEqual({ ok: true, value: 'seminar' });
    expect(readChoice('open_day', CHOICES.type)).toEqual({ ok: true, value: 'open_day' });
    expect(readChoice('主题阅读', CHOICES.type)).toEqual({ ok: true, value: 'themed_reading' });
    expect(readChoice('家庭', CHOICES.audience)).toEqual({ ok: true, value: 'family' });
    expect(readChoice('阅读', CHOICES.type).ok).toBe(false);
  });

  it('answers a word that may mean several choices with those to pick from, not the whole list (讲座, online or not)', () => {
    for (const [word, keys] of Object.entries(aliases.maybe.type)) {
      const read = readChoice(word, CHOICES.type);
      if (read.ok) throw new Error(`${word} read as ${read.value}`);
      const offered = CHOICES.type.filter((c) => keys.includes(c.key)).map((c) => `${c.key} ${c.label}`);
      expect(read.message, word).toBe(`“${word}”可指 ${offered.join('、')}：请按实际情况选其中一个`);
    }
    // A word like none: every choice.
    const unknown = readChoice('游园会', CHOICES.type);
    if (unknown.ok) throw new Error(`游园会 read as ${unknown.value}`);
    for (const c of CHOICES.type) expect(unknown.message).toContain(`${c.key} ${c.label}`);
  });

  it('reads the other words people use for a choice, as import-events does (老人 for 老年人, 区级 for 区县级)', () => {
    for (const kind of ['type', 'audience', 'level'] as const) {
      for (const [key, words] of Object.entries(aliases[kind])) {
        for (const word of words) expect(readChoice(word, CHOICES[kind]), `${kind} ${word}`).toEqual({ ok: true, value: key });
      }
    }
    expect(readChoices('老人、长者', CHOICES.audience)).toEqual({ ok: true, value: ['elderly'] });
    // The cities' lists name the public as 市民 or 群众 more often than as 所有人.
    for (const typed of ['市民', '广大市民', '社会各界'])
      expect(readChoices(typed, CHOICES.audience), typed).toEqual({ ok: true, value: ['all'] });
    // As a parent says who an event is for (the search page reads 孩子 as 青少年 too).
    expect(readChoices('家长、孩子', CHOICES.audience)).toEqual({ ok: true, value: ['family', 'youth'] });
    // And as it is said: 和, 与, 及 join two words that each name one.
    for (const typed of ['家长和孩子', '家长与孩子', '家长及孩子'])
      expect(readChoices(typed, CHOICES.audience), typed).toEqual({ ok: true, value: ['family', 'youth'] });
    // A word that names none stays unread whole, as typed, not as its part after 和.
    const unread = readChoices('老人和游客', CHOICES.audience);
    if (unread.ok) throw new Error(`老人和游客 read as ${unread.value.join()}`);
    expect(unread.message).toContain('老人和游客');
    // A 读书会 is a reading around a theme, as the cities' lists name theirs.
    expect(readChoice('读书会', CHOICES.type)).toEqual({ ok: true, value: 'themed_reading' });
  });

  it('reads audiences apart by a slash or a space as a list, as import-events reads a cell', () => {
    for (const typed of ['老人/家庭', '老人 家庭', '老人／家庭', 'elderly family'])
      expect(readChoices(typed, CHOICES.audience), typed).toEqual({ ok: true, value: ['elderly', 'family'] });
  });
});
