import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/**
 * A workbook of a few kilobytes whose worksheet inflates to `megabytes`: one
 * cell of repeated text, which deflates as well as the millions of tiny rows
 * of a zip bomb do and is quicker to make. Without a limit exceljs reads it
 * whole, so a test of the limit fails at once when the limit is gone.
 */
export async function inflatingWorkbook(megabytes: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('活动').addRow(['活动名称']);
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const padding = 'a'.repeat(megabytes * 1024 * 1024);
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${padding}</t></is></c></row></sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
