import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

const HEADER = '<row r="1"><c r="A1" t="inlineStr"><is><t>活动名称</t></is></c></row>';

export interface SheetXml {
  /** Elements before `<sheetData>` (`<cols>`). */
  before?: string;
  /** The rows; one header cell, 活动名称, when absent. */
  rows?: string;
  /** Elements after it (`<mergeCells>`, `<dataValidations>`). */
  after?: string;
  /** `<definedName>` elements for the workbook. */
  names?: string;
}

/**
 * A workbook of a few kilobytes whose one worksheet is written as given: what
 * a hostile file may hold that Excel would not write, such as a merge over
 * the whole sheet, which exceljs would fill cell by cell.
 */
export async function hostileWorkbook({ before = '', rows = HEADER, after = '', names }: SheetXml): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('活动').addRow(['活动名称']);
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${before}<sheetData>${rows}</sheetData>${after}</worksheet>`,
  );
  if (names !== undefined) {
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', xml.replace('</sheets>', `</sheets><definedNames>${names}</definedNames>`));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** What a read in a child process came to: its result, or how the process ended (killed after the timeout, out of memory). */
export type BoundedRead = { result: unknown } | { status: number | null; signal: string | null; stderr: string };

/**
 * Reads `bytes` as `活动表.xlsx` with readSpreadsheet in a child process of
 * at most 400 MB that is killed after 90 seconds: a workbook that would make
 * the reader hang or run out of memory fails the test, not the test run. (A read
 * that passes took up to 6 s in CI, at nice 10 beside the site tests.)
 */
export function readBounded(bytes: Uint8Array): BoundedRead {
  const file = join(mkdtempSync(join(tmpdir(), 'hostile-')), '活动表.xlsx');
  writeFileSync(file, bytes);
  const child = spawnSync(process.execPath, ['--max-old-space-size=400', join(import.meta.dirname, 'read-spreadsheet.ts'), file], {
    encoding: 'utf8',
    timeout: 90_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) return { status: child.status, signal: child.signal, stderr: child.stderr.slice(-500) };
  return { result: JSON.parse(child.stdout) as unknown };
}
