import { describe, expect, it } from 'vitest';
import { hostileWorkbook } from '../../../tests/support/hostile-workbook.ts';
import JSZip from 'jszip';
import { cellsIn, checkRanges } from './xlsx-ranges.ts';

const limits = { merges: 3, mergedCells: 100, namedCells: 100 };

describe('checkRanges', () => {
  it('counts a range’s cells whichever corner comes first, and one it cannot read as endless', () => {
    expect(cellsIn('A1:B3')).toBe(6);
    expect(cellsIn('$XFD$10:A1')).toBe(163_840);
    expect(cellsIn('C7')).toBe(1);
    expect(cellsIn('A1:B2:C3')).toBe(Infinity);
    expect(cellsIn('A1:XFD1048576’')).toBe(Infinity);
  });

  it('lets through the merges and names of a real form', async () => {
    const bytes = await hostileWorkbook({
      after: '<mergeCells><mergeCell ref="A1:H1"/><mergeCell ref="A3:A20"/></mergeCells>',
      names: `<definedName name="_xlnm.Print_Area" localSheetId="0">'活动'!$A$1:$H$9</definedName>`,
    });
    expect(await checkRanges(await JSZip.loadAsync(bytes), limits)).toEqual({ ok: true });
  });

  it('refuses too many merges, or merges over too many cells together', async () => {
    const merges = (refs: string[]) =>
      hostileWorkbook({ after: `<mergeCells>${refs.map((r) => `<mergeCell ref='${r}'/>`).join('')}</mergeCells>` });
    expect(await checkRanges(await JSZip.loadAsync(await merges(['A1:B1', 'A2:B2', 'A3:B3', 'A4:B4'])), limits)).toEqual({
      ok: false,
      reason: 'merges',
      count: 4,
    });
    expect(await checkRanges(await JSZip.loadAsync(await merges(['A1:J5', 'A6:J11'])), limits)).toEqual({
      ok: false,
      reason: 'merged-cells',
      largest: 'A6:J11',
    });
  });

  it('reads a name as the XML parser gives it to exceljs: entities decoded, comments left out', async () => {
    const bytes = await hostileWorkbook({ names: `<definedName name="大&amp;全">Sheet1!&#36;A&#36;1:<!-- - -->$J$11</definedName>` });
    expect(await checkRanges(await JSZip.loadAsync(bytes), limits)).toEqual({
      ok: false,
      reason: 'named-cells',
      name: '大&全',
      largest: '$A$1:$J$11',
    });
  });
});
