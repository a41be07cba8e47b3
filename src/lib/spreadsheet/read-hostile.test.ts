import { describe, expect, it } from 'vitest';
import { hostileWorkbook, readBounded } from '../../../tests/support/hostile-workbook.ts';

/** A few kilobytes, which exceljs once filled cell by cell until it ran out of memory. */
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
});
