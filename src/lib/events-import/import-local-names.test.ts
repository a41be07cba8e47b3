import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readRegionData } from '../regions/data-files.ts';
import { contentForProvince } from '../regions/test-support.ts';
import { readCsv } from '../spreadsheet/index.ts';

/** The importer, its mapping and the words as a site configured for `code` loads them. */
async function siteOf(code: string) {
  const dir = contentForProvince(code, { schematicBoundary: true });
  mkdirSync(join(dir, 'events'));
  vi.stubEnv('CONTENT_DIR', dir);
  vi.resetModules();
  const { importEvents } = await import('./import.ts');
  const { defaultEventsMapping } = await import('./mapping.ts');
  const { inputText } = await import('../../i18n/zh-CN/input.ts');
  const run = (lines: string[]) => {
    const read = readCsv(new TextEncoder().encode(lines.join('\n')), '活动表.csv');
    if (!read.ok) throw new Error(read.message);
    return importEvents(read.sheet, { mapping: defaultEventsMapping(), year: 2024, contentDir: dir });
  };
  return { run, mapping: defaultEventsMapping(), inputText };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

const HEADER = [
  '活动名称',
  '地区',
  '开始时间',
  '结束时间',
  '地点',
  '地址',
  '线上链接',
  '主办单位',
  '类型',
  '适合人群',
  '报名链接',
  '简介',
];
const row = (title: string, region: string) =>
  `${title},${region},2024-11-20 14:30,16:30,图书馆,文化路1号,,教育局,研讨活动,老年人,,${title}简介。`;

describe('a 旗县 office’s event list in 内蒙古 (150000)', () => {
  const data = readRegionData('150000');
  const divisions = [...data.cities, ...data.counties];
  const named = (name: string) => divisions.find((d) => d.name === name)!;
  /** A county as the import names it: after its city. */
  const fullName = (d: { name: string; parent?: string }) => `${data.cities.find((c) => c.code === d.parent)?.name ?? ''}${d.name}`;

  it.each(['旗县（市、区）', '旗县', '所属盟市', '盟市'])('reads a region column headed %s', async (header) => {
    const { run } = await siteOf('150000');
    const result = run([HEADER.join(',').replace('地区', header), row('长者课堂', data.cities[0]!.name)]);
    expect(result.sheetProblems).toEqual([]);
    expect(result.good).toHaveLength(1);
  });

  it('takes those headers as its own: a Guangdong site’s mapping does not list them', async () => {
    const nm = await siteOf('150000');
    const gd = await siteOf('440000');
    const local = nm.mapping.columns.region.filter((header) => !gd.mapping.columns.region.includes(header));
    expect(local).toEqual(['旗县（市、区）', '旗县']);
    // Its cities' column may be headed 盟市 or 所属盟市 too, as no other province's is.
    expect(nm.mapping.columns.city.filter((header) => !gd.mapping.columns.city.includes(header))).toEqual(['盟市', '所属盟市']);
  });

  it('imports rows whose region is an abbreviation, and names each with what it was read as', async () => {
    const { run, inputText } = await siteOf('150000');
    const typed = [
      ['锡盟', named('锡林郭勒盟')],
      ['包头市昆区', named('昆都仑区')],
      ['科右前旗', named('科尔沁右翼前旗')],
    ] as const;
    const result = run([
      HEADER.join(','),
      ...typed.map(([region], i) => row(`课堂${i + 1}`, region)),
      row('读书会', named('鄂尔多斯市').name),
      row('夜校', '乌旗'),
    ]);
    expect(result.good.map((g) => g.row)).toEqual([2, 3, 4, 5]);
    expect(result.good.map((g) => /\nregion: "(\d+)"/.exec(g.text)?.[1])).toEqual([
      ...typed.map(([, d]) => d.code),
      named('鄂尔多斯市').code,
    ]);
    // The official name is not an abbreviation; 乌旗 fits four banners and is refused.
    expect(result.abbreviated).toEqual(
      typed.map(([region, division], i) => ({
        row: i + 2,
        readAs: inputText.region.readAsAbbreviation(region, fullName(division), division.code),
      })),
    );
    expect(result.abbreviated[0]!.readAs).toBe(`锡盟 读作 锡林郭勒盟（${named('锡林郭勒盟').code}）`);
    expect(result.bad.map((b) => b.row)).toEqual([6]);
  });
});

describe('a municipality’s event list (重庆 500000)', () => {
  it('has no city column, its districts being its only divisions, and asks for the region column without one', async () => {
    const { run, mapping } = await siteOf('500000');
    expect(mapping.columns.city).toEqual([]);
    const district = readRegionData('500000').counties[0]!;
    expect(run([HEADER.join(',').replace('地区', '区县'), row('读书会', district.name)]).good).toHaveLength(1);
    const [missing] = run([HEADER.filter((h) => h !== '地区').join(','), '读书会']).sheetProblems;
    expect(missing!.field).toBe('region');
    expect(missing!.message).not.toMatch(/地市|城市/);
  });
});
