import { afterEach, describe, expect, it, vi } from 'vitest';
import { readRegionData } from '../regions/data-files.ts';
import { contentForProvince } from '../regions/test-support.ts';
import { cities, cityOf, countiesOf, regionLabel } from '../regions/index.ts';
import { sampleStats } from './fixtures.ts';
import { statsSummary } from './summary.ts';

describe('statsSummary', () => {
  it('says how complete the year is and who is late', () => {
    const stats = { ...sampleStats(), note: '示例数据' };
    const lines = statsSummary(stats, 'content/data/stats/2023.json').split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '✓ content/data/stats/2023.json 校验通过',
      '  年度 2023，报送截止 2023-11-25（北京时间）',
      '  报告 5 条：地市级 2/21，县级 3/122',
    ]);
    expect(lines[3]).toMatch(/^ {2}未报送的地市（19）：韶关市 440200、珠海市 440400、/);
    const late = lines.indexOf('  逾期报送（2）：深圳市 440300（2023-11-26）、罗湖区 440303（2023-11-27）');
    expect(lines.slice(late + 1)).toEqual(['  说明：示例数据']);
  });

  it('names every region still to report, however many: the cities on one line, the counties a line per city', () => {
    const stats = sampleStats();
    const reported = new Set(stats.reports.map((r) => r.region));
    const missingCities = cities().filter((c) => !reported.has(c.code));
    const byCity = cities()
      .map((city) => ({ city, counties: countiesOf(city.code).filter((c) => !reported.has(c.code)) }))
      .filter((g) => g.counties.length > 0);
    const missingCounties = byCity.reduce((sum, g) => sum + g.counties.length, 0);
    // The sample leaves most regions out: far more than a list cut at 20 would show.
    expect(missingCounties).toBeGreaterThan(100);
    const lines = statsSummary(stats, 'x.json').split('\n');
    const from = lines.findIndex((l) => l.startsWith('  未报送的地市'));
    expect(lines.slice(from, from + 2 + byCity.length)).toEqual([
      `  未报送的地市（${missingCities.length}）：${missingCities.map((c) => regionLabel(c.code)).join('、')}`,
      `  未报送的县级（${missingCounties}），按所属地市：`,
      ...byCity.map(({ city, counties }) => `    ${city.name}（${counties.length}）：${counties.map((c) => c.name).join('、')}`),
    ]);
    expect(lines.some((l) => l.endsWith(' 等'))).toBe(false);
  });

  it('names every late region, however many: a line per city, the city’s own report first', () => {
    const stats = sampleStats();
    const template = stats.reports[0]!;
    const late = [
      ...cities().slice(0, 3),
      ...cities()
        .flatMap((c) => countiesOf(c.code))
        .slice(0, 30),
    ];
    stats.reports = late.map((r) => ({ ...template, region: r.code, submittedAt: '2023-11-28' }));
    const byCity = cities()
      .map((city) => [city, ...countiesOf(city.code)].filter((r) => late.includes(r)))
      .filter((group) => group.length > 0)
      .map(
        (group) =>
          `    ${cityOf(group[0]!.code)!.name}（${group.length}）：${group.map((r) => `${regionLabel(r.code)}（2023-11-28）`).join('、')}`,
      );
    const lines = statsSummary(stats, 'x.json').split('\n');
    const from = lines.indexOf(`  逾期报送（${late.length}），按所属地市：`);
    expect(from).toBeGreaterThan(-1);
    expect(lines.slice(from + 1, from + 1 + byCity.length)).toEqual(byCity);
    expect(lines.some((l) => l.endsWith(' 等'))).toBe(false);
  });

  it('says so when nobody is late', () => {
    const stats = sampleStats();
    stats.reports = stats.reports.filter((r) => !['440300', '440303'].includes(r.region));
    expect(statsSummary(stats, 'x.json')).toContain('  没有逾期报送');
  });
});

describe('statsSummary for a municipality (北京 110000), whose districts report directly', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('counts its districts, with no line of cities it does not have', async () => {
    vi.stubEnv('CONTENT_DIR', contentForProvince('110000'));
    vi.resetModules();
    const { statsSummary: summary } = await import('./summary.ts');
    const data = readRegionData('110000');
    expect(data.cities).toEqual([]);
    const stats = { ...sampleStats(), reports: [{ ...sampleStats().reports[0]!, region: data.counties[0]!.code }] };
    const lines = summary(stats, 'x.json').split('\n');
    expect(lines[2]).toBe(`  报告 1 条：县级 1/${data.counties.length}`);
    // Its districts still to report on one line: no heading 按所属地市 over a single group.
    expect(lines[3]).toBe(
      `  未报送的县级（${data.counties.length - 1}）：${data.counties
        .slice(1)
        .map((c) => c.name)
        .join('、')}`,
    );
    expect(lines.join('\n')).not.toContain('地市');
  });

  it('lists the counties directly under a province (湖北’s 仙桃 …) as the province’s, not as a city of their own', async () => {
    vi.stubEnv('CONTENT_DIR', contentForProvince('420000'));
    vi.resetModules();
    const { statsSummary: summary } = await import('./summary.ts');
    const data = readRegionData('420000');
    const direct = data.counties.filter((c) => c.parent === data.province.code);
    expect(direct.length).toBeGreaterThan(0);
    const stats = { ...sampleStats(), reports: [{ ...sampleStats().reports[0]!, region: data.cities[0]!.code }] };
    const lines = summary(stats, 'x.json').split('\n');
    expect(lines).toContain(`    ${data.province.name}直辖（${direct.length}）：${direct.map((c) => c.name).join('、')}`);
  });

  it('sums a municipality’s figures without a group of 0/0 cities, on the page and in the terminal', async () => {
    vi.stubEnv('CONTENT_DIR', contentForProvince('110000'));
    vi.resetModules();
    const { moeLayout } = await import('./moe-layout.ts');
    const { aggregateMoeTable } = await import('./aggregate.ts');
    const { moeTableText } = await import('./terminal-table.ts');
    const data = readRegionData('110000');
    const stats = { ...sampleStats(), reports: [{ ...sampleStats().reports[0]!, region: data.counties[0]!.code }] };
    const table = aggregateMoeTable(stats);
    const layout = moeLayout(table);
    expect(layout.levels).toEqual(['counties']);
    expect(layout.counts.map((c) => c.value)).toEqual([data.counties.length]);
    expect(layout.footnote).not.toContain('地市');
    expect(moeTableText(table)).not.toContain('地市');
  });
});
