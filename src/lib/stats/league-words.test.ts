import { afterEach, describe, expect, it, vi } from 'vitest';
import { readRegionData } from '../regions/data-files.ts';
import { contentForProvince } from '../regions/test-support.ts';
import { readCsv } from '../spreadsheet/index.ts';
import { sampleStats } from './fixtures.ts';

/**
 * The statistics of a 内蒙古 site (150000) in its own words: its 盟 and 市
 * are 盟市, its 旗, 县, 市 and 区 旗县（市、区）, on the year page's lead, in
 * `stats check`, in the import's summary and messages, in regions.csv and in
 * the template, never Guangdong's 地市 and 县（市、区）. The counts come from
 * the region data and the reports.
 */
const CODE = '150000';
const data = readRegionData(CODE);
const [firstCity] = data.cities;
const league = data.cities.find((c) => c.name.endsWith('盟'))!;
const banner = data.counties.find((c) => c.parent === league.code && c.name.endsWith('旗'))!;
const county = data.counties.find((c) => c.parent === firstCity!.code)!;

async function asInnerMongolia() {
  vi.stubEnv('CONTENT_DIR', contentForProvince(CODE));
  vi.resetModules();
  return {
    description: await import('./description.ts'),
    summary: await import('./summary.ts'),
    csv: await import('./csv.ts'),
    template: await import('./form-template.ts'),
    forms: await import('./form-import.ts'),
    importSummary: await import('./form-import-summary.ts'),
    mapping: await import('./form-mapping.ts'),
  };
}

/** The sample year's first reports, moved onto 内蒙古's first city, a county of it and a league. */
function stats() {
  const [a, b, c] = sampleStats().reports;
  return {
    ...sampleStats(),
    reports: [
      { ...a!, region: firstCity!.code },
      { ...b!, region: county.code },
      { ...c!, region: league.code },
    ],
  };
}
const reported = { cities: 2, counties: 1 };

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe(`statistics in the words of ${data.province.name}`, () => {
  it('count its 盟市 and 旗县（市、区） on the year page and in stats check', async () => {
    const m = await asInnerMongolia();
    const late = stats().reports.filter((r) => r.submittedAt > sampleStats().deadline).length;
    expect(m.description.statsLead(stats())).toContain(
      `已报送：盟市 ${reported.cities}/${data.cities.length} 个，旗县（市、区）${reported.counties}/${data.counties.length} 个${late > 0 ? `，其中 ${late} 个逾期` : ''}。`,
    );
    const lines = m.summary.statsSummary(stats(), 'x.json').split('\n');
    expect(lines[2]).toBe(
      `  报告 3 条：盟市级 ${reported.cities}/${data.cities.length}，旗县级 ${reported.counties}/${data.counties.length}`,
    );
    expect(lines[3]).toMatch(new RegExp(`^ {2}未报送的盟市（${data.cities.length - reported.cities}）：`));
    expect(lines[4]).toBe(`  未报送的旗县级（${data.counties.length - reported.counties}），按所属盟市：`);
    expect(lines.join('\n')).not.toMatch(/地市|(?<!旗)县级|(?<!旗)县（市、区）/);
  });

  it('head regions.csv’s city column and name its levels so', async () => {
    const m = await asInnerMongolia();
    const { regionProgress } = await import('./progress.ts');
    const [header, ...rows] = m.csv.regionsCsv(regionProgress(stats())).split('\r\n').filter(Boolean);
    expect(
      header!
        .replace(/^\uFEFF/, '')
        .split(',')
        .slice(0, 4),
    ).toEqual(['代码', '名称', '级别', '所属盟市']);
    const level = (code: string) => rows.find((r) => r.startsWith(`${code},`))!.split(',')[2];
    expect([level(league.code), level(banner.code)]).toEqual(['盟市', '旗县级']);
  });

  it('write the template’s city column and instructions so', async () => {
    const m = await asInnerMongolia();
    expect(m.template.templateColumns().map((c) => c.header)).toContain('所属盟市');
    const workbook = m.template.buildFormTemplate(2024, '2024-11-25');
    const guide = workbook.getWorksheet('填写说明')!.getColumn(1).values.join('\n');
    expect(guide).toContain('（盟市本级一行，各旗县（市、区）各一行）');
    expect(guide).toContain('盟市本级只填盟市本级组织的活动，各旗县（市、区）的活动由其各自填报');
    expect(guide).not.toMatch(/地市|(?<!旗)县（市、区）/);
  });

  it('sum up an import so', async () => {
    const m = await asInnerMongolia();
    const header =
      '地区,提交时间,开幕式日期,主题阅读活动数,主题阅读参加人次,社长荐书活动数,社长荐书参加人次,线上社会大讲堂活动数,线上社会大讲堂参加人次,数字阅读分享活动数,数字阅读分享参加人次,活动周活动数,活动周参加人次';
    const row = (region: string) => `${region},2024-11-20 10:00,,1,10,0,0,0,0,0,0,1,20`;
    const read = readCsv(new TextEncoder().encode([header, row(league.name), row(banner.name)].join('\n')), 'export.csv');
    if (!read.ok) throw new Error(read.message);
    const result = m.forms.importFormExport([read.sheet], {
      year: 2024,
      deadline: '2024-11-25',
      mapping: m.mapping.defaultFormMapping(),
    });
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    const lines = m.importSummary.importSummaryLines(result.stats, result.summary);
    expect(lines).toContain(`  已报送：盟市级 1/${data.cities.length}，旗县级 1/${data.counties.length}`);
    expect(lines.some((l) => l.startsWith(`  未报送的盟市（${data.cities.length - 1}）：`))).toBe(true);
    expect(lines).toContain(`  未报送的旗县级（${data.counties.length - 1}），按所属盟市：`);
    expect(lines.join('\n')).not.toMatch(/地市|(?<!旗)县级/);
  });
});
