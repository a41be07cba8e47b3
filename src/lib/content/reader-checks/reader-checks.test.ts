import { DateTime } from 'luxon';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURE_CONTENT } from '../../../../tests/support/fixture.ts';
import { inputText } from '../../../i18n/zh-CN/input.ts';
import { readerChecksText } from '../../../i18n/zh-CN/reader-checks.ts';
import { checkInputs } from '../../check-inputs.ts';
import { isWarning, type InputProblem } from '../../input-problem.ts';
import { judgeAlt } from './alt-text.ts';
import { sitePathOf } from './missing-pages.ts';

/**
 * The checks of what readers would notice, over a copy of the test fixture
 * (FIXTURE_CONTENT, the site tests' own) with one change each. Expectations come
 * from the change made: the file, the line written, the fixture's settings.
 */
const FIXTURE = FIXTURE_CONTENT;
/** 2023-11-20 12:00 in Beijing: during the fixture's week (weekStart 2023-11-18, weekEnd 2023-11-25). */
const DURING_WEEK = String(Date.UTC(2023, 10, 20, 4) / 1000);

function site(changes: Record<string, (text: string) => string> = {}): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'reader-checks-')), 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [file, change] of Object.entries(changes)) writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

/** The problems of a changed copy that the unchanged fixture does not have. */
const strip = (p: InputProblem) => ({ ...p, file: p.file.replace(/^.*?\/content\//, '') });
let baseline: Set<string> | undefined;
function newProblems(changes: Record<string, (text: string) => string>): InputProblem[] {
  baseline ??= new Set(checkInputs(site(), {}).problems.map((p) => JSON.stringify(strip(p))));
  return checkInputs(site(changes), {}).problems.map(strip).filter((p) => !baseline!.has(JSON.stringify(p)));
}

const EVENT = 'events/2023/gz-reading-month.md';
const body = (text: string) => (old: string) => `${old.trimEnd()}\n\n${text}\n`;
const lineOf = (file: string, changes: Record<string, (text: string) => string>, needle: string) =>
  changes[file]!(readFileSync(join(FIXTURE, file), 'utf8')).split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('links in bodies to pages of the site', () => {
  it('reports a link to a page the build does not write, with its line and the closest page', () => {
    const changes = { [EVENT]: body('详见[天河开幕式](/events/2023/gz-tianhe-opening-ceremoni/)和[2021 年数据](/stats/2021/)。') };
    const line = lineOf(EVENT, changes, '天河开幕式');
    const problems = newProblems(changes);
    expect(problems).toEqual([
      {
        file: EVENT,
        item: `第 ${line} 行`,
        field: '正文（body）',
        message: '链接“/events/2023/gz-tianhe-opening-ceremoni/”指向本站不存在的页面，读者点开会看到“找不到页面”：是否应为 /events/2023/gz-tianhe-opening-ceremony/？',
      },
      {
        file: EVENT,
        item: `第 ${line} 行`,
        field: '正文（body）',
        message: expect.stringMatching(/^链接“\/stats\/2021\/”指向本站不存在的页面/),
      },
    ]);
    expect(problems.every((p) => !isWarning(p))).toBe(true);
  });

  it('follows every kind of link the site has, as the browser would', () => {
    const settings = JSON.parse(readFileSync(join(FIXTURE, 'data/site.json'), 'utf8')) as { url: string };
    const links = [
      '[统计](/stats/2023/)',
      '[统计表](/stats/2022/table/)',
      '[天河区](/regions/440106/)',
      '[研讨](/events/type/seminar/)',
      '[广州的主题阅读](/events/in/440100/themed_reading/)',
      '[十二月](/events/calendar/2023-12/)',
      '[同目录](../gz-opening-ceremony/)',
      '[不带斜杠](/books/hongloumeng)',
      '[带锚点](/lighting/2023/#gz-canton-tower)',
      '[日历](/events/2023/gz-opening-ceremony.ics)',
      '[广州塔加入日历](/lighting/2023/gz-canton-tower.ics)',
      '[关于](/about/)',
      `[本站全址](${settings.url}/notices/moe-2023/)`,
      '[外站](https://www.gov.cn/nothing/)',
      '[邮件](mailto:a@example.cn)',
      '[锚点](#top)',
      '<a href="/learners/he-wanqing/">原始 HTML</a>',
    ];
    expect(newProblems({ [EVENT]: body(links.join('\n\n')) })).toEqual([]);
    expect(newProblems({ [EVENT]: body('<a href="/learners/nobody/">原始 HTML</a>') })).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^链接“\/learners\/nobody\/”指向本站不存在的页面/) }),
    ]);
  });

  it('reads a link from the root under the base path, and one relative to the entry page', () => {
    expect(sitePathOf('/stats/', '/zt/xxzq/events/2023/a/', '/zt/xxzq/', undefined)).toBe('/zt/xxzq/stats/');
    expect(sitePathOf('/zt/xxzq/stats/', '/zt/xxzq/events/2023/a/', '/zt/xxzq/', undefined)).toBe('/zt/xxzq/stats/');
    // A staging build (BASE_PATH=/staging/xxzq/) of a site whose settings say /zt/xxzq/: a link copied from the live site.
    expect(sitePathOf('/zt/xxzq/stats/', '/staging/xxzq/events/2023/a/', '/staging/xxzq/', undefined, '/zt/xxzq/')).toBe('/staging/xxzq/stats/');
    expect(sitePathOf('../b/', '/events/2023/a/', '/', undefined)).toBe('/events/2023/b/');
    expect(sitePathOf('https://edu.example.cn/zt/xxzq/about/', '/', '/zt/xxzq/', 'https://edu.example.cn')).toBe('/zt/xxzq/about/');
    expect(sitePathOf('https://other.example.cn/about/', '/', '/', 'https://edu.example.cn')).toBeUndefined();
    expect(sitePathOf('//other.example.cn/x', '/', '/', undefined)).toBeUndefined();
    expect(sitePathOf('tel:020-1234', '/', '/', undefined)).toBeUndefined();
  });
});

describe('addresses', () => {
  it('reports a file named like one of the site’s own pages, which the reader would see instead of it', () => {
    const dir = site();
    // An online event filed outside its year's folder, and a page about the statistics named after them.
    cpSync(join(dir, EVENT), join(dir, 'events/online.md'));
    cpSync(join(dir, 'pages/about.md'), join(dir, 'pages/stats.md'));
    // In their own folders the same names are free.
    cpSync(join(dir, EVENT), join(dir, 'events/2023/online.md'));
    cpSync(join(dir, 'pages/about.md'), join(dir, 'pages/notices/stats.md'));
    const problems = checkInputs(dir, {})
      .problems.map(strip)
      .filter((p) => p.field === '（文件名）');
    const taken = '已是网站自己的页面（列表、筛选、日历或统计页等），读者只会看到那个页面，看不到这篇内容：请给文件换个名字';
    const year = Number(/^year: (\d+)$/m.exec(readFileSync(join(FIXTURE, EVENT), 'utf8'))![1]);
    // One message for the event: the error says where to move it, so no second one about its folder.
    expect(problems).toEqual([
      { file: 'events/online.md', field: '（文件名）', message: `这个文件的网址 /events/online/ ${taken}，并放进活动年份的文件夹 events/${year}/` },
      { file: 'pages/stats.md', field: '（文件名）', message: `这个文件的网址 /stats/ ${taken}` },
    ]);
  });
});

describe('old addresses (aliases)', () => {
  const LEARNER = 'learners/liang-zhiwei.md';
  /** Gives a file of the fixture these old addresses (the fixture's own aliases stay where they are). */
  const aliased = (...aliases: string[]) => (text: string) => text.replace(/^---\n/, `---\naliases: [${aliases.join(', ')}]\n`);
  /** The problems of a changed copy with the field `aliases[…]`, files named from the copy's content folder. */
  const aliasProblemsOf = (changes: Record<string, (text: string) => string>) => {
    const dir = site(changes);
    return checkInputs(dir, {})
      .problems.filter((p) => p.field.startsWith('aliases'))
      .map((p) => ({ ...strip(p), message: p.message.replaceAll(`${dir}/`, '') }));
  };
  const text = readerChecksText;

  it('are refused where a reader would not be sent on: the entry’s own page, another entry’s, the site’s own pages and files', () => {
    const aliases = ['/learners/liang-zhiwei', '/learners/he-wanqing/', '/stats/', '/events/online/', '/rss.xml', '/_astro/x/', '/learners/old-name/'];
    expect(aliasProblemsOf({ [LEARNER]: aliased(...aliases) })).toEqual([
      { file: LEARNER, field: 'aliases[0]', message: text.aliasIsSelf('/learners/liang-zhiwei/') },
      { file: LEARNER, field: 'aliases[1]', message: text.aliasIsEntry('/learners/he-wanqing/', 'learners/he-wanqing.md') },
      { file: LEARNER, field: 'aliases[2]', message: text.aliasTaken('/stats/') },
      { file: LEARNER, field: 'aliases[3]', message: text.aliasTaken('/events/online/') },
      { file: LEARNER, field: 'aliases[4]', message: text.aliasTaken('/rss.xml/') },
      { file: LEARNER, field: 'aliases[5]', message: text.aliasTaken('/_astro/x/') },
    ]);
  });

  it('are refused when two entries claim one, naming the first', () => {
    // The fixture's learner lin-zhenbang lists /learners/lin-zhen-bang/ already; an event claims a new one first.
    const own = /^aliases: \[(.*)\]$/m.exec(readFileSync(join(FIXTURE, 'learners/lin-zhenbang.md'), 'utf8'))![1]!;
    expect(aliasProblemsOf({ [EVENT]: aliased('/learners/old-star/'), [LEARNER]: aliased('/learners/old-star', own) })).toEqual([
      { file: LEARNER, field: 'aliases[0]', message: text.aliasTwice('/learners/old-star/', EVENT) },
      { file: 'learners/lin-zhenbang.md', field: 'aliases[0]', message: text.aliasTwice(own, LEARNER) },
    ]);
  });

  it('are written without the base path, which the build puts in front', () => {
    vi.stubEnv('BASE_PATH', '/zt/xxzq/');
    expect(aliasProblemsOf({ [LEARNER]: aliased('/zt/xxzq/learners/liang-zhi-wei/', '/stats/', '/learners/liang-zhiwei/', '/learners/lzw/') })).toEqual([
      { file: LEARNER, field: 'aliases[0]', message: text.aliasWithBase('/zt/xxzq/learners/liang-zhi-wei/', '/zt/xxzq/', '/learners/liang-zhi-wei/') },
      { file: LEARNER, field: 'aliases[1]', message: text.aliasTaken('/stats/') },
      { file: LEARNER, field: 'aliases[2]', message: text.aliasIsSelf('/learners/liang-zhiwei/') },
    ]);
  });

  it('are pages a link may lead to', () => {
    const own = /^aliases: \[(.*)\]$/m.exec(readFileSync(join(FIXTURE, 'learners/lin-zhenbang.md'), 'utf8'))![1]!;
    expect(newProblems({ [EVENT]: body(`[旧网址](${own})`) })).toEqual([]);
  });
});

describe('events filed by year', () => {
  it('warns of an event outside a year folder, which has no year’s list above its address', () => {
    const dir = site();
    cpSync(join(dir, EVENT), join(dir, 'events/special/gz-reading-month.md'), { recursive: true });
    const year = Number(/^year: (\d+)$/m.exec(readFileSync(join(FIXTURE, EVENT), 'utf8'))![1]);
    const problems = checkInputs(dir, {})
      .problems.map(strip)
      .filter((p) => p.file === 'events/special/gz-reading-month.md');
    expect(problems).toEqual([
      {
        file: 'events/special/gz-reading-month.md',
        field: '（文件名）',
        message: `活动文件应直接放在活动周年份的文件夹里（如 content/events/${year}/），网址才在“${year} 年的活动”列表之下：请移到那里。已发布的活动移动后网址会变，请在移动后的文件头加上一行 aliases: [/events/special/gz-reading-month/]，原网址就会跳转到新网址`,
        severity: 'warning',
      },
    ]);
  });

  it('warns of an event whose year is not its folder’s, as a file copied from last year’s would be', () => {
    const folder = Number(EVENT.split('/')[1]);
    const problems = newProblems({ [EVENT]: (text) => text.replace(/^year: \d+$/m, `year: ${folder + 1}`) });
    expect(problems).toEqual([
      {
        file: EVENT,
        field: 'year',
        message: `year 写的是 ${folder + 1}，文件却在 ${folder} 年的文件夹里：活动会列在“${folder} 年的活动”里，却算作 ${folder + 1} 年活动周的活动。是从往年的文件复制来的吗？请改正 year；要把文件移到 ${folder + 1} 年的文件夹，而活动已经发布的，请在移动后的文件头加上一行 aliases: [/${EVENT.replace(/\.md$/, '')}/]，原网址才不会失效`,
        severity: 'warning',
      },
    ]);
  });
});

describe('images', () => {
  it('a body image that is not beside the file is an error with its line', () => {
    const changes = { [EVENT]: body('![市民在书展挑选图书](./shuzhan.jpg)') };
    expect(newProblems(changes)).toEqual([
      expect.objectContaining({ file: EVENT, item: `第 ${lineOf(EVENT, changes, 'shuzhan')} 行`, message: expect.stringMatching(/^找不到图片文件“\.\/shuzhan\.jpg”/) }),
    ]);
  });

  it('an image in a footnote never cited is judged as one on the page: outside the folder, an SVG, missing', () => {
    const secret = join(mkdtempSync(join(tmpdir(), 'outside-')), 'secret.png');
    writeFileSync(secret, readFileSync(join(FIXTURE, 'events/2023/gz-opening-ceremony.jpg')));
    const dir = site();
    const outside = relative(join(dir, 'events/2023'), secret);
    const notes = { outside, svg: './evil.png', missing: './nowhere.png' };
    const changes = { [EVENT]: body(`正文没有引用脚注。\n\n${Object.entries(notes).map(([id, url]) => `[^${id}]: ![书展现场](${url})`).join('\n')}`) };
    writeFileSync(join(dir, EVENT), changes[EVENT](readFileSync(join(dir, EVENT), 'utf8')));
    writeFileSync(join(dir, 'events/2023/evil.png'), '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><script>alert(1)</script></svg>');
    const problems = checkInputs(dir, {}).problems.filter((p) => p.file.endsWith(EVENT));
    const at = (url: string) => ({ file: expect.stringMatching(new RegExp(`${EVENT}$`)), item: `第 ${lineOf(EVENT, changes, url)} 行`, field: '正文（body）' });
    expect(problems).toEqual([
      { ...at(notes.outside), message: inputText.content.image.outside(notes.outside) },
      { ...at(notes.svg), message: inputText.content.image.scriptable(notes.svg) },
      { ...at(notes.missing), message: readerChecksText.missingBodyImage(notes.missing) },
    ]);
  });

  it('a body image cut short is an error with its line, as a cover would be', () => {
    const changes = { [EVENT]: body('![市民在书展挑选图书](./shuzhan.jpg)') };
    const dir = site(changes);
    const photo = readFileSync(join(FIXTURE, 'events/2023/gz-opening-ceremony.jpg'));
    writeFileSync(join(dir, 'events/2023/shuzhan.jpg'), photo.subarray(0, Math.floor(photo.length / 2)));
    const problems = checkInputs(dir, {}).problems.filter((p) => p.file.endsWith(EVENT));
    expect(problems).toEqual([
      expect.objectContaining({
        item: `第 ${lineOf(EVENT, changes, 'shuzhan')} 行`,
        message: '图片文件“./shuzhan.jpg”不完整（文件在中途断开，多半是上传或复制没有完成）：发布后下半部分会是灰色，请重新复制或导出完整的文件',
      }),
    ]);
    expect(isWarning(problems[0]!)).toBe(false);
  });

  it('an image over 5 MB is a warning', () => {
    const dir = site({ [EVENT]: body('![市民在书展挑选图书](./shuzhan.jpg)') });
    const photo = readFileSync(join(FIXTURE, 'events/2023/gz-opening-ceremony.jpg'));
    writeFileSync(join(dir, 'events/2023/shuzhan.jpg'), Buffer.concat([photo, Buffer.alloc(5 * 1024 * 1024)]));
    const problems = checkInputs(dir, {}).problems.filter((p) => p.file.endsWith(EVENT));
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/^图片“\.\/shuzhan\.jpg”有 5\.\d MB，超过 5 MB/) })]);
  });

  it('a photo that says where it was taken is a warning saying the published one will not; the same photo without is not', async () => {
    const dir = site({ [EVENT]: body('![市民在书展挑选图书](./shuzhan.jpg)') });
    const photo = sharp(join(FIXTURE, 'events/2023/gz-opening-ceremony.jpg'));
    const gps = { IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '23/1 7/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '113/1 15/1 4/1' } };
    writeFileSync(join(dir, 'events/2023/shuzhan.jpg'), await photo.clone().withExif(gps).toBuffer());
    const problems = checkInputs(dir, {}).problems.filter((p) => p.file.endsWith(EVENT));
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/^图片“\.\/shuzhan\.jpg”里记有拍摄地点（GPS 坐标）：网站发布的原图会去掉它/) }),
    ]);
    writeFileSync(join(dir, 'events/2023/shuzhan.jpg'), await photo.clone().withExif({ IFD0: { Artist: '摄影：张三' } }).toBuffer());
    expect(checkInputs(dir, {}).problems.filter((p) => p.file.endsWith(EVENT))).toEqual([]);
  });

  it('a cover the share card must enlarge is a warning naming the size it needs; a book jacket that fits is not', () => {
    // The fixture's covers are 720×480 (events) and 420×602 (books): a 3:2 photo must be 1200×800 to fill 1200×630.
    // he-wanqing's cover also says where it was taken: that warning is the one above's.
    const problems = checkInputs(site(), {}).problems.filter((p) => p.field === 'cover.src' && !p.message.includes('GPS'));
    expect(problems.map((p) => p.file.replace(/^.*?\/content\//, '')).sort()).toEqual([
      'events/2023/gd-opening-ceremony.md',
      'events/2023/gz-liwan-chenjiaci-open-day.md',
      'events/2023/gz-opening-ceremony.md',
      'learners/he-wanqing.md',
      'learners/pan-jinhua.md',
      'projects/shunde-silver-digital-classroom.md',
    ]);
    expect(problems[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('只有 720×480 像素') });
    expect(problems[0]!.message).toContain('至少 1200×800 像素');
  });

  it('an image description that is the file name or says only 图片 is an error; one that starts with 图片 a warning', () => {
    const file = 'learners/he-wanqing.md';
    const alt = (value: string) => ({ [file]: (text: string) => text.replace(/alt: ".*"/, `alt: "${value}"`) });
    expect(newProblems(alt('he-wanqing.jpg'))).toEqual([
      { file, field: 'cover.alt', message: expect.stringMatching(/^图片说明（alt）“he-wanqing\.jpg”只是文件名/) },
    ]);
    expect(newProblems(alt('图片'))).toEqual([{ file, field: 'cover.alt', message: expect.stringMatching(/^图片说明（alt）“图片”没有说出图片里是什么/) }]);
    expect(newProblems(alt('图片：何婉清在社区课堂上课'))).toEqual([
      { file, field: 'cover.alt', severity: 'warning', message: expect.stringContaining('以“图片”开头') },
    ]);
    const changes = { [EVENT]: body('![IMG_2034](./x.jpg)') };
    expect(newProblems(changes).map((p) => p.message)).toEqual([expect.stringMatching(/“IMG_2034”没有说出图片里是什么/), expect.stringMatching(/^找不到图片文件/)]);
  });

  it('judges descriptions as a screen-reader user hears them', () => {
    expect(judgeAlt('santi', './santi.jpg')?.severity).toBe('error');
    expect(judgeAlt('照片 1', './a.jpg')?.severity).toBe('error');
    expect(judgeAlt('微信图片_20231118093012', './a.jpg')?.severity).toBe('error');
    expect(judgeAlt('封面', './a.jpg')?.severity).toBe('error');
    expect(judgeAlt('照片：开幕式现场', './a.jpg')?.severity).toBe('warning');
    expect(judgeAlt('《三体》封面：黑底上的银色书名', './santi.jpg')).toBeUndefined();
    expect(judgeAlt('图书馆里的读者', './a.jpg')).toBeUndefined();
  });
});

describe('events during the week', () => {
  const outside = (text: string) => text.replace(/^start: .*$/m, 'start: 2023-12-02T09:00').replace(/^end: .*$/m, 'end: 2023-12-02T11:00');
  const file = 'events/2023/gz-tianhe-opening-ceremony.md';

  it('an event that does not touch the week without a note is a warning; with a note, or in another year, it is not', () => {
    expect(newProblems({ [file]: outside })).toEqual([
      { file, field: 'start', severity: 'warning', message: expect.stringMatching(/^活动时间（2023年12月2日（星期六）09:00 至 11:00）不在活动周（2023-11-18 至 2023-11-25）之内/) },
    ]);
    expect(newProblems({ [file]: (text) => outside(text).replace(/^end: .*$/m, (end) => `${end}\nnote: 延期到十二月举行。`) })).toEqual([]);
    // (Its year then differs from its folder's, which is a warning of its own: events filed by year.)
    expect(newProblems({ [file]: (text) => outside(text).replace(/^year: 2023$/m, 'year: 2024') }).filter((p) => p.field === 'start')).toEqual([]);
  });

  it('warns of a date written without its time beside one with a time, which the page would show as 00:00', () => {
    const dateOnly = (text: string) => text.replace(/^start: (\d{4}-\d{2}-\d{2})T.*$/m, 'start: $1');
    const start = /^start: (\d{4}-\d{2}-\d{2})T/m.exec(readFileSync(join(FIXTURE, file), 'utf8'))![1]!;
    expect(newProblems({ [file]: dateOnly })).toEqual([
      { file, field: 'start', severity: 'warning', message: expect.stringContaining(`start 是 ${start} 0:00，而 end 有具体时刻`) as string },
    ]);
    // Both days alone: a whole-day event, as meant.
    expect(newProblems({ [file]: (text) => dateOnly(text).replace(/^end: (\d{4}-\d{2}-\d{2})T.*$/m, 'end: $1') })).toEqual([]);
    // An end written as a later day alone, after a start with a time: the reader would see it end as that day begins.
    const lastDay = DateTime.fromISO(start).plus({ days: 2 }).toISODate()!;
    expect(newProblems({ [file]: (text) => text.replace(/^end: .*$/m, `end: ${lastDay}`) })).toEqual([
      { file, field: 'end', severity: 'warning', message: expect.stringContaining(`end 是 ${lastDay} 0:00，而 start 有具体时刻`) as string },
    ]);
    // Until midnight after an evening, or from 00:00 to a later day's 23:59: meant so.
    expect(newProblems({ [file]: (text) => text.replace(/^end: .*$/m, `end: ${DateTime.fromISO(start).plus({ days: 1 }).toISODate()!}T00:00`) })).toEqual([]);
    expect(newProblems({ [file]: (text) => text.replace(/^start: .*$/m, `start: ${start}T00:00`).replace(/^end: .*$/m, `end: ${lastDay}T23:59`) })).toEqual([]);
  });

  it('a featured event that ended before the build is a warning while the week is current, not once the year is over', () => {
    // gd-opening-ceremony (featured) ends on 18 November; gz-reading-month (featured) runs to the 30th.
    const featuredPast = checkInputs(site(), { SOURCE_DATE_EPOCH: DURING_WEEK }).problems.filter((p) => p.field === 'featured');
    const ended = ['events/2023/gd-opening-ceremony.md'];
    for (const id of ['dg-workers-online-lecture', 'sz-opening-ceremony', 'fs-shunde-elderly-smartphone', 'gd-online-lecture-digital-life', 'gz-liwan-chenjiaci-open-day']) {
      const text = readFileSync(join(FIXTURE, `events/2023/${id}.md`), 'utf8');
      const end = /^end: (.*)$/m.exec(text)![1]!;
      if (new Date(`${end}+08:00`).getTime() < Number(DURING_WEEK) * 1000) ended.push(`events/2023/${id}.md`);
    }
    expect(featuredPast.map((p) => p.file.replace(/^.*?\/content\//, '')).sort()).toEqual(ended.sort());
    expect(featuredPast[0]).toMatchObject({ severity: 'warning', message: expect.stringMatching(/^活动已于 2023-11-\d\d 结束，仍标为重点推荐（featured: true）/) });
    const later = String(Date.UTC(2024, 5, 1) / 1000);
    expect(checkInputs(site(), { SOURCE_DATE_EPOCH: later }).problems.filter((p) => p.field === 'featured')).toEqual([]);
  });
});

describe('events called off', () => {
  const file = 'events/2023/gz-tianhe-opening-ceremony.md';
  const withLines = (...lines: string[]) => (text: string) => text.replace(/^organizer: .*$/m, (line) => [line, ...lines].join('\n'));

  it('a note that says the event is cancelled or postponed, without status, is a warning on note saying what to write', () => {
    const note = '因台风天气，活动取消';
    expect(newProblems({ [file]: withLines(`note: ${note}`) })).toEqual([
      { file, field: 'note', severity: 'warning', message: readerChecksText.statusOnlyInNote(note, 'cancelled') },
    ]);
    expect(readerChecksText.statusOnlyInNote(note, 'cancelled')).toContain('status: cancelled');
    const later = '场馆维修，延期举办，时间另行通知';
    expect(newProblems({ [file]: withLines(`note: ${later}`) })).toEqual([
      { file, field: 'note', severity: 'warning', message: expect.stringContaining('status: postponed') as string },
    ]);
  });

  it('is quiet once status says it, and about a note that calls off something else or gives new dates', () => {
    expect(newProblems({ [file]: withLines('status: cancelled', 'note: 因台风天气，活动取消') })).toEqual([]);
    expect(newProblems({ [file]: withLines('status: postponed', 'note: 延期举办，时间另行通知') })).toEqual([]);
    expect(newProblems({ [file]: withLines('note: 如需取消报名，请致电主办单位') })).toEqual([]);
  });

  it('a featured event called off is a warning on featured: it is no longer recommended', () => {
    const changes = { [file]: (text: string) => withLines('status: cancelled')(text).replace(/^featured: false$/m, 'featured: true') };
    expect(newProblems(changes)).toEqual([
      { file, field: 'featured', severity: 'warning', message: readerChecksText.calledOffFeatured('cancelled') },
    ]);
  });

  it('a status that is not one of the two is an error listing them', () => {
    expect(newProblems({ [file]: withLines('status: 结束') })).toEqual([
      { file, field: 'status', message: inputText.content.event.status(['cancelled（已取消）', 'postponed（已延期）']) },
    ]);
  });
});

describe('venues: coordinates and addresses', () => {
  const settings = JSON.parse(readFileSync(join(FIXTURE, 'data/site.json'), 'utf8')) as { province: { name: string } };
  const CITY_EVENT = 'events/2023/gz-reading-month.md'; // region 440100, 广州市
  const PROVINCE_EVENT = 'events/2023/gd-opening-ceremony.md'; // region 440000
  const at = (lngLat: string) => (text: string) => text.replace(/^ {2}location: .*$/m, `  location: ${lngLat}`);
  const DONGGUAN_LIBRARY = [113.7518, 23.0205] as const;

  it('a venue in another city than the event’s is a warning naming both, as the map link would take readers there', () => {
    expect(newProblems({ [CITY_EVENT]: at(`[${DONGGUAN_LIBRARY.join(', ')}]`) })).toEqual([
      { file: CITY_EVENT, field: 'venue.location', severity: 'warning', message: readerChecksText.venueElsewhere(...DONGGUAN_LIBRARY, '东莞市', '广州市', '440100') },
    ]);
  });

  it('a venue outside the province is a warning; the province’s own event may be held anywhere in it, a city’s in any of its districts', () => {
    expect(newProblems({ [CITY_EVENT]: at('[116.3975, 39.9087]') })).toEqual([
      { file: CITY_EVENT, field: 'venue.location', severity: 'warning', message: readerChecksText.venueOutside(116.3975, 39.9087, settings.province.name) },
    ]);
    expect(newProblems({ [PROVINCE_EVENT]: at(`[${DONGGUAN_LIBRARY.join(', ')}]`) })).toEqual([]);
    // 越秀区 (the provincial library), one of 广州市's districts.
    expect(newProblems({ [CITY_EVENT]: at('[113.2795, 23.1267]') })).toEqual([]);
  });

  it('an address in another district than the event’s is a warning naming both; one naming only its city, or a street, is not', () => {
    const COUNTY_EVENT = 'events/2023/gz-tianhe-opening-ceremony.md'; // region 440106, 天河区
    const addressed = (address: string) => (text: string) => text.replace(/^ {2}address: .*$/m, `  address: "${address}"`);
    const yuexiu = '广州市越秀区文明路213号';
    expect(newProblems({ [COUNTY_EVENT]: addressed(yuexiu) })).toEqual([
      { file: COUNTY_EVENT, field: 'venue.address', severity: 'warning', message: readerChecksText.addressElsewhere(yuexiu, '广州市越秀区', '广州市天河区', '440106') },
    ]);
    const shenzhen = '深圳市南山区南山大道2093号';
    expect(newProblems({ [CITY_EVENT]: addressed(shenzhen) })).toEqual([
      { file: CITY_EVENT, field: 'venue.address', severity: 'warning', message: readerChecksText.addressElsewhere(shenzhen, '深圳市南山区', '广州市', '440100') },
    ]);
    expect(newProblems({ [COUNTY_EVENT]: addressed('广州市花城广场') })).toEqual([]);
    // 中山大道 is a street in 天河区, not 中山市.
    expect(newProblems({ [COUNTY_EVENT]: addressed('中山大道西55号') })).toEqual([]);
    expect(newProblems({ [PROVINCE_EVENT]: addressed(shenzhen) })).toEqual([]);
  });

  it('coordinates copied from a map, latitude first, are an error giving the pair to write', () => {
    expect(newProblems({ [CITY_EVENT]: at('[23.1176, 113.3249]') })).toEqual([
      { file: CITY_EVENT, field: 'venue.location', message: expect.stringContaining('请写成 [113.3249, 23.1176]') as string },
    ]);
  });
});

describe('showcases and links', () => {
  it('a learner or project without a cover is a warning', () => {
    const file = 'learners/he-wanqing.md';
    const problems = newProblems({ [file]: (text) => text.replace(/^cover:\n(?: {2}.*\n)+/m, '') });
    expect(problems).toEqual([{ file, field: 'cover', severity: 'warning', message: expect.stringMatching(/^没有封面照片（cover）：百姓学习之星/) }]);
  });

  it('an http:// link to a site the settings know by https:// is a warning with the address to use', () => {
    const settings = JSON.parse(readFileSync(join(FIXTURE, 'data/site.json'), 'utf8')) as { portals: { url?: string }[] };
    const secure = settings.portals.map((p) => p.url).find((u) => u?.startsWith('https://'))!;
    const plain = settings.portals.map((p) => p.url).find((u) => u?.startsWith('http://'))!;
    const insecure = `${secure.replace('https://', 'http://')}course/1`;
    const changes = {
      [EVENT]: (text: string) => body(`[课程](${insecure})，[协会](${plain})`)(text.replace(/^organizer:/m, `registration: ${insecure}\norganizer:`)),
    };
    const line = lineOf(EVENT, changes, '[课程]');
    expect(newProblems(changes)).toEqual([
      { file: EVENT, field: 'registration', severity: 'warning', message: `网址“${insecure}”用的是 http://，而该网站支持 https://：请改为“${secure}course/1”，读者的浏览器就不会提示“不安全”` },
      { file: EVENT, item: `第 ${line} 行`, field: '正文（body）', severity: 'warning', message: expect.stringContaining(`请改为“${secure}course/1”`) },
    ]);
  });

  it('text npm run new left to write (待填写) is a warning, by field and by body line', () => {
    const file = 'learners/he-wanqing.md';
    const changes = { [file]: (text: string) => body('（待填写：人物故事）')(text.replace(/^occupation: .*$/m, 'occupation: "（待填写：职业）"')) };
    expect(newProblems(changes)).toEqual([
      { file, field: 'occupation', severity: 'warning', message: '还是“待填写”：请换成实际内容，读者不应看到“待填写”' },
      { file, item: `第 ${lineOf(file, changes, '人物故事')} 行`, field: '正文（body）', severity: 'warning', message: '正文还有“待填写”：请换成实际内容，读者不应看到“待填写”' },
    ]);
  });

  it('a title or summary in Traditional characters is a warning naming each with its Simplified form; 乾隆 is not', () => {
    const changes = {
      [EVENT]: (text: string) =>
        text.replace(/^title: .*$/m, 'title: "廣州讀書月：乾隆年間的書"').replace(/^summary: .*$/m, 'summary: "在乾隆年间的古籍里读书"'),
    };
    expect(newProblems(changes)).toEqual([
      { file: EVENT, field: 'title', severity: 'warning', message: expect.stringContaining('廣→广、讀→读、書→书、間→间') },
    ]);
  });

  it('Markdown or HTML typed into a title or summary is a warning naming it; plain punctuation is not', () => {
    const changes = {
      [EVENT]: (text: string) =>
        text.replace(/^title: .*$/m, 'title: "**重磅** 广州读书月"').replace(/^summary: .*$/m, 'summary: "详见[报名页](https://example.cn/a)，5*3 人一组"'),
      'learners/he-wanqing.md': (text: string) => text.replace(/^summary: .*$/m, 'summary: "从《<b>论语</b>》读起，每天 1 小时"'),
    };
    const said = (found: string) => readerChecksText.markupInText(found);
    expect(newProblems(changes)).toEqual([
      { file: EVENT, field: 'title', severity: 'warning', message: said('**重磅**') },
      { file: EVENT, field: 'summary', severity: 'warning', message: said('[报名页](https://example.cn/a)') },
      { file: 'learners/he-wanqing.md', field: 'summary', severity: 'warning', message: said('<b>') },
    ]);
    expect(newProblems({ [EVENT]: (text: string) => text.replace(/^title: .*$/m, 'title: "读书月：1*2=2 与 <3 岁儿童>"') })).toEqual([]);
  });

  it('** that would show as asterisks in a body is a warning with its line and the words around it; bold that works, bold the build makes beside Chinese, code and \\*\\* are not', () => {
    const changes = {
      [EVENT]: body(
        [
          '主题是**“让学习成为一种生活方式”**。',
          '“**书香社区**”和**图书馆**都开放，`**代码**` 照写，\\*\\*不是粗体\\*\\*。',
          '```',
          '**代码块**“里”**的**',
          '```',
          '请带上**（身份证）**报名。',
          // A link between the marks: the pair is in two texts, which the build takes together.
          '**报名：[点此](/events/)**后填写。',
          // A mark without its pair, across a link too.
          '**报名：[点此](/events/)后填写。',
          '每场限**50**人，满**即止。',
        ].join('\n\n'),
      ),
    };
    const said = (excerpt: string) => readerChecksText.literalBold(excerpt);
    const at = (needle: string) => readerChecksText.line(lineOf(EVENT, changes, needle));
    const field = readerChecksText.bodyField;
    expect(newProblems(changes)).toEqual([
      { file: EVENT, item: at('点此](/events/)后'), field, severity: 'warning', message: said('**报名：') },
      { file: EVENT, item: at('即止'), field, severity: 'warning', message: said('人，满**即止。') },
    ]);
  });

  it('a link or heading typed with a Chinese input method’s marks is a warning with its line and the line in Markdown’s marks; code, tags and real ones are not', () => {
    const lines = [
      '报名请点【报名页面】（https://signup.example.cn/1）。',
      '详见[全省通知]（/notices/gd-2023/）',
      '＃＃ 活动安排',
      '##报名方式',
      '#全民终身学习活动周# 今天开幕。',
      '## 已经是小标题',
      '见[通知](/notices/gd-2023/)，`【代码】（/x）` 照写。',
      '```',
      '＃＃ 代码块里',
      '```',
    ];
    const changes = { [EVENT]: body(lines.join('\n\n')) };
    const at = (needle: string) => readerChecksText.line(lineOf(EVENT, changes, needle));
    const field = readerChecksText.bodyField;
    const link = (written: string, fixed: string) => readerChecksText.chineseInputLink(written, fixed);
    const heading = (written: string, fixed: string) => readerChecksText.chineseInputHeading(written, fixed);
    expect(newProblems(changes)).toEqual([
      { file: EVENT, item: at('报名页面'), field, severity: 'warning', message: link('【报名页面】（https://signup.example.cn/1）', '[报名页面](https://signup.example.cn/1)') },
      { file: EVENT, item: at('全省通知'), field, severity: 'warning', message: link('[全省通知]（/notices/gd-2023/）', '[全省通知](/notices/gd-2023/)') },
      { file: EVENT, item: at('＃＃ 活动安排'), field, severity: 'warning', message: heading('＃＃ 活动安排', '## 活动安排') },
      { file: EVENT, item: at('##报名方式'), field, severity: 'warning', message: heading('##报名方式', '## 报名方式') },
    ]);
  });

  it('a line that starts a label or an item right under another line of its paragraph is a warning: the page runs them together', () => {
    const lines = [
      '地点：广州图书馆',
      '时间：上午九点',
      '',
      '报名须知',
      '一、带身份证',
      '（2）提前到场',
      '',
      '分开的一行\\',
      '电话：020-12345678',
      '',
      '本站由教育厅组织建设，',
      '各地编辑提供内容。',
      '',
      '- 第一项',
      '- 第二项',
      '',
      '```',
      '地点：代码块',
      '时间：照写',
      '```',
    ];
    const changes = { [EVENT]: body(lines.join('\n')) };
    const at = (needle: string) => readerChecksText.line(lineOf(EVENT, changes, needle));
    const field = readerChecksText.bodyField;
    const said = (excerpt: string) => readerChecksText.runTogetherLines(excerpt);
    expect(newProblems(changes)).toEqual([
      { file: EVENT, item: at('时间：上午九点'), field, severity: 'warning', message: said('地点：广州图书馆⏎时间：上午九点') },
      { file: EVENT, item: at('一、带身份证'), field, severity: 'warning', message: said('报名须知⏎一、带身份证') },
      { file: EVENT, item: at('（2）提前到场'), field, severity: 'warning', message: said('一、带身份证⏎（2）提前到场') },
    ]);
  });

  it('warnings never stop: a site with only warnings has no error', () => {
    const problems = checkInputs(site(), {}).problems;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.filter((p) => !isWarning(p))).toEqual([]);
  });
});
