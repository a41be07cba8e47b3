/**
 * The spreadsheet for offices that collect by e-mail: one row per city and
 * county (codes and names filled in), the form's columns with the mapping's
 * own header texts, figure cells that Excel and WPS accept only as whole
 * numbers ≥ 0, and a sheet of instructions. Filled in and sent back, it
 * imports with the same mapping.
 */
import ExcelJS from 'exceljs';
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';
import { cities, countiesOf, placeWords, subdivisions } from '../regions/index.ts';
import { columnLetter } from '../spreadsheet/index.ts';
import { CELL_BORDER, styleHeaderRow } from '../spreadsheet/template-style.ts';
import { xlsxBytes } from '../spreadsheet/xlsx-bytes.ts';
import { ACTIVITY_KINDS } from './activity-kinds.ts';
import { defaultFormMapping, kindHeaders } from './form-mapping.ts';
import type { FormMapping } from './form-mapping.ts';
import { templateDeadlineKeywords } from './import-deadline.ts';
import { chasedThrough, groupLabel } from './named-regions.ts';

const t = statsFormsText.template;

export interface TemplateColumn {
  header: string;
  width: number;
  kind: 'code' | 'region' | 'city' | 'dateTime' | 'date' | 'number';
}

/**
 * The template's columns, headed with the first header text the mapping accepts for each; a
 * municipality's districts have no city above them, so its template has no 所属地市 column.
 */
export function templateColumns(mapping: FormMapping = defaultFormMapping()): TemplateColumn[] {
  const columns: TemplateColumn[] = [];
  if (mapping.code[0]) columns.push({ header: mapping.code[0], width: 11, kind: 'code' });
  columns.push({ header: mapping.region[0]!, width: 22, kind: 'region' });
  if (cities().length > 0) columns.push({ header: t.cityHeader(placeWords().divisions), width: 10, kind: 'city' });
  columns.push({ header: mapping.submittedAt[0]!, width: 18, kind: 'dateTime' });
  if (mapping.openingCeremony[0]) columns.push({ header: mapping.openingCeremony[0], width: 13, kind: 'date' });
  for (const kind of ACTIVITY_KINDS) {
    columns.push({ header: kindHeaders(mapping, kind, 'count')[0]!, width: 12, kind: 'number' });
    columns.push({ header: kindHeaders(mapping, kind, 'participants')[0]!, width: 13, kind: 'number' });
  }
  return columns;
}

export function buildFormTemplate(year: number, deadline: string, mapping: FormMapping = defaultFormMapping()): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const guideLines = t.guide(year, deadline, placeWords().divisions, cities().length > 0);
  workbook.title = guideLines[0]!;
  // The day the instructions give, for the import to judge lateness by (import-deadline.ts).
  workbook.keywords = templateDeadlineKeywords(deadline);
  const columns = templateColumns(mapping);
  // The columns that say whose row it is stay in view while the figures scroll.
  const naming = columns.findIndex((c) => c.kind === 'dateTime');
  const sheet = workbook.addWorksheet(t.sheetName, {
    views: [{ state: 'frozen', xSplit: naming, ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));

  styleHeaderRow(sheet.getRow(1), 36);

  // Each city with its counties beneath it; a county directly under the province stands alone, as its own city.
  const regions = subdivisions().flatMap((city) => [city, ...countiesOf(city.code)]);
  regions.forEach((region, index) => {
    const row = sheet.getRow(index + 2);
    columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      if (column.kind === 'code') cell.value = region.code;
      if (column.kind === 'region') cell.value = region.name;
      // Named as the summaries group it: its city, or 湖北省直辖 for 仙桃, which stands alone among the cities.
      if (column.kind === 'city') cell.value = groupLabel(chasedThrough(region.code), statsFormsText.summary.directlyUnder);
      if (column.kind === 'dateTime') cell.numFmt = 'yyyy-mm-dd hh:mm';
      if (column.kind === 'date') cell.numFmt = 'yyyy-mm-dd';
      if (column.kind === 'number') {
        cell.numFmt = '0';
        cell.dataValidation = {
          type: 'whole',
          operator: 'greaterThanOrEqual',
          formulae: [0],
          allowBlank: true,
          showInputMessage: true,
          promptTitle: t.numberErrorTitle,
          prompt: t.numberPrompt,
          showErrorMessage: true,
          errorStyle: 'stop',
          errorTitle: t.numberErrorTitle,
          error: t.numberError,
        };
      }
      // Codes are text: a leading zero elsewhere, or Excel's habit of turning long digits into 4.4E+05, must not touch them.
      if (column.kind === 'code') cell.numFmt = '@';
      // A city's own row stands out from its counties'.
      if (region.level === 'city' && column.kind !== 'number') cell.font = { bold: true };
      cell.border = CELL_BORDER;
    });
  });
  sheet.autoFilter = { from: 'A1', to: `${columnLetter(columns.length - 1)}1` };

  const guide = workbook.addWorksheet(t.guideSheetName);
  guide.getColumn(1).width = 110;
  guideLines.forEach((line, i) => {
    const cell = guide.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = { bold: true, size: 14 };
  });
  return workbook;
}

export function formTemplateBuffer(year: number, deadline: string, written: Date, mapping?: FormMapping): Promise<Uint8Array> {
  return xlsxBytes(buildFormTemplate(year, deadline, mapping), written);
}
