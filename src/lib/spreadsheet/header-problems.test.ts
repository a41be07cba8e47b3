import { describe, expect, it } from 'vitest';
import { spreadsheetText as text } from '../../i18n/zh-CN/spreadsheet.ts';
import { matchHeader } from './header.ts';
import { headerProblems } from './header-problems.ts';
import { cellRules } from './rules.ts';
import type { Sheet } from './types.ts';

const specs = [
  { key: 'region', headers: ['地区'], required: true },
  { key: 'count', headers: ['活动数'], required: true },
  { key: 'people', headers: ['参加人次'], required: true },
  { key: 'hours', headers: ['时长'], required: true },
] as const;
const sheet = (header: string[]): Sheet => ({ file: 'a.csv', format: 'csv', date1904: false, rows: [{ number: 1, cells: header }] });

function problemsFor(header: string[], countsIn?: (key: string) => string | undefined) {
  const result = matchHeader(sheet(header), specs);
  if (result.ok) throw new Error('expected problems');
  return headerProblems(sheet(header), result, { field: (key) => key, expected: ['地区'], ...(countsIn && { countsIn }) });
}

describe('headerProblems', () => {
  it('lists the header’s texts once, with the first missing column', () => {
    const header = ['地区', '备注'];
    expect(problemsFor(header).map((p) => [p.field, p.message])).toEqual([
      ['count', text.header.missing(['活动数'], header)],
      ['people', text.header.missing(['参加人次'])],
      ['hours', text.header.missing(['时长'])],
    ]);
  });

  it('says a multiplied unit once for its columns, in what the table counts', () => {
    const header = ['地区', '活动数（千场）', '参加人次（万人）', '时长(万)'];
    const factor = cellRules.headerMultipliers;
    const column = (letter: string, i: number) => text.column(letter, header[i]);
    expect(problemsFor(header, (key) => (key === 'people' ? '人次' : undefined)).map((p) => [p.field, p.message])).toEqual([
      ['count', text.header.scaled([column('B', 1)], '千场', '场', factor['千'])],
      ['people', text.header.scaled([column('C', 2)], '万人', '人次', factor['万'])],
      ['hours', text.header.scaled([column('D', 3)], '万', '', factor['万'])],
    ]);
  });

  it('joins the columns in one unit into one problem', () => {
    const twice = [
      { key: 'region', headers: ['地区'], required: true },
      { key: 'a', headers: ['甲参加人次'], required: true },
      { key: 'b', headers: ['乙参加人次'], required: true },
    ];
    const header = ['地区', '甲参加人次（万人次）', '乙参加人次（万人次）'];
    const result = matchHeader(sheet(header), twice);
    if (result.ok) throw new Error('expected problems');
    expect(headerProblems(sheet(header), result, { field: (key) => key, expected: [] })).toEqual([
      {
        file: 'a.csv',
        item: text.headerItem(1),
        field: text.fields(['a', 'b']),
        message: text.header.scaled(
          [text.column('B', header[1]), text.column('C', header[2])],
          '万人次',
          '人次',
          cellRules.headerMultipliers['万'],
        ),
      },
    ]);
  });
});
