import { afterEach, describe, expect, it, vi } from 'vitest';
import { readRegionData } from '../regions/data-files.ts';
import { contentForProvince } from '../regions/test-support.ts';
import { readCsv } from '../spreadsheet/index.ts';

const FIGURES =
  '提交时间,主题阅读活动数,主题阅读参加人次,社长荐书活动数,社长荐书参加人次,线上社会大讲堂活动数,线上社会大讲堂参加人次,数字阅读分享活动数,数字阅读分享参加人次,活动周活动数,活动周参加人次';
/** A submission after its region's cells; `n` sets its figures apart from the others'. */
const row = (regionCells: string, n: number) => `${regionCells},2024-11-20 10:00,${n},${n * 10},0,0,0,0,0,0,1,20`;

/** The statistics import as a site configured for `province` loads it. */
async function importer(province: string) {
  vi.stubEnv('CONTENT_DIR', contentForProvince(province));
  vi.resetModules();
  const { importFormExport } = await import('./form-import.ts');
  const { defaultFormMapping } = await import('./form-mapping.ts');
  const { placeWords } = await import('../regions/index.ts');
  const run = (header: string, rows: string[]) => {
    const read = readCsv(new TextEncoder().encode([`${header},${FIGURES}`, ...rows].join('\n')), 'export.csv');
    if (!read.ok) throw new Error(read.message);
    return importFormExport([read.sheet], { year: 2024, deadline: '2024-11-25', mapping: defaultFormMapping() });
  };
  return { run, words: placeWords().divisions };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

const regionsOf = (result: Awaited<ReturnType<typeof importer>>['run'] extends (...a: never[]) => infer R ? R : never) => {
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.item} ${p.field} ${p.message}`).join('\n'));
  return result.stats.reports.map((r) => r.region);
};

describe('the statistics import reads the region headers a province’s forms use', () => {
  const mongolia = readRegionData('150000');
  const named = (name: string) => [...mongolia.cities, ...mongolia.counties].find((d) => d.name === name)!;

  it('内蒙古: a 旗县（市、区） or 旗县 column alone, and a 盟市 column alone', async () => {
    const { run, words } = await importer('150000');
    expect([words.city, words.county]).toEqual(['盟市', '旗县（市、区）']);
    for (const header of ['旗县（市、区）', '旗县（市、区）（必填）', '旗县']) {
      expect(regionsOf(run(header, [row('锡林浩特市', 1), row('阿拉善盟（盟本级）', 2)]))).toEqual(
        [named('锡林浩特市').code, named('阿拉善盟').code].sort(),
      );
    }
    expect(regionsOf(run('盟市', [row('锡林郭勒盟', 1), row('兴安盟', 2)]))).toEqual(
      [named('兴安盟').code, named('锡林郭勒盟').code].sort(),
    );
  });

  it('内蒙古: 盟市 beside 旗县（市、区）, a league’s own row with its county cell blank or 本级', async () => {
    const { run } = await importer('150000');
    const result = run('盟市,旗县（市、区）', [
      row('锡林郭勒盟,锡林浩特市', 1),
      row('锡林郭勒盟,西乌旗', 2),
      row('兴安盟,', 3),
      row('阿拉善盟,盟本级', 4),
      row('呼和浩特市,呼和浩特市新城区', 5),
    ]);
    const codes = ['锡林浩特市', '西乌珠穆沁旗', '兴安盟', '阿拉善盟', '新城区'].map((name) =>
      name === '新城区'
        ? mongolia.counties.find((c) => c.name === name && c.parent === named('呼和浩特市').code)!.code
        : named(name).code,
    );
    expect(regionsOf(result)).toEqual(codes.sort());
  });

  it('内蒙古: a wrong banner beside its league is named at the county column', async () => {
    const { run } = await importer('150000');
    const result = run('盟市,旗县（市、区）', [row('锡林郭勒盟,火星旗', 1)]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.field).toBe('B 列“旗县（市、区）”（region）');
  });

  it('广东: 地市 beside 县（市、区）', async () => {
    const { run, words } = await importer('440000');
    expect([words.city, words.county]).toEqual(['地市', '县（市、区）']);
    const guangdong = readRegionData('440000');
    const tianhe = guangdong.counties.find((c) => c.name === '天河区')!;
    expect(regionsOf(run('地市,县（市、区）', [row('广州市,天河区', 1), row('广州市,市本级', 2)]))).toEqual(
      [tianhe.parent, tianhe.code].sort(),
    );
  });

  it('广东: 城市 beside 县（市、区）, as a form whose question is headed so exports it', async () => {
    const { run } = await importer('440000');
    const guangdong = readRegionData('440000');
    const chengqu = guangdong.counties.find(
      (c) => c.name === '城区' && c.parent === guangdong.cities.find((x) => x.name === '汕尾市')!.code,
    )!;
    expect(regionsOf(run('城市,县（市、区）', [row('汕尾市,城区', 1), row('汕尾市,', 2)]))).toEqual(
      [chengqu.parent, chengqu.code].sort(),
    );
  });

  it('names the city’s cell, not the blank county’s, for a city it cannot read on a city’s own row', async () => {
    const { run } = await importer('440000');
    const result = run('城市,县（市、区）', [row('汕尾巿,', 1)]);
    expect(result.ok).toBe(false);
    const fields = result.ok ? [] : result.problems.map((p) => p.field);
    expect(fields).toHaveLength(1);
    expect(fields[0]).toContain('A 列“城市”');
    expect(fields[0]).not.toContain('县（市、区）');
  });

  it('says the region column is missing with every header it takes, the province’s own included', async () => {
    const { run } = await importer('150000');
    const result = run('单位', [row('锡林浩特市', 1)]);
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.problems.map((p) => p.message).join('\n');
    for (const header of ['地区', '填报单位', '旗县（市、区）', '旗县', '盟市']) expect(message).toContain(header);
  });
});
