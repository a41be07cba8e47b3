import { describe, expect, it } from 'vitest';
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';
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

  it('puts a group’s heading over its columns, widening them when it is wider', () => {
    const text = renderTable(
      [
        { header: '名称', align: 'left' },
        { header: '甲', align: 'right' },
        { header: '乙', align: 'right' },
      ],
      [['广州市', '1', '22']],
      [{ header: '县级城市开展情况', first: 1, span: 2 }],
    );
    // 县级城市开展情况 is 16 columns: 甲 (2), two spaces, and 乙 widened to 12.
    expect(text).toBe(
      ['        县级城市开展情况', '名称    甲            乙', '------  --  ------------', '广州市   1            22'].join('\n'),
    );
  });
});

describe('moeTableText', () => {
  it('prints the figures by kind with every column lined up, titled as what it is, not as the annex', () => {
    const text = moeTableText(aggregateMoeTable(sampleStats()));
    const lines = text.split('\n');
    const annex = statsFormsText.annex;
    expect(lines[0]).toBe(`2023 年${province().name}各类活动汇总`);
    expect(lines[1]).toBe(`${annex.cityCount} 21    ${annex.countyCount} 122`);
    expect(text).toContain(annex.kinds.publisher_picks);
    expect(text).toContain('160,000');
    // Every data row ends at the same display column as the rule under the header.
    const ruleIndex = lines.findIndex((l) => /^-+ /.test(l));
    const rows = lines.slice(ruleIndex, ruleIndex + 6);
    expect(new Set(rows.map(displayWidth)).size).toBe(1);
    // The annex's level headings stand over their first measure, 城市数, and its 参加人次 is there.
    const [groups, measures] = [lines[ruleIndex - 2]!, lines[ruleIndex - 1]!];
    const columnOf = (line: string, word: string, from = 0) => displayWidth(line.slice(0, line.indexOf(word, from)));
    expect(columnOf(groups, annex.cities)).toBe(columnOf(measures, annex.regions));
    const secondRegions = measures.indexOf(annex.regions, measures.indexOf(annex.participants));
    expect(columnOf(groups, annex.counties)).toBe(displayWidth(measures.slice(0, secondRegions)));
    expect(measures.startsWith(annex.activity)).toBe(true);
    expect(lines.at(-1)).toBe('已报送：地市级 2/21 个，县级 3/122 个，其中逾期报送 2 个；各项数字由各地报告汇总计算');
  });
});

describe('groupDigits', () => {
  it('groups thousands the same way in every locale', () => {
    expect(groupDigits(0)).toBe('0');
    expect(groupDigits(1234567)).toBe('1,234,567');
  });
});
