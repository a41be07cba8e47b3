/**
 * The template that comes with the repository (docs/活动表模板.xlsx), for
 * editors who send it to the cities without running a command: made without
 * a year by `npm run guide`, and kept current by a test. A workbook's bytes
 * change with every write (zip entry times, creation date), so "current"
 * compares what Excel shows: each sheet as read back, cells, widths,
 * drop-downs and hints.
 */
import ExcelJS from 'exceljs';
import { eventsImportText } from '../../i18n/zh-CN/events-import.ts';
import { eventsTemplateBuffer } from './template.ts';

export const SHIPPED_TEMPLATE = eventsImportText.template.shippedFile;

export function shippedTemplateBuffer(written: Date): Promise<Uint8Array> {
  return eventsTemplateBuffer(undefined, written);
}

async function shown(bytes: Uint8Array): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return JSON.stringify({
    title: workbook.title,
    sheets: workbook.worksheets.map((sheet) => ({ name: sheet.name, model: sheet.model })),
  });
}

/** Whether two template files show the same, whenever each was written. */
export async function sameTemplate(a: Uint8Array, b: Uint8Array): Promise<boolean> {
  return (await shown(a)) === (await shown(b));
}
