import { describe, expect, it } from 'vitest';
import { hostileWorkbook, readBounded } from '../../../tests/support/hostile-workbook.ts';
import { spreadsheetText as text } from '../../i18n/zh-CN/spreadsheet.ts';

/** A few kilobytes each, which exceljs once filled cell by cell until it hung or ran out of memory. */
const refused = (message: string, field: string) => ({ result: { ok: false, message, field } });
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
  }, 60_000);

  it('refuses a merge over the whole sheet, naming it', async () => {
    const bytes = await hostileWorkbook({ after: '<mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>' });
    expect(readBounded(bytes)).toEqual(refused(text.mergeTooLarge('A2:XFD1048576'), '（整个文件）（XLSX_MERGE_TOO_LARGE）'));
  }, 60_000);

  it('refuses more merges than a form has, which exceljs compares each with every other', async () => {
    const merges = Array.from({ length: 2001 }, (_, i) => `<mergeCell ref="A${i + 2}:B${i + 2}"/>`).join('');
    const bytes = await hostileWorkbook({ after: `<mergeCells>${merges}</mergeCells>` });
    expect(readBounded(bytes)).toEqual(refused(text.tooManyMerges(2001), '（整个文件）（XLSX_TOO_MANY_MERGES）'));
  }, 60_000);

  it('refuses a defined name (名称) over the whole sheet, naming it', async () => {
    const bytes = await hostileWorkbook({ names: `<definedName name="全表">'活动'!$A$1:$XFD$1048576</definedName>` });
    expect(readBounded(bytes)).toEqual(refused(text.nameTooLarge('全表', '$A$1:$XFD$1048576'), '（整个文件）（XLSX_NAME_TOO_LARGE）'));
  }, 60_000);
});
