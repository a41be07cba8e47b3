/**
 * Sheets as county offices send them: their own region headers, columns the
 * mapping does not know, hidden rows, a totals row under the list, a
 * 简介 in paragraphs. What a county editor would notice is asserted.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readCsv, readXlsx, type Sheet } from '../spreadsheet/index.ts';
import { importEvents, splitIntro } from './import.ts';
import { defaultEventsMapping, parseEventsMapping } from './mapping.ts';

const HEADER = '活动名称,地区,开始时间,结束时间,地点,地址,线上链接,主办单位,类型,适合人群,报名链接,简介';
const GOOD =
  '长者智能手机课堂,天河,2024-11-20 14:30,16:30,天河区图书馆,广州市天河区天府路1号,,天河区教育局,研讨活动,老年人,,教长者用手机挂号。';

function sheet(lines: string[]): Sheet {
  const read = readCsv(new TextEncoder().encode(lines.join('\n')), '活动表.csv');
  if (!read.ok) throw new Error(read.message);
  return read.sheet;
}

function content(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'import-events-')), 'content');
  mkdirSync(join(dir, 'events'), { recursive: true });
  return dir;
}

const importSheet = (read: Sheet) => importEvents(read, { mapping: defaultEventsMapping(), year: 2024, contentDir: content() });
const run = (lines: string[]) => importSheet(sheet(lines));
const frontMatter = (text: string) =>
  JSON.parse(JSON.stringify(yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!))) as Record<string, unknown>;

describe('a county office’s own sheet', () => {
  it('finds the region under the headers Guangdong’s county sheets use', () => {
    for (const header of ['县（市、区）', '县(市、区)', '县区', '所在地区']) {
      const result = run([HEADER.replace('地区', header), GOOD]);
      expect(result.sheetProblems, header).toEqual([]);
      expect(
        result.good.map((g) => frontMatter(g.text).region),
        header,
      ).toEqual(['440106']);
    }
  });

  it('takes a 简介’s first paragraph as the summary and the others as the body, losing no character', () => {
    const intro = '第一段介绍活动。\n\n第二段：报名电话0763-6612345。';
    const result = run([HEADER, GOOD.replace('教长者用手机挂号。', `"${intro}"`)]);
    const [event] = result.good;
    expect(frontMatter(event!.text).summary).toBe('第一段介绍活动。');
    expect(event!.text.split('\n---\n')[1]!.trim()).toBe('第二段：报名电话0763-6612345。');

    const long = `${'很长的一句'.repeat(30)}。${'第二句'.repeat(20)}。`;
    const split = splitIntro(`${long}\n\n另一段。\n\n第三段。`);
    expect(split.summary).toBe(`${'很长的一句'.repeat(30)}。`);
    expect(split.body).toBe(`${'第二句'.repeat(20)}。\n\n另一段。\n\n第三段。`);
    const uncut = splitIntro(`${'没有句号'.repeat(60)}\n\n另一段。`);
    expect(uncut.body).toBe(`${'没有句号'.repeat(60)}\n\n另一段。`);
  });

  it('passes over a totals or notes line under the list, naming it, and imports the events above', () => {
    const result = run([HEADER, GOOD, '合计：1项', ',,,,,,,注:时间以当天通知为准']);
    expect(result.bad).toEqual([]);
    expect(result.good.map((g) => g.row)).toEqual([2]);
    expect(result.footers).toEqual([
      { row: 3, text: '合计：1项' },
      { row: 4, text: '注:时间以当天通知为准' },
    ]);
    // Who filled the form in, under any columns: 联系电话 under 地区 is no region.
    const signed = run([HEADER, GOOD, '填表人：张三,联系电话：0751-1234567', ',,,,,,,审核人:李四']);
    expect(signed.bad).toEqual([]);
    expect(signed.footers).toEqual([
      { row: 3, text: '填表人：张三 联系电话：0751-1234567' },
      { row: 4, text: '审核人:李四' },
    ]);
    // An event whose title starts so is still an event, and still checked.
    const event = run([HEADER, GOOD.replace('长者智能手机课堂', '说明会'), '说明会,天河']);
    expect(event.footers).toEqual([]);
    expect(event.good.map((g) => g.row)).toEqual([2]);
    expect(event.bad.map((b) => b.row)).toEqual([3]);
  });

  it('leaves out a row hidden in Excel, as the office meant, and names it', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('活动表');
    const cancelled = GOOD.replace('长者智能手机课堂', '已取消的讲座');
    [HEADER, GOOD, cancelled, GOOD.replace('长者智能手机课堂', '亲子共读')].forEach((line, i) => {
      ws.getRow(i + 1).values = line.split(',').map((v) => v || undefined);
    });
    ws.getRow(3).hidden = true;
    const read = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()), '活动表.xlsx');
    if (!read.ok) throw new Error(read.message);
    const result = importSheet(read.sheet);
    expect(result.hidden).toEqual([3]);
    expect(result.good.map((g) => g.title)).toEqual(['长者智能手机课堂', '亲子共读']);
  });

  it('names the columns it does not import that hold something, and imports the rest', () => {
    const extra = ['备注', '联系电话', '联系人', '审核'];
    const header = [...HEADER.split(','), ...extra].join(',');
    const result = run([header, `${GOOD},需预约,0763-6612345,张三,`, `${GOOD.replace('长者', '老年')},,,,,无表头的内容`]);
    expect(result.good).toHaveLength(2);
    const first = HEADER.split(',').length;
    // 审核 has nothing under it: nothing is lost there. The column after it has no header but holds text.
    expect(result.unreadColumns).toEqual([
      { column: first, header: '备注' },
      { column: first + 1, header: '联系电话' },
      { column: first + 2, header: '联系人' },
      { column: first + 4, header: '' },
    ]);
    // The office's numbering of its rows says nothing of an event.
    const numbered = run([`序号,${HEADER}`, `1,${GOOD}`]);
    expect(numbered.good).toHaveLength(1);
    expect(numbered.unreadColumns).toEqual([]);
  });

  it('says what to fix in a mapping file with a Chinese colon or a Tab indent, as the content check says it', () => {
    const problems = (text: string) => {
      const read = parseEventsMapping(text, '映射.yaml');
      return read.ok ? [] : read.problems.map((p) => `${p.file} › ${p.field}：${p.message}`);
    };
    expect(problems('title：[项目名称]\n')).toEqual([
      '映射.yaml › title：不是有效的 YAML 或 JSON：第 1 行：title 后面是中文冒号“：”，请改成英文冒号加一个空格：title: [项目名称]',
    ]);
    expect(problems('title: [项目名称]\nregion：[县区]\n')).toEqual([
      '映射.yaml › region：不是有效的 YAML 或 JSON：第 2 行：region 后面是中文冒号“：”，请改成英文冒号加一个空格：region: [县区]',
    ]);
    expect(problems('title: [项目名称]\n\tregion: [县区]\n')).toEqual([
      '映射.yaml › （整个文件）：不是有效的 YAML 或 JSON：第 2 行：缩进里不能用 Tab 键，请改用空格',
    ]);
  });
});
