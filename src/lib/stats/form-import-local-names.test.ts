import { afterEach, describe, expect, it, vi } from 'vitest';
import { readRegionData } from '../regions/data-files.ts';
import { contentForProvince } from '../regions/test-support.ts';
import { readCsv } from '../spreadsheet/index.ts';

const HEADER =
  '填报单位,地区代码,提交时间,开幕式日期,主题阅读活动数,主题阅读参加人次,社长荐书活动数,社长荐书参加人次,线上社会大讲堂活动数,线上社会大讲堂参加人次,数字阅读分享活动数,数字阅读分享参加人次,活动周活动数,活动周参加人次';
/** A submission; `n` sets its figures apart from the others' (the same figures twice are a warning of their own). */
const row = (unit: string, n: number, code = '') => `${unit},${code},2024-11-20 10:00,,${n},${n * 10},0,0,0,0,0,0,1,20`;

/** The statistics import as a site configured for 内蒙古 loads it. */
async function importer() {
  vi.stubEnv('CONTENT_DIR', contentForProvince('150000'));
  vi.resetModules();
  const { importFormExport } = await import('./form-import.ts');
  const { defaultFormMapping } = await import('./form-mapping.ts');
  const { inputText } = await import('../../i18n/zh-CN/input.ts');
  const run = (rows: string[]) => {
    const read = readCsv(new TextEncoder().encode([HEADER, ...rows].join('\n')), 'export.csv');
    if (!read.ok) throw new Error(read.message);
    return importFormExport([read.sheet], { year: 2024, deadline: '2024-11-25', mapping: defaultFormMapping() });
  };
  return { run, inputText };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('the statistics import in 内蒙古 (150000): 填报单位 as its 旗县 and 盟市 write them', () => {
  const data = readRegionData('150000');
  const named = (name: string) => [...data.cities, ...data.counties].find((d) => d.name === name)!;
  const cityOf = (code: string) => data.cities.find((c) => c.code === data.counties.find((d) => d.code === code)?.parent);

  it('reads a league’s own row and abbreviations, and warns at each abbreviation with what it was read as', async () => {
    const { run, inputText } = await importer();
    const abbreviated = [
      ['锡盟', named('锡林郭勒盟')],
      ['包头市昆区', named('昆都仑区')],
      ['达茂旗教育局', named('达尔罕茂明安联合旗')],
    ] as const;
    const own = [
      ['阿拉善盟（盟本级）', named('阿拉善盟')],
      ['兴安盟盟本级', named('兴安盟')],
      ['鄂尔多斯市（市本级）', named('鄂尔多斯市')],
    ] as const;
    // An abbreviation with its code beside it is confirmed by the code: nothing to check.
    const withCode = named('科尔沁右翼前旗');
    const result = run([...[...abbreviated, ...own].map(([unit], i) => row(unit, i + 1)), row('科右前旗', 9, withCode.code)]);
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    expect(result.stats.reports.map((r) => r.region)).toEqual(
      [...abbreviated, ...own]
        .map(([, d]) => d.code)
        .concat(withCode.code)
        .sort(),
    );
    expect(result.summary.warnings).toEqual(
      abbreviated.map(([unit, division], i) => ({
        file: 'export.csv',
        item: expect.stringMatching(new RegExp(`^第 ${i + 2} 行`)),
        field: 'A 列“填报单位”（region）',
        message: inputText.region.abbreviationWarning(unit, `${cityOf(division.code)?.name ?? ''}${division.name}`, division.code),
        severity: 'warning',
      })),
    );
  });

  it('refuses 乌旗, which fits several banners, naming them', async () => {
    const { run } = await importer();
    const result = run([row('乌旗', 1)]);
    expect(result.ok).toBe(false);
    const banners = data.counties.filter((c) => c.name.startsWith('乌') && c.name.endsWith('旗'));
    expect(banners.length).toBeGreaterThan(1);
    const message = result.ok ? '' : result.problems[0]!.message;
    for (const banner of banners) expect(message).toContain(banner.code);
  });
});
