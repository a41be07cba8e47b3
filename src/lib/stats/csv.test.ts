import { describe, expect, it } from 'vitest';
import { stats } from '../../i18n/zh-CN/stats.ts';
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';
import { aggregateMoeTable } from './aggregate.ts';
import { moeTableCsv, regionsCsv } from './csv.ts';
import { sampleStats } from './fixtures.ts';
import { regionProgress } from './progress.ts';
import { province } from '../regions/index.ts';

describe('moeTableCsv', () => {
  const csv = moeTableCsv(aggregateMoeTable(sampleStats()));

  it('starts with a byte-order mark and uses CRLF, so Excel reads the Chinese', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n').length).toBeGreaterThan(5);
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('lays out the annex in its words: title, counts, header, one row per kind in order, then how complete', () => {
    const annex = statsFormsText.annex;
    const { kinds, yes, no } = annex;
    const level = (heading: string) => [annex.regions, annex.activities, annex.participants].map((m) => `${heading}：${m}`);
    expect(csv.slice(1).split('\r\n')).toEqual([
      `${annex.title(2023)}（${province().name}）`,
      `${annex.cityCount},21,${annex.countyCount},122`,
      [annex.activity, annex.provinceRan, ...level(annex.cities), ...level(annex.counties)].join(','),
      `${kinds.themed_reading},${yes},2,200,55000,2,21,5500`,
      // The annex's “” need no CSV quoting, unlike "".
      `${kinds.publisher_picks},${yes},1,8,2000,1,1,300`,
      `${kinds.online_lectures},${no},2,40,160000,2,5,5900`,
      `${kinds.digital_reading},${yes},2,20,9500,1,2,400`,
      `${kinds.learning_week},${yes},2,65,80000,2,10,5200`,
      '',
      '说明,已报送：地市级 2/21 个，县级 3/122 个，其中逾期报送 2 个；各项数字由各地报告汇总计算',
      '',
    ]);
  });
});

describe('regionsCsv', () => {
  const lines = regionsCsv(regionProgress(sampleStats())).slice(1).split('\r\n');

  it('has a BOM, a header and one line per city and county', () => {
    expect(regionsCsv([]).startsWith('\uFEFF代码,名称,级别')).toBe(true);
    const kinds = Object.values(stats.activityKinds);
    expect(lines[0]).toBe(
      [
        '代码,名称,级别,所属地市,报送状态,报送日期,开幕式日期,活动数合计,参与人次合计',
        ...kinds.map((k) => `${k}：活动数,${k}：参与人次`),
      ].join(','),
    );
    expect(lines.filter((l) => l !== '')).toHaveLength(1 + 21 + 122);
  });

  it('writes a reported county with its city, status and figures', () => {
    expect(lines.find((l) => l.startsWith('440303,'))).toBe(
      '440303,罗湖区,县级,深圳市,逾期报送,2023-11-27,,5,1300,0,0,0,0,3,900,2,400,0,0',
    );
    expect(lines.find((l) => l.startsWith('440100,'))).toBe(
      '440100,广州市,地市,,按时报送,2023-11-20,2023-11-18,213,215000,120,35000,8,2000,30,120000,15,8000,40,50000',
    );
  });

  it('leaves the figures of a region that has not reported empty, not zero', () => {
    expect(lines.find((l) => l.startsWith('441500,'))).toBe('441500,汕尾市,地市,,未报送' + ','.repeat(14));
  });
});
