import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ACCESSIBILITY_MAX,
  bookSchema,
  eventSchema,
  learnerSchema,
  pageSchema,
  projectSchema,
  SUMMARY_MAX,
  TYPE_CHOICES,
} from './schemas.ts';
import { t } from '../../i18n/zh-CN.ts';
import { inputText } from '../../i18n/zh-CN/input.ts';
import { province } from '../regions/index.ts';
import { awardLevelLabels } from './award-levels.ts';
import { findingsOf } from '../input/schema.ts';

// In the build `image` is Astro's image(); here any string stands for a file.
const image = z.string();
const events = eventSchema(image);

const goodEvent = {
  title: '广州读书月开幕',
  region: '440100',
  year: 2023,
  summary: '一起读书。',
  type: 'themed_reading',
  start: '2023-11-18T09:30',
  end: '2023-11-18T11:30',
  venue: { name: '广州图书馆', address: '广州市天河区珠江东路4号' },
  organizer: '广州市教育局',
  audience: ['all'],
};

function messagesFor(schema: z.ZodType, data: unknown): Record<string, string> {
  const result = schema.safeParse(data);
  if (result.success) return {};
  // As the check lists them: an unknown key's message is made from the key.
  return Object.fromEntries(findingsOf(result.error.issues).map((f) => [f.path.join('.'), f.message]));
}

describe('events', () => {
  it('accepts a well-formed event and reads its times as Beijing time', () => {
    const event = events.parse(goodEvent);
    expect(event.start.toISOString()).toBe('2023-11-18T01:30:00.000Z');
    expect(event.featured).toBe(false);
  });

  it('puts a title, summary and venue an editor broke over lines (YAML |, a paste from Word) on one line', () => {
    const event = events.parse({
      ...goodEvent,
      title: '广州读书月\n开幕式\n',
      summary: '一起读书，\n一起成长。\nWelcome to\nthe week.',
      venue: { name: '广州\r\n图书馆', address: goodEvent.venue.address },
    });
    expect(event.title).toBe('广州读书月开幕式');
    expect(event.summary).toBe('一起读书，一起成长。 Welcome to the week.');
    expect(event.venue?.name).toBe('广州图书馆');
    // A title of line breaks alone is as empty as a blank one.
    expect(messagesFor(events, { ...goodEvent, title: '\n\n' }).title).toBe(messagesFor(events, { ...goodEvent, title: '' }).title);
  });

  it('refuses a title of only invisible characters, which would be a blank heading', () => {
    expect(messagesFor(events, { ...goodEvent, title: '\u200b\u2060\u200b' }).title).toContain('只有看不见的字符');
    expect(messagesFor(events, { ...goodEvent, title: '\u200b读书月' })).toEqual({});
  });

  it('rejects a region code that is not in Guangdong', () => {
    expect(messagesFor(events, { ...goodEvent, region: '449999' }).region).toContain('未知的地区代码 449999');
    expect(messagesFor(events, { ...goodEvent, region: '110000' }).region).toContain(`110000 不是${province().name}的地区代码`);
  });

  it('rejects an end before the start, naming end', () => {
    expect(messagesFor(events, { ...goodEvent, end: '2023-11-18T08:00' }).end).toBe('结束时间（end）早于开始时间（start）');
  });

  it('rejects malformed and impossible times', () => {
    expect(messagesFor(events, { ...goodEvent, start: '2023-11-31T09:00' }).start).toBe('"2023-11-31T09:00" 不是存在的日期或时间');
    expect(messagesFor(events, { ...goodEvent, start: '2023-11-18T25:00' }).start).toContain('不是存在的日期或时间');
    expect(messagesFor(events, { ...goodEvent, start: '下周一' }).start).toContain('无法识别的日期时间');
    // A range typed where the start goes: not a time at UTC−16:00, the next day.
    expect(messagesFor(events, { ...goodEvent, start: '2026-5-20 14:30-16:00' }).start).toBe(
      '“2026-5-20 14:30-16:00”是一段时间，这里只写一个时刻：开始写在 start（2026-05-20T14:30），结束写在 end（2026-05-20T16:00）',
    );
    expect(messagesFor(events, { ...goodEvent, start: '11/18 9:30' }).start).toContain('2023-11-18T19:30');
  });

  it('answers a time typed as people write it with the line to write instead', () => {
    const answer = (start: string) => messagesFor(events, { ...goodEvent, start }).start;
    expect(answer('2023/11/18 9:30')).toBe('日期时间“2023/11/18 9:30”的写法不对：请写成 2023-11-18T09:30（北京时间）');
    expect(answer('2023年11月18日 下午2点')).toContain('请写成 2023-11-18T14:00（');
    expect(answer('2023-11-18 9:30')).toContain('请写成 2023-11-18T09:30（');
    expect(answer('2023.11.18')).toContain('请写成 2023-11-18（');
    // A time alone, as one writes an end on the start's day.
    const end = messagesFor(events, { ...goodEvent, end: '下午3点' }).end;
    expect(end).toBe('“下午3点”只有时刻、没有日期：请在前面写上日期，写成 年-月-日T15:00，如 2023-11-18T15:00（北京时间）');
    expect(messagesFor(events, { ...goodEvent, end: '11:30' }).end).toContain('年-月-日T11:30');
    // A range in the ISO form: 11:00 to 12:00, not 11:00 at UTC−12.
    expect(messagesFor(events, { ...goodEvent, end: '2023-11-18T11:00-12:00' }).end).toContain('是一段时间');
  });

  it('answers coordinates pasted from a map, as text or latitude first, with the pair to write', () => {
    const location = (value: unknown) => messagesFor(events, { ...goodEvent, venue: { ...goodEvent.venue, location: value } })['venue.location'];
    expect(location('23.1176, 113.3249')).toContain('请写成 [113.3249, 23.1176]');
    expect(location('113.3249,23.1176')).toContain('请写成 [113.3249, 23.1176]');
    // [113.3249，23.1176]: the Chinese comma leaves YAML one item.
    expect(location(['113.3249，23.1176'])).toContain('请写成 [113.3249, 23.1176]');
    expect(location([23.1176, 113.3249])).toContain('请写成 [113.3249, 23.1176]');
    expect(location('广州图书馆')).not.toContain('请写成');
    expect(location([113.3249, 23.1176])).toBeUndefined();
  });

  it('takes what a venue offers readers who use a wheelchair, in a line or two, and names the field when it is empty or long', () => {
    const withAccess = (value: unknown) => ({ ...goodEvent, venue: { ...goodEvent.venue, accessibility: value } });
    const said = '正门有坡道，电梯直达三楼';
    expect(events.parse(withAccess(said)).venue?.accessibility).toBe(said);
    expect(messagesFor(events, withAccess('读'.repeat(ACCESSIBILITY_MAX)))['venue.accessibility']).toBeUndefined();
    expect(messagesFor(events, withAccess('读'.repeat(ACCESSIBILITY_MAX + 1)))['venue.accessibility']).toBe(
      inputText.content.event.venueAccessibilityTooLong,
    );
    expect(messagesFor(events, withAccess(''))['venue.accessibility']).toContain('venue.accessibility');
  });

  it('refuses an access that says the place has none, or nobody knows, which its card and search would offer a wheelchair', () => {
    const said = (value: string) => messagesFor(events, { ...goodEvent, venue: { ...goodEvent.venue, accessibility: value } })['venue.accessibility'];
    for (const none of ['无', '暂无。', '不详', 'N/A', '没有电梯，需走楼梯到三楼', '无电梯', '无坡道', '未设无障碍设施'])
      expect(said(none), none).toBe(inputText.content.event.venueAccessibilityNone(none));
    for (const offered of ['无障碍通道在东门', '不用爬楼梯，活动在一楼', '正门有坡道', '有电梯']) expect(said(offered), offered).toBeUndefined();
  });

  it('answers 是, 否 and a quoted "true" where true or false goes with the line to write', () => {
    expect(messagesFor(events, { ...goodEvent, featured: '是' }).featured).toBe('featured 须为 true 或 false，不加引号：“是”请写成 featured: true');
    expect(messagesFor(events, { ...goodEvent, sample: 'No' }).sample).toContain('请写成 sample: false');
    expect(messagesFor(events, { ...goodEvent, featured: 'true' }).featured).toContain('请写成 featured: true');
    expect(messagesFor(events, { ...goodEvent, featured: '也许' }).featured).toBe('featured 须为 true 或 false');
  });

  it('answers a near-address with the address to write, and a phone number with where it goes', () => {
    const registration = (value: string) => messagesFor(events, { ...goodEvent, registration: value }).registration;
    expect(registration('www.dg.gov.cn/signup')).toBe('网址“www.dg.gov.cn/signup”缺少开头的 https://：请写成 https://www.dg.gov.cn/signup（先在浏览器里打开，确认能访问）');
    expect(registration('https：//www.dg.gov.cn/signup')).toContain('请写成 https://www.dg.gov.cn/signup');
    expect(registration('电话报名 0769-12345678')).toContain('电话、会议号等请写在简介或正文里');
  });

  it('only accepts http(s) links, never javascript:', () => {
    expect(messagesFor(events, { ...goodEvent, registration: 'javascript:alert(1)' }).registration).toContain('只接受');
    expect(messagesFor(events, { ...goodEvent, online: 'ftp://example.org/x' }).online).toContain('只接受');
    expect(messagesFor(events, { ...goodEvent, online: 'https://example.org/live' })).toEqual({});
  });

  it('refuses words after a link, as a pasted meeting invitation has them, and says where they go', () => {
    const online = 'https://meeting.tencent.com/dm/abc';
    const message = messagesFor(events, { ...goodEvent, online: `${online} 会议号：123 456 789` }).online;
    expect(message).toContain(`只写网址 ${online}；“会议号：123 456 789”`);
  });

  it('needs a venue or an online link', () => {
    const { venue: _venue, ...noPlace } = goodEvent;
    expect(messagesFor(events, noPlace).venue).toContain('至少填一项');
  });

  it('requires alt text on a cover', () => {
    expect(messagesFor(events, { ...goodEvent, cover: { src: './a.jpg' } })['cover.alt']).toContain('图片说明');
    expect(messagesFor(events, { ...goodEvent, cover: { src: './a.jpg', alt: '  ' } })['cover.alt']).toContain('不能为空');
  });

  it('answers a label or another word typed where a key goes with the key, and a list split by Chinese commas with the items', () => {
    const messages = (changes: Record<string, unknown>) => messagesFor(events, { ...goodEvent, ...changes });
    expect(messages({ type: '开幕式' }).type).toBe('“开幕式”要写成英文代码 opening_ceremony（开幕式）');
    expect(messages({ audience: ['老人', '家庭'] })).toEqual({
      'audience.0': '“老人”要写成英文代码 elderly（老年人）',
      'audience.1': '“家庭”要写成英文代码 family（亲子家庭）',
    });
    expect(messages({ audience: ['elderly，family'] })['audience.0']).toBe('“elderly，family”被读成了一项：列表里的各项要用英文逗号隔开，写成 elderly, family');
    expect(messages({ audience: '老年人、亲子' }).audience).toBe('适合人群（audience）须写成方括号里的列表：请写成 [elderly, family]');
    expect(messages({ audience: '老人/家庭' }).audience).toBe('适合人群（audience）须写成方括号里的列表：请写成 [elderly, family]');
    expect(messages({ status: '取消' }).status).toBe('“取消”要写成英文代码 cancelled（已取消）');
    // One value, not a list: two named are not offered as items.
    expect(messages({ type: '主题阅读、开幕式' }).type).toContain('themed_reading（主题阅读）、publisher_picks');
    // Part of two labels (阅读: 主题阅读, 数字阅读分享) is not guessed: those two to choose from.
    const reading = TYPE_CHOICES.filter((c) => c.label.includes('阅读'));
    expect(reading).toHaveLength(2);
    expect(messages({ type: '阅读' }).type).toBe(
      `“阅读”可指 ${reading.map((c) => `${c.key}（${c.label}）`).join('、')}：请按实际情况写其中一个的英文代码`,
    );
    // A word that may mean an online lecture or another kind (label-aliases.json, maybe): the kinds it may mean.
    expect(messages({ type: '讲座' }).type).toBe(
      `“讲座”可指 online_lecture（${t.eventTypes.online_lecture}）、other（${t.eventTypes.other}）：请按实际情况写其中一个的英文代码`,
    );
    // Nothing like any: the whole list.
    expect(messages({ type: '游园会' }).type).toContain('themed_reading（主题阅读）、publisher_picks');
  });

  it('rejects an unknown event type and audience', () => {
    expect(messagesFor(events, { ...goodEvent, type: 'party' }).type).toContain('themed_reading');
    expect(messagesFor(events, { ...goodEvent, audience: ['cats'] })['audience.0']).toContain('elderly');
  });
});

const goodBook = {
  title: '红楼梦',
  region: '440000',
  year: 2023,
  summary: '经典。',
  authors: ['曹雪芹', '高鹗'],
  publisher: '人民文学出版社',
  isbn: '978-7-02-000220-7',
  recommender: { name: '某某', role: '社长', press: '某出版社' },
  audience: ['all'],
};

describe('an event’s venue', () => {
  it('written on its own line (venue: 广州图书馆) is answered with the lines to write, in Chinese', () => {
    expect(messagesFor(events, { ...goodEvent, venue: '广州图书馆' }).venue).toBe(
      '线下场地（venue）要分行写：venue: 后面不写字，下面另起两行，各空两格写 name: 广州图书馆 和 address: 详细地址',
    );
    expect(messagesFor(events, { ...goodEvent, venue: ['广州图书馆'] }).venue).toBe(
      '线下场地（venue）须包含 name（场地名称）和 address（详细地址），各占一行、空两格',
    );
  });

  it('with its address written on a line of its own beside it, says where the address goes', () => {
    const messages = messagesFor(events, { ...goodEvent, venue: '广州图书馆', address: goodEvent.venue.address });
    expect(messages.address).toBe('address 属于 venue，要写在 venue: 下面：另起一行，前面空两格写 address: …；写在这里不会被读取');
  });
});

describe('books', () => {
  it('accepts a valid ISBN-13 and stores it without hyphens', () => {
    expect(bookSchema(image).parse(goodBook).isbn).toBe('9787020002207');
    // As a copyright page prints it.
    expect(bookSchema(image).parse({ ...goodBook, isbn: 'ISBN 978-7-02-000220-7' }).isbn).toBe('9787020002207');
  });
  it('rejects a wrong check digit and ISBN-10', () => {
    expect(messagesFor(bookSchema(image), { ...goodBook, isbn: '9787020002208' }).isbn).toContain('校验位');
    expect(messagesFor(bookSchema(image), { ...goodBook, isbn: '702000220X' }).isbn).toContain('13 位');
  });
  it('answers an ISBN-10 with the same book’s ISBN-13 (goodBook’s, written the old way)', () => {
    expect(messagesFor(bookSchema(image), { ...goodBook, isbn: '7-02-000220-X' }).isbn).toBe(
      '“7-02-000220-X”是 10 位的旧版 ISBN：这里写 13 位的，同一本书是 isbn: "978-7-02-000220-7"',
    );
  });
  it('answers authors and themes not written as a list, or run together by Chinese commas, with the list to write', () => {
    const books = bookSchema(image);
    expect(messagesFor(books, { ...goodBook, authors: '沈从文' }).authors).toBe('作者（authors）须写成方括号里的列表：请写成 [沈从文]');
    expect(messagesFor(books, { ...goodBook, themes: '经典阅读、湘西' }).themes).toBe('主题（themes）须写成方括号里的列表：请写成 [经典阅读, 湘西]');
    expect(messagesFor(books, { ...goodBook, authors: ['沈从文，黄永玉'] })['authors.0']).toBe(
      '“沈从文，黄永玉”被读成了一项：列表里的各项要用英文逗号隔开，请写成 [沈从文, 黄永玉]',
    );
    expect(messagesFor(books, { ...goodBook, authors: ['曹雪芹', '高鹗'] })).toEqual({});
  });
  it('answers a title read as a number (1984 written without quotes) with the quotes to add, not as a title left out', () => {
    const books = bookSchema(image);
    expect(messagesFor(books, { ...goodBook, title: 1984 }).title).toBe('书名（title）被读成了数字 1984：请给它加上英文双引号，写成 "1984"');
    expect(messagesFor(books, { ...goodBook, title: true }).title).toBe('书名（title）被读成了 true：请给它加上英文双引号，写成 "true"');
    expect(messagesFor(books, { ...goodBook, title: '1984' })).toEqual({});
    expect(messagesFor(books, { ...goodBook, title: undefined }).title).toBe('须填写书名（title）');
  });
  it('answers a title written as a list (an empty one too) or a block with one message, that a title is one line', () => {
    const books = bookSchema(image);
    for (const title of [['读书月'], [], { name: '读书月' }]) {
      const result = books.safeParse({ ...goodBook, title });
      const said = result.success ? [] : result.error.issues.filter((i) => i.path.join('.') === 'title').map((i) => i.message);
      expect(said, JSON.stringify(title)).toEqual([
        `书名（title）应为一行文字，而不是${Array.isArray(title) ? '数组' : '对象'}：去掉方括号或花括号，照原样写在冒号后面`,
      ]);
    }
  });
  it('answers a text where a list goes, or a list where a summary goes, with the shape alone, not a length as well', () => {
    const saidOf = (schema: z.ZodType, data: unknown, key: string) => {
      const result = schema.safeParse(data);
      return result.success ? [] : result.error.issues.filter((i) => i.path.join('.') === key).map((i) => i.message);
    };
    expect(saidOf(bookSchema(image), { ...goodBook, authors: '' }, 'authors')).toEqual([inputText.content.book.authorsShape]);
    expect(saidOf(events, { ...goodEvent, audience: '' }, 'audience')).toEqual([inputText.content.audienceShape]);
    const longList = Array.from({ length: SUMMARY_MAX + 1 }, () => '读');
    expect(saidOf(events, { ...goodEvent, summary: longList }, 'summary')).toHaveLength(1);
    // Each check still speaks for its own kind.
    expect(saidOf(bookSchema(image), { ...goodBook, authors: [] }, 'authors')).toEqual([inputText.content.book.authorsEmpty]);
    expect(saidOf(events, { ...goodEvent, summary: '读'.repeat(SUMMARY_MAX + 1) }, 'summary')).toEqual([inputText.content.summaryTooLong]);
  });
  it('needs a recommender with a role and press', () => {
    expect(messagesFor(bookSchema(image), { ...goodBook, recommender: { name: '某某' } })['recommender.role']).toBeDefined();
  });
});

describe('learners and projects', () => {
  const base = { region: '440305', year: 2023, summary: '示例。' };
  it('checks level and age', () => {
    const learners = learnerSchema(image);
    const learner = { ...base, name: '李某', level: 'city', age: 68, occupation: '退休教师' };
    expect(learners.parse(learner).name).toBe('李某');
    expect(messagesFor(learners, { ...learner, level: 'galactic' }).level).toContain('national');
    const provincial = awardLevelLabels().provincial!;
    expect(messagesFor(learners, { ...learner, level: provincial }).level).toBe(`“${provincial}”要写成英文代码 provincial（${provincial}）`);
    expect(messagesFor(learners, { ...learner, age: 68.5 }).age).toContain('整数');
    expect(messagesFor(learners, { ...learner, video: 'javascript:void(0)' }).video).toContain('只接受');
  });
  it('checks category', () => {
    const projects = projectSchema(image);
    const project = { ...base, name: '乐龄课堂', organization: '某社区学院', level: 'provincial', category: 'elderly_education' };
    expect(projects.parse(project).category).toBe('elderly_education');
    expect(messagesFor(projects, { ...project, category: 'sports' }).category).toContain('community_education');
  });
});

describe('pages', () => {
  it('accepts a notice with its document number', () => {
    const notice = pageSchema.parse({ title: '通知', summary: '摘要', docNumber: '教职成厅函〔2023〕18号', date: '2023-09-01' });
    expect(notice.date?.toISOString()).toBe('2023-08-31T16:00:00.000Z');
  });
});
