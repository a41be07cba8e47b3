import { describe, expect, it } from 'vitest';
import { aggregateMoeTable } from './aggregate.ts';
import { sampleStats } from './fixtures.ts';
import { displayWidth, groupDigits, moeTableText, renderTable } from './terminal-table.ts';
import { province } from '../regions/index.ts';

describe('displayWidth', () => {
  it('counts Chinese characters and full-width punctuation as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('主题阅读活动')).toBe(12);
    expect(displayWidth('"社长（总编）荐书"活动')).toBe(22);
    expect(displayWidth('广州市 440100')).toBe(13);
    expect(displayWidth('𠀋')).toBe(2); // outside the BMP
  });
});

describe('renderTable', () => {
  it('aligns mixed Chinese and digits by display width', () => {
    const text = renderTable(
      [
        { header: '名称', align: 'left' },
        { header: '活动\n数', align: 'right' },
      ],
      [
        ['广州市', '1,200'],
        ['ab', '7'],
      ],
    );
    expect(text).toBe(['         活动', '名称       数', '------  -----', '广州市  1,200', 'ab          7'].join('\n'));
  });
});

describe('moeTableText', () => {
  it('prints the annex rows with every column lined up', () => {
    const text = moeTableText(aggregateMoeTable(sampleStats()));
    const lines = text.split('\n');
    expect(lines[0]).toBe(`2023年全民终身学习活动周统计表（${province().name}）`);
    expect(lines[1]).toBe('地市级及以上城市数 21    县级城市数 122');
    expect(text).toContain('线上社会大讲堂');
    expect(text).toContain('160,000');
    // Every data row ends at the same display column as the rule under the header.
    const ruleIndex = lines.findIndex((l) => /^-+ /.test(l));
    const rows = lines.slice(ruleIndex, ruleIndex + 6);
    expect(new Set(rows.map(displayWidth)).size).toBe(1);
    expect(lines.at(-1)).toBe('已报送：地市级 2/21 个，县级 3/122 个，其中逾期报送 2 个；各项数字由各地报告汇总计算');
  });
});

describe('groupDigits', () => {
  it('groups thousands the same way in every locale', () => {
    expect(groupDigits(0)).toBe('0');
    expect(groupDigits(1234567)).toBe('1,234,567');
  });
});
