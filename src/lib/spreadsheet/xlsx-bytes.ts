/**
 * A workbook's bytes that depend on its content and one given moment only.
 * exceljs stamps the workbook's creation date and every zip entry with the
 * time of writing, so the same table written twice differed, and every build
 * published a "new" 统计表 to caches and mirrors. The moment is the build's
 * (SOURCE_DATE_EPOCH pins it), which is also what Excel shows as 创建时间.
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';

export async function xlsxBytes(workbook: ExcelJS.Workbook, written: Date): Promise<Uint8Array<ArrayBuffer>> {
  workbook.created = written;
  workbook.modified = written;
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  zip.forEach((_, entry) => {
    entry.date = written;
  });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) as Promise<Uint8Array<ArrayBuffer>>;
}
