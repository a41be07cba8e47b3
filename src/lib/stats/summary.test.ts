import { describe, expect, it } from 'vitest';
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
    expect(lines[4]).toMatch(/^ {2}未报送的县级（119）：/);
    expect(lines[4]!.split('、')).toHaveLength(20); // the first 20 named, then 等
    expect(lines[4]).toMatch(/ 等$/);
    expect(lines[5]).toBe('  逾期报送（2）：深圳市 440300（2023-11-26）、罗湖区 440303（2023-11-27）');
    expect(lines[6]).toBe('  说明：示例数据');
  });

  it('says so when nobody is late', () => {
    const stats = sampleStats();
    stats.reports = stats.reports.filter((r) => !['440300', '440303'].includes(r.region));
    expect(statsSummary(stats, 'x.json')).toContain('  没有逾期报送');
  });
});
