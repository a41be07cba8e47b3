/**
 * Lists as a province's office compiles them from its cities and counties:
 * the city in one column and the county beside it (地市 | 区县), the county
 * left blank, or 本级, for a city's own event. The county is read within its
 * city; the city alone is the city.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readRegionData } from '../regions/data-files.ts';
import { readCsv, readXlsx, type Sheet } from '../spreadsheet/index.ts';
import { importEvents } from './import.ts';
import { defaultEventsMapping, parseEventsMapping, type EventsMapping } from './mapping.ts';

const guangdong = readRegionData('440000');
const city = (name: string) => guangdong.cities.find((c) => c.name === name)!;
const county = (cityName: string, name: string) =>
  guangdong.counties.find((c) => c.parent === city(cityName).code && c.name === name)!;

const REST = '开始时间,地点,地址,主办单位,类型,简介';
const rest = (title: string) => `2024-11-20 14:30,图书馆,文化路1号,教育局,研讨活动,${title}简介。`;

function importSheet(sheet: Sheet, mapping: EventsMapping = defaultEventsMapping()) {
  const contentDir = join(mkdtempSync(join(tmpdir(), 'import-city-')), 'content');
  mkdirSync(join(contentDir, 'events'), { recursive: true });
  return importEvents(sheet, { mapping, year: 2024, contentDir });
}
function run(lines: string[], mapping?: EventsMapping) {
  const read = readCsv(new TextEncoder().encode(lines.join('\n')), '活动表.csv');
  if (!read.ok) throw new Error(read.message);
  return importSheet(read.sheet, mapping);
}
const regions = (result: ReturnType<typeof importSheet>) => result.good.map((g) => /\nregion: "(\d+)"/.exec(g.text)?.[1]);

describe('a list with the city and the county in two columns', () => {
  it.each([
    ['地市', '区县'],
    ['城市', '县（市、区）'],
    ['所属地市', '地区'],
  ])('reads %s beside %s: the county within its city, the city where the county is blank or 本级', (cityHeader, countyHeader) => {
    const result = run([
      `活动名称,${cityHeader},${countyHeader},${REST}`,
      `课堂,广州市,天河区,${rest('课堂')}`,
      `读书会,广州,,${rest('读书会')}`,
      `夜校,深圳市,本级,${rest('夜校')}`,
      // 城区 is a district of several cities: the city column says which.
      `讲座,汕尾市,城区,${rest('讲座')}`,
    ]);
    expect(result.sheetProblems).toEqual([]);
    expect(result.bad).toEqual([]);
    expect(regions(result)).toEqual([
      county('广州市', '天河区').code,
      city('广州市').code,
      city('深圳市').code,
      county('汕尾市', '城区').code,
    ]);
  });

  it('reads a city cell merged down over its counties’ rows, as an office’s workbook has it, for each of them', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('活动');
    sheet.addRow(['地市', '区县', '活动名称', ...REST.split(',')]);
    const rows = [
      ['城区', '课堂'],
      ['海丰县', '读书会'],
      ['本级', '夜校'],
    ] as const;
    for (const [countyCell, title] of rows)
      sheet.addRow([countyCell === '城区' ? '汕尾市' : null, countyCell, title, ...rest(title).split(',')]);
    sheet.mergeCells('A2:A4');
    const read = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()), '活动表.xlsx');
    if (!read.ok) throw new Error(read.message);
    const result = importSheet(read.sheet);
    expect(result.bad).toEqual([]);
    expect(regions(result)).toEqual([county('汕尾市', '城区').code, county('汕尾市', '海丰县').code, city('汕尾市').code]);
  });

  it('names both columns when the county is not in the city given, with what the two read as together', () => {
    const result = run([`活动名称,地市,区县,${REST}`, `课堂,广州市,福田区,${rest('课堂')}`]);
    expect(result.good).toEqual([]);
    const [problem] = result.bad.flatMap((b) => b.problems);
    expect(problem!.field).toBe('B 列“地市”、C 列“区县”（region）');
    expect(problem!.message).toContain('“广州市福田区”');
    // The county of that name, in the city it is in, is offered.
    expect(problem!.message).toContain(`深圳市福田区 ${county('深圳市', '福田区').code}`);
  });

  it('names the city column for a city it cannot read on a row whose county is blank', () => {
    const result = run([`活动名称,地市,区县,${REST}`, `读书会,广洲市,,${rest('读书会')}`]);
    const [problem] = result.bad.flatMap((b) => b.problems);
    expect(problem!.field).toBe('B 列“地市”（city）');
    expect(problem!.message).toContain('“广洲市”');
  });

  it('reads a city column alone as the region, and names it when its cell is blank', () => {
    const result = run([`活动名称,地市,${REST}`, `读书会,珠海,${rest('读书会')}`, `夜校,,${rest('夜校')}`]);
    expect(regions(result)).toEqual([city('珠海市').code]);
    expect(result.bad.flatMap((b) => b.problems.map((p) => p.field))).toEqual(['B 列“地市”（city）']);
  });

  it('asks for the region or the city column when neither is there, listing both', () => {
    const result = run([`活动名称,${REST}`, `读书会,${rest('读书会')}`]);
    const [problem] = result.sheetProblems;
    expect(problem!.field).toBe('region');
    for (const header of [...defaultEventsMapping().columns.region, ...defaultEventsMapping().columns.city])
      expect(problem!.message).toContain(header);
  });

  it('reads a mapping file saved before the city column as it did: 地市 listed under region stays the region', () => {
    const read = parseEventsMapping('region: [地区, 区县, 地市]\n', '映射.yaml');
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.mapping.columns.city).not.toContain('地市');
    expect(regions(run([`活动名称,地市,${REST}`, `读书会,珠海,${rest('读书会')}`], read.mapping))).toEqual([city('珠海市').code]);
  });
});
