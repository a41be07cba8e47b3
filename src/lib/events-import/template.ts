/**
 * The spreadsheet cities fill in: the mapping's first header for each
 * column, a drop-down of the event types in Chinese, input hints on the
 * time, audience and link columns, and a sheet of instructions. Filled in
 * and sent back, it imports as it is.
 */
import ExcelJS from 'exceljs';
import { eventsImportText } from '../../i18n/zh-CN/events-import.ts';
import { audiences, eventTypes } from '../../i18n/zh-CN/vocabulary.ts';
import { placeWords } from '../regions/index.ts';
import { columnLetter } from '../spreadsheet/index.ts';
import { CELL_BORDER, styleHeaderRow } from '../spreadsheet/template-style.ts';
import { xlsxBytes } from '../spreadsheet/xlsx-bytes.ts';
import { defaultEventsMapping, TEMPLATE_KEYS, type ColumnKey, type EventsMapping } from './mapping.ts';

const t = eventsImportText.template;
/** The examples' year in a template for any year (the one shipped in docs/): fixed, so that the file stays as it is. */
const ANY_YEAR_EXAMPLES = 2024;
/** Rows made ready for entries (borders, drop-downs, hints); more can be added below. */
const ROWS = 300;

const WIDTH: Partial<Record<ColumnKey, number>> = {
  title: 30,
  region: 16,
  start: 20,
  end: 20,
  venue: 20,
  address: 30,
  accessibility: 30,
  online: 28,
  organizer: 22,
  type: 16,
  audience: 18,
  registration: 28,
  summary: 50,
};

/** `year` names the week in the title; without it the template serves any year (the one shipped in docs/). */
export function buildEventsTemplate(year: number | undefined, mapping: EventsMapping = defaultEventsMapping()): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const typeLabels = Object.values(eventTypes);
  const exampleYear = year ?? ANY_YEAR_EXAMPLES;
  workbook.title = t.guide(year, exampleYear, '', '', placeWords())[0]!;
  const sheet = workbook.addWorksheet(t.sheetName, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  sheet.columns = TEMPLATE_KEYS.map((key) => ({ header: mapping.columns[key][0]!, width: WIDTH[key] }));
  styleHeaderRow(sheet.getRow(1), 30);
  const hint = (prompt: string) => ({ type: 'custom' as const, formulae: ['TRUE'], allowBlank: true, showInputMessage: true, prompt });
  TEMPLATE_KEYS.forEach((key, index) => {
    for (let r = 2; r <= ROWS + 1; r++) {
      const cell = sheet.getCell(r, index + 1);
      cell.border = CELL_BORDER;
      cell.alignment = { vertical: 'top', wrapText: key === 'summary' || key === 'title' || key === 'accessibility' };
      // Text, so that Excel keeps 2024-11-18 9:30 and 440106 as typed.
      cell.numFmt = '@';
      if (key === 'type') {
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${typeLabels.join(',')}"`],
          showInputMessage: true,
          prompt: t.typePrompt,
          showErrorMessage: true,
          errorStyle: 'warning',
          errorTitle: t.choiceErrorTitle,
          error: t.choiceError,
        };
      } else if (key === 'audience') cell.dataValidation = hint(t.audiencePrompt);
      else if (key === 'start' || key === 'end') cell.dataValidation = hint(t.datePrompt(exampleYear));
      else if (key === 'online' || key === 'registration') cell.dataValidation = hint(t.urlPrompt);
      else if (key === 'accessibility') cell.dataValidation = hint(t.accessibilityPrompt);
    }
  });
  sheet.autoFilter = { from: 'A1', to: `${columnLetter(TEMPLATE_KEYS.length - 1)}1` };

  const guide = workbook.addWorksheet(t.guideSheetName);
  guide.getColumn(1).width = 110;
  t.guide(year, exampleYear, typeLabels.join('、'), Object.values(audiences).join('、'), placeWords()).forEach((line, i) => {
    const cell = guide.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = { bold: true, size: 14 };
  });
  return workbook;
}

export function eventsTemplateBuffer(
  year: number | undefined,
  written: Date,
  mapping?: EventsMapping,
): Promise<Uint8Array<ArrayBuffer>> {
  return xlsxBytes(buildEventsTemplate(year, mapping), written);
}
