import { describe, expect, it } from 'vitest';
import { hostileWorkbook, readBounded } from '../../../tests/support/hostile-workbook.ts';
import { spreadsheetText as text } from '../../i18n/zh-CN/spreadsheet.ts';

/** A few kilobytes each, which exceljs (or the reader's own loop) once filled cell by cell until it hung or ran out of memory. */
const refused = (message: string, field: string, item?: string) => ({
  result: { ok: false, message, field, ...(item === undefined ? {} : { item }) },
});
const header = { number: 1, cells: ['活动名称'] };

describe('a hostile workbook is read or refused at once, in bounded memory', () => {
  it('passes over what the importer never reads: validations, formats and column widths over the whole sheet', async () => {
    const bytes = await hostileWorkbook({
      before: '<cols><col min="1" max="2000000000" width="9"/></cols>',
      after:
        '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" priority="1"><formula>A1=1</formula></cfRule></conditionalFormatting>' +
        '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
    });
    expect(readBounded(bytes)).toEqual({ result: { ok: true, rows: [header] } });
  });

  it('refuses a merge over the whole sheet, naming it', async () => {
    const bytes = await hostileWorkbook({ after: '<mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>' });
    expect(readBounded(bytes)).toEqual(refused(text.mergeTooLarge('A2:XFD1048576'), '（整个文件）（XLSX_MERGE_TOO_LARGE）'));
  });

  it('refuses more merges than a form has, which exceljs compares each with every other', async () => {
    const merges = Array.from({ length: 2001 }, (_, i) => `<mergeCell ref="A${i + 2}:B${i + 2}"/>`).join('');
    const bytes = await hostileWorkbook({ after: `<mergeCells>${merges}</mergeCells>` });
    expect(readBounded(bytes)).toEqual(refused(text.tooManyMerges(2001), '（整个文件）（XLSX_TOO_MANY_MERGES）'));
  });

  it('refuses a defined name (名称) over the whole sheet, naming it', async () => {
    const bytes = await hostileWorkbook({ names: `<definedName name="全表">'活动'!$A$1:$XFD$1048576</definedName>` });
    expect(readBounded(bytes)).toEqual(refused(text.nameTooLarge('全表', '$A$1:$XFD$1048576'), '（整个文件）（XLSX_NAME_TOO_LARGE）'));
  });

  it('refuses a cell past the last column a form may have, at its row and column', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<row r="${i + 2}"><c r="XFD${i + 2}"><v>1</v></c></row>`).join('');
    const bytes = await hostileWorkbook({ rows });
    expect(readBounded(bytes)).toEqual(refused(text.tooWide(1000), 'XFD 列（XLSX_TOO_WIDE）', '第 2 行'));
  });

  it('refuses a sheet of more cells than the importer holds', async () => {
    const rows = Array.from({ length: 1001 }, (_, i) => `<row r="${i + 1}"><c r="ALL${i + 1}"><v>1</v></c></row>`).join('');
    expect(readBounded(await hostileWorkbook({ rows }))).toEqual(
      refused(text.tooManyCells(1_000_000), '（整个文件）（XLSX_TOO_MANY_CELLS）'),
    );
  });

  it('still reads merged headers and regions, and a title merged across the whole row', async () => {
    const rows =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>活动表</t></is></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>地区</t></is></c><c r="B2" t="inlineStr"><is><t>活动名称</t></is></c></row>' +
      '<row r="3"><c r="A3" t="inlineStr"><is><t>天河区</t></is></c><c r="B3" t="inlineStr"><is><t>长者课堂</t></is></c></row>' +
      '<row r="4"><c r="B4" t="inlineStr"><is><t>亲子共读</t></is></c></row>';
    const after = '<mergeCells count="2"><mergeCell ref="A1:XFD1"/><mergeCell ref="A3:A4"/></mergeCells>';
    const read = readBounded(await hostileWorkbook({ rows, after }));
    expect(read).toEqual({
      result: {
        ok: true,
        rows: [
          { number: 1, cells: Array<string>(1000).fill('活动表') },
          { number: 2, cells: ['地区', '活动名称'] },
          { number: 3, cells: ['天河区', '长者课堂'] },
          { number: 4, cells: ['天河区', '亲子共读'] },
        ],
      },
    });
  });
});
