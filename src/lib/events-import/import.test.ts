import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '../../../tests/support/fixture.ts';
import { checkEntry } from '../content/check-entries.ts';
import { ACCESSIBILITY_MAX } from '../content/schemas.ts';
import { fileLabelOf } from '../input-problem.ts';
import { placeWords } from '../regions/index.ts';
import { readRegionData } from '../regions/data-files.ts';
import { spreadsheetText } from '../../i18n/zh-CN/spreadsheet.ts';
import { eventsImportText } from '../../i18n/zh-CN/events-import.ts';
import { inputText } from '../../i18n/zh-CN/input.ts';
import { readCsv, readXlsx, type Sheet } from '../spreadsheet/index.ts';
import { importEvents, markdownText, splitIntro } from './import.ts';
import { defaultEventsMapping, parseEventsMapping } from './mapping.ts';
import { SHIPPED_TEMPLATE } from './shipped-template.ts';
import { buildEventsTemplate } from './template.ts';

const HEADER = '活动名称,地区,开始时间,结束时间,地点,地址,线上链接,主办单位,类型,适合人群,报名链接,简介';
const GOOD =
  '长者智能手机课堂,天河,2024-11-20 14:30,16:30,天河区图书馆,广州市天河区天府路1号,,天河区教育局,研讨活动,老年人,https://signup.example.cn/1,教长者用手机挂号。现场有志愿者。';

function sheet(lines: string[], file = '活动表.csv'): Sheet {
  const read = readCsv(new TextEncoder().encode(lines.join('\n')), file);
  if (!read.ok) throw new Error(read.message);
  return read.sheet;
}

function content(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'import-events-')), 'content');
  mkdirSync(join(dir, 'events'), { recursive: true });
  return dir;
}

const run = (lines: string[], dir = content()) =>
  importEvents(sheet(lines), { mapping: defaultEventsMapping(), year: 2024, contentDir: dir });
const frontMatter = (text: string) =>
  JSON.parse(JSON.stringify(yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!))) as Record<string, unknown>;

describe('importing a city’s event list', () => {
  it('turns a row into an event the check accepts, with the words of the sheet read as the site’s keys', () => {
    const result = run([HEADER, GOOD]);
    expect(result.bad).toEqual([]);
    const [event] = result.good;
    expect(event!.path).toMatch(/events\/2024\/tian-he-zhang-zhe-zhi-neng-shou-ji-ke-tang\.md$/);
    expect(checkEntry('events', event!.path, event!.text)).toEqual([]);
    expect(frontMatter(event!.text)).toEqual({
      title: '长者智能手机课堂',
      region: '440106',
      year: 2024,
      summary: '教长者用手机挂号。现场有志愿者。',
      type: 'seminar',
      start: '2024-11-20T14:30',
      end: '2024-11-20T16:30',
      venue: { name: '天河区图书馆', address: '广州市天河区天府路1号' },
      organizer: '天河区教育局',
      audience: ['elderly'],
      registration: 'https://signup.example.cn/1',
    });
    expect(event!.text).toContain('# 由 活动表.csv 第 2 行导入（npm run import-events）');
  });

  it('names each bad row by row and column, in Chinese with the key', () => {
    const result = run([
      HEADER,
      GOOD.replace('天河,', '广州市黄浦区,'),
      GOOD.replace('研讨活动', '阅读'),
      GOOD.replace(',老年人,', ',老年人、外国友人,'),
      GOOD.replace('2024-11-20 14:30,16:30', '2024-11-20 14:30,2024-11-22'),
      GOOD.replace('广州市天河区天府路1号', ''),
      GOOD.replace('https://signup.example.cn/1', '扫码报名'),
      GOOD.replace('天河区教育局', ''),
    ]);
    expect(result.good).toEqual([]);
    const lines = result.bad.flatMap((b) => b.problems.map((p) => `${p.item} › ${p.field}：${p.message}`));
    expect(lines).toEqual([
      '第 2 行（长者智能手机课堂） › B 列“地区”（region）：“广州市黄浦区”不是广东省的地市或县（市、区）：是否应为 广州市黄埔区 440112、广州市荔湾区 440103、广州市越秀区 440104？',
      // 阅读 is part of two kinds' names: those two to pick from.
      '第 3 行（长者智能手机课堂） › I 列“类型”（type）：“阅读”可指 主题阅读（themed_reading）、数字阅读分享（digital_reading）：请按实际情况写其中一个（中文名或英文代码均可）',
      expect.stringMatching(/^第 4 行（长者智能手机课堂） › J 列“适合人群”（audience）：“外国友人”不是可选的值/),
      '第 5 行（长者智能手机课堂） › D 列“结束时间”（end）：“2024-11-22”只有日期，没有时刻，而开始时间有时刻：请写上结束时刻，如 2024-11-22 17:00；全天活动请把开始时间也只写日期',
      '第 6 行（长者智能手机课堂） › F 列“地址”（address）：有地点，却没有地址：请填写详细地址，读者要靠它找到场地',
      '第 7 行（长者智能手机课堂） › K 列“报名链接”（registration）：“扫码报名”不是网址：须以 http:// 或 https:// 开头；报名电话、二维码等请写在简介里',
      '第 8 行（长者智能手机课堂） › H 列“主办单位”（organizer）：主办单位为空：请填写',
    ]);
  });

  it('joins the lines of a cell (Alt+Enter) into one, but a 简介’s paragraphs, which stay the body’s', () => {
    const broken =
      '"长者智能\n手机课堂",天河,2024-11-20 14:30,16:30,"天河区\n图书馆","广州市天河区\n天府路1号",,"天河区\nEducation Bureau",研讨活动,老年人,,"教长者用手机挂号。\n\n现场有志愿者。"';
    const result = run([HEADER, broken]);
    expect(result.bad).toEqual([]);
    const values = frontMatter(result.good[0]!.text);
    expect([values.title, values.venue, values.organizer, values.summary]).toEqual([
      '长者智能手机课堂',
      { name: '天河区图书馆', address: '广州市天河区天府路1号' },
      '天河区 Education Bureau',
      '教长者用手机挂号。',
    ]);
    expect(result.good[0]!.text).toContain('\n现场有志愿者。');
  });

  it('takes a 无障碍设施 column into the venue, its lines as one, and names its column when it has no venue or runs long', () => {
    const header = `${HEADER},无障碍设施`;
    const access = '正门有坡道，电梯直达三楼';
    const online = GOOD.replace('天河区图书馆,广州市天河区天府路1号,', ',,https://live.example.cn/1');
    const result = run([
      header,
      `${GOOD},"${access.replace('，', '，\n')}"`,
      `${online},${access}`,
      `${GOOD.replace('长者', '长辈')},${'坡'.repeat(ACCESSIBILITY_MAX + 1)}`,
      `${GOOD.replace('长者', '老人')},暂无`,
    ]);
    expect(result.good.map((g) => frontMatter(g.text).venue)).toEqual([
      { name: '天河区图书馆', address: '广州市天河区天府路1号', accessibility: access },
    ]);
    const lines = result.bad.flatMap((b) => b.problems.map((p) => `${p.item} › ${p.field}：${p.message}`));
    expect(lines).toEqual([
      `第 3 行（长者智能手机课堂） › M 列“无障碍设施”（accessibility）：${eventsImportText.cell.accessibilityWithoutVenue}`,
      `第 4 行（长辈智能手机课堂） › M 列“无障碍设施”（accessibility）：${inputText.content.event.venueAccessibilityTooLong}`,
      `第 5 行（老人智能手机课堂） › M 列“无障碍设施”（accessibility）：${inputText.content.event.venueAccessibilityNone('暂无')}`,
    ]);
  });

  it('reads a region as a form’s region picker exports it', () => {
    const result = run([
      HEADER,
      GOOD.replace('天河,', '广东省-广州市-天河区,'),
      GOOD.replace('天河,', '广州/天河,').replace('长者', '老年'),
    ]);
    expect(result.good.map((g) => frontMatter(g.text).region)).toEqual(['440106', '440106']);
  });

  it('reads a start with its weekday, and names the column whose weekday is another day’s', () => {
    const day = new Date(Date.UTC(2024, 10, 20)).getUTCDay();
    const weekday = '日一二三四五六'[day]!;
    const other = '日一二三四五六'[(day + 1) % 7]!;
    const good = run([HEADER, GOOD.replace('2024-11-20 14:30', `2024年11月20日（周${weekday}）14:30`)]);
    expect(good.good.map((g) => frontMatter(g.text).start)).toEqual(['2024-11-20T14:30']);
    const wrong = `2024年11月20日（周${other}）14:30`;
    const bad = run([HEADER, GOOD.replace('2024-11-20 14:30', wrong)]);
    expect(bad.bad.flatMap((b) => b.problems.map((p) => p.field))).toEqual(['C 列“开始时间”（start）']);
    expect(bad.bad[0]!.problems[0]!.message).toContain(`“${wrong}”里的星期几和日期对不上`);
  });

  it('says a day no calendar has is no day, quoting it as typed, in whichever column it is', () => {
    const start = run([HEADER, GOOD.replace('2024-11-20 14:30', '11月31日 14:30')]);
    expect(start.bad.flatMap((b) => b.problems.map((p) => `${p.field}：${p.message}`))).toEqual([
      `C 列“开始时间”（start）：${spreadsheetText.date.impossible('11月31日 14:30')}`,
    ]);
    const end = run([HEADER, GOOD.replace(',16:30,', ',11月31日 16:30,')]);
    expect(end.bad.flatMap((b) => b.problems.map((p) => p.message))).toEqual([spreadsheetText.date.impossible('11月31日 16:30')]);
  });

  it('refuses a link cell with words after the address, naming row and column', () => {
    const result = run([
      HEADER,
      GOOD.replace(',,天河区教育局', ',https://meeting.tencent.com/dm/abc 会议号：123 456 789,天河区教育局'),
    ]);
    expect(result.good).toEqual([]);
    expect(result.bad.flatMap((b) => b.problems.map((p) => `${p.field}：${p.message}`))).toEqual([
      'G 列“线上链接”（online）：网址后面不能跟别的文字：这一列只写网址 https://meeting.tencent.com/dm/abc；“会议号：123 456 789”（会议号、密码等）请写在简介里',
    ]);
  });

  it('reads a town or street office as the division it lies in, as 东莞 and 中山 list their events', () => {
    const result = run([
      HEADER,
      GOOD.replace('天河,', '东莞市长安镇,'),
      GOOD.replace('天河,', '中山市小榄镇,').replace('长者', '老年'),
      GOOD.replace('天河,', '广州市天河区五山街道,').replace('长者', '老人'),
    ]);
    expect(result.bad).toEqual([]);
    expect(result.good.map((g) => frontMatter(g.text).region)).toEqual(['441900', '442000', '440106']);
  });

  it('says a region of another province is outside this one, not a look-alike of a name here', () => {
    const beijing = readRegionData('110000').province.name;
    const { name, typed } = placeWords();
    const result = run([HEADER, GOOD.replace('天河,', `${beijing}海淀区,`)]);
    expect(result.bad.flatMap((b) => b.problems.map((p) => `${p.field}：${p.message}`))).toEqual([
      `B 列“地区”（region）：“${beijing}海淀区”属于${beijing}，不在${name}：只能填写${name}的地市或县（市、区），如“${typed.countyFull}”或 ${typed.countyCode}；请核对`,
    ]);
  });

  it('gives a start with a time and no end two hours, as npm run new does', () => {
    const result = run([HEADER, GOOD.replace('2024-11-20 14:30,16:30', '2024-11-20 14:30,')]);
    expect(result.bad).toEqual([]);
    expect(frontMatter(result.good[0]!.text)).toMatchObject({ start: '2024-11-20T14:30', end: '2024-11-20T16:30' });
    expect(checkEntry('events', result.good[0]!.path, result.good[0]!.text)).toEqual([]);
  });

  it('reads an Excel time cell as the end, and refuses a formula with no saved result', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('活动表');
    ws.getRow(1).values = HEADER.split(',');
    ws.getRow(2).values = GOOD.split(',').map((v) => v || undefined);
    ws.getCell('D2').value = new Date(Date.UTC(1899, 11, 30, 17, 0));
    ws.getCell('D2').numFmt = 'h:mm';
    ws.getRow(3).values = GOOD.replace('长者智能手机课堂', '亲子共读')
      .split(',')
      .map((v) => v || undefined);
    ws.getCell('H3').value = { formula: 'Sheet2!A1' };
    const read = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()), '活动表.xlsx');
    if (!read.ok) throw new Error(read.message);
    const result = importEvents(read.sheet, { mapping: defaultEventsMapping(), year: 2024, contentDir: content() });
    expect(result.good.map((g) => frontMatter(g.text))).toEqual([
      expect.objectContaining({ start: '2024-11-20T14:30', end: '2024-11-20T17:00' }),
    ]);
    expect(result.bad.flatMap((b) => b.problems.map((p) => `${p.item} › ${p.field}：${p.message}`))).toEqual([
      '第 3 行（亲子共读） › H 列“主办单位”（organizer）：公式没有计算结果：请在 Excel 或 WPS 中打开并保存后再导出，或改为直接填写',
    ]);
  });

  it('takes a link column’s hyperlink target, checked like a typed address, and any other column’s shown text', async () => {
    const live = 'https://live.example.cn/9';
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('活动表');
    ws.getRow(1).values = HEADER.split(',');
    ws.getRow(2).values = GOOD.split(',').map((v) => v || undefined);
    ws.getCell('A2').value = { text: '长者智能手机课堂', hyperlink: 'https://example.cn/about' };
    ws.getCell('G2').value = { text: '直播', hyperlink: live };
    ws.getCell('K2').value = { formula: 'HYPERLINK("https://signup.example.cn/2","报名")', result: '报名' };
    ws.getRow(3).values = GOOD.replace('长者智能手机课堂', '亲子共读')
      .split(',')
      .map((v) => v || undefined);
    ws.getCell('K3').value = { text: '报名', hyperlink: 'javascript:alert(1)' };
    const read = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()), '活动表.xlsx');
    if (!read.ok) throw new Error(read.message);
    const result = importEvents(read.sheet, { mapping: defaultEventsMapping(), year: 2024, contentDir: content() });
    expect(result.good.map((g) => frontMatter(g.text))).toEqual([
      expect.objectContaining({ title: '长者智能手机课堂', online: live, registration: 'https://signup.example.cn/2' }),
    ]);
    expect(result.bad.flatMap((b) => b.problems.map((p) => `${p.item} › ${p.field}：${p.message}`))).toEqual([
      '第 3 行（亲子共读） › K 列“报名链接”（registration）：“报名”链接到的“javascript:alert(1)”不是网址：链接须以 http:// 或 https:// 开头，请改为网页的网址',
    ]);
  });

  it('names the worksheet it read when it finds no header', () => {
    const read = { ...sheet(['说明', '无']), sheetName: '封面' };
    const result = importEvents(read, { mapping: defaultEventsMapping(), year: 2024, contentDir: content() });
    expect(result.sheetProblems[0]!.message).toMatch(/^在工作表“封面”中，在前 10 行中找不到表头/);
  });

  it('skips a row already in the content folder, and a row the sheet repeats', () => {
    const dir = content();
    mkdirSync(join(dir, 'events/2024'));
    // Typed by hand before, under another name, with the title spaced differently.
    writeFileSync(
      join(dir, 'events/2024/by-hand.md'),
      '---\ntitle: "长者 智能手机课堂"\nregion: "440106"\nstart: 2024-11-20T14:30\n---\n',
    );
    const result = run(
      [HEADER, GOOD, GOOD.replace('长者智能手机课堂', '亲子共读'), GOOD.replace('长者智能手机课堂', '亲子共读')],
      dir,
    );
    expect(result.skipped).toEqual([{ row: 2, file: expect.stringMatching(/events\/2024\/by-hand\.md$/) }]);
    expect(result.repeated).toEqual([{ row: 4, first: 3 }]);
    expect(result.good.map((g) => g.row)).toEqual([3]);
  });

  it('refuses a row whose event is there on the same day at another time, and takes another day as another session', () => {
    const dir = content();
    const row = (start: string) => GOOD.replace('2024-11-20 14:30,16:30', `${start},`);
    const first = run([HEADER, row('11月20日 9:30')], dir);
    for (const g of first.good) {
      mkdirSync(join(g.path, '..'), { recursive: true });
      writeFileSync(g.path, g.text);
    }
    const file = fileLabelOf(first.good[0]!.path);

    const again = run([HEADER, row('11月20日 10:00'), row('11月27日 9:30')], dir);
    expect(again.good.map((g) => [g.row, frontMatter(g.text).start])).toEqual([[3, '2024-11-27T09:30']]);
    expect(again.skipped).toEqual([]);
    expect(again.bad.map((b) => b.row)).toEqual([2]);
    const [problem] = again.bad[0]!.problems;
    expect(problem!.field).toBe('C 列“开始时间”（start）');
    expect(problem!.message).toContain(`${file}（2024-11-20 09:30）`);
    expect(problem!.message).toContain('表中开始时间却是 2024-11-20 10:00：这一行未导入');
    expect(problem!.message).toContain('请直接修改该文件');
    expect(problem!.message).toContain('请在表中把活动名称改得不同');
    // Unchanged, the row is still recognised as imported.
    expect(run([HEADER, row('11月20日 9:30')], dir).skipped).toEqual([{ row: 2, file }]);
  });

  it('gives two events of the same name two files, and never a name that is taken', () => {
    const dir = content();
    mkdirSync(join(dir, 'events/2024'));
    writeFileSync(join(dir, 'events/2024/tian-he-zhang-zhe-zhi-neng-shou-ji-ke-tang.md'), '---\ntitle: 别的活动\n---\n');
    const result = run([HEADER, GOOD, GOOD.replace('2024-11-20 14:30,16:30', '2024-11-21 14:30,16:30')], dir);
    expect(result.good.map((g) => g.id)).toEqual([
      '2024/tian-he-zhang-zhe-zhi-neng-shou-ji-ke-tang-2',
      '2024/tian-he-zhang-zhe-zhi-neng-shou-ji-ke-tang-3',
    ]);
  });

  it('finds columns by other headers through a mapping, and says which column is missing', () => {
    const mapping = parseEventsMapping('title: [项目]\nheaderRow: 2\n', 'map.yaml');
    if (!mapping.ok) throw new Error(JSON.stringify(mapping.problems));
    const lines = ['2024年活动安排', HEADER.replace('活动名称', '项目'), GOOD];
    expect(importEvents(sheet(lines), { mapping: mapping.mapping, year: 2024, contentDir: content() }).good).toHaveLength(1);
    const missing = run([HEADER.replace(',主办单位', ',承办'), GOOD]);
    expect(missing.sheetProblems).toEqual([
      expect.objectContaining({
        field: 'organizer',
        message: expect.stringMatching(/^缺少“主办单位”列（也接受：主办方、举办单位、主办）；表头中现有：/),
      }),
    ]);
    expect(parseEventsMapping('titel: [项目]', 'map.yaml')).toMatchObject({
      ok: false,
      problems: [{ field: 'titel', message: expect.stringContaining('是否应为 title') }],
    });
  });

  it('keeps what a 简介 says as text: its first sentences the summary, the rest the body', () => {
    expect(splitIntro(`第一句。\n${'很长'.repeat(120)}。`)).toEqual({ summary: '第一句。', body: `${'很长'.repeat(120)}。` });
    expect(splitIntro('只有一句。\n第二句。')).toEqual({ summary: '只有一句。第二句。', body: '' });
    // A line break is a space between words not written in CJK, nothing between CJK characters.
    expect(splitIntro('First line\nsecond line.').summary).toBe('First line second line.');
    expect(splitIntro('学习 Python\n入门。').summary).toBe('学习 Python 入门。');
    expect(splitIntro('长者智能\r\n手机课堂。').summary).toBe('长者智能手机课堂。');
    expect(splitIntro('没有句号'.repeat(60)).summary).toHaveLength(200);
    expect(splitIntro('没有句号'.repeat(60)).body).toBe('没有句号'.repeat(60));
    expect(markdownText('带*星号*和<b>标签</b>\n# 不是标题\n1. 不是列表')).toEqual([
      '带\\*星号\\*和\\<b\\>标签\\</b\\>',
      '',
      '\\# 不是标题',
      '',
      '1\\. 不是列表',
    ]);
  });

  it('imports the template shipped in docs/, filled in as a city would; a template made for a year says so', async () => {
    expect(buildEventsTemplate(2024).title).toBe('2024 年全民终身学习活动周活动表');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(SHIPPED_TEMPLATE) as unknown as ArrayBuffer);
    expect(workbook.title).toBe('全民终身学习活动周活动表');
    const rows = workbook.getWorksheet('活动表')!;
    // Filled in under the template's own headers, whatever their order.
    const headers = (rows.getRow(1).values as unknown[]).slice(1).map(String);
    const fill = (row: number, line: string) => {
      const byHeader = new Map(HEADER.split(',').map((header, i) => [header, line.split(',')[i] || undefined]));
      rows.getRow(row).values = headers.map((header) => byHeader.get(header));
    };
    fill(2, GOOD);
    fill(3, '线上讲座：数字生活,省本级,11月22日 19:30,21:00,,,https://live.example.cn/9,省教育厅,线上社会大讲堂,所有人,,线上直播。');
    const read = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()), '活动表.xlsx');
    if (!read.ok) throw new Error(read.message);
    const result = importEvents(read.sheet, { mapping: defaultEventsMapping(), year: 2024, contentDir: content() });
    expect(result.bad).toEqual([]);
    expect(result.good.map((g) => frontMatter(g.text))).toEqual([
      expect.objectContaining({ region: '440106', start: '2024-11-20T14:30' }),
      expect.objectContaining({
        region: '440000',
        type: 'online_lecture',
        start: '2024-11-22T19:30',
        online: 'https://live.example.cn/9',
        audience: ['all'],
      }),
    ]);
  });

  it('reads the fixture site’s folder without touching it', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'import-events-')), 'content');
    cpSync(FIXTURE_CONTENT, dir, { recursive: true });
    // The fixture's 广州读书月 as a row: recognised as there already.
    const row =
      '书香羊城·终身学习主题阅读月,广州,2023-11-01 09:00,2023-11-30 21:00,广州图书馆,广州市天河区珠江东路4号,,广州图书馆,主题阅读,所有人,,阅读月。';
    expect(run([HEADER, row], dir).skipped).toEqual([{ row: 2, file: expect.stringMatching(/events\/2023\/gz-reading-month\.md$/) }]);
  });
});
