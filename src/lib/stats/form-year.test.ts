/**
 * An export gives its own year (提交时间, 开幕式日期, a title row, the
 * template's workbook title): imported as another year, it warns, naming the
 * file, the rows, the column and the year found, and still imports.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { spreadsheetText } from '../../i18n/zh-CN/spreadsheet.ts';
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';
import { placeWords } from '../regions/index.ts';
import { readCsv, readXlsx } from '../spreadsheet/index.ts';
import type { Sheet } from '../spreadsheet/index.ts';
import { defaultFormMapping } from './form-mapping.ts';
import { importFormExport } from './form-import.ts';
import type { ImportOptions } from './form-import.ts';
import { formTemplateBuffer } from './form-template.ts';
import { yearInTitle } from './form-year.ts';

const t = statsFormsText.import.year;
const FIXTURE = resolve(import.meta.dirname, '../../../tests/fixtures/stats-import/form-export-2024.csv');
/** The sample export with its one unknown name fixed, so that it imports. */
const exportText = () => readFileSync(FIXTURE, 'utf8').replace('广州市黄浦区', '广州市黄埔区');

function csvSheet(text: string, file = 'export.csv'): Sheet {
  const result = readCsv(new TextEncoder().encode(text), file);
  if (!result.ok) throw new Error(result.message);
  return result.sheet;
}

const options = (year: number, extra: Partial<ImportOptions> = {}): ImportOptions => ({
  year,
  deadline: `${year}-11-25`,
  mapping: defaultFormMapping(),
  ...extra,
});

function warningsOf(sheets: Sheet[], year: number) {
  const result = importFormExport(sheets, options(year));
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.summary.warnings;
}

const HEADER =
  '地区,提交时间,开幕式日期,主题阅读活动数,主题阅读参加人次,社长荐书活动数,社长荐书参加人次,线上社会大讲堂活动数,线上社会大讲堂参加人次,数字阅读分享活动数,数字阅读分享参加人次,活动周活动数,活动周参加人次';
const GOOD = '天河区,2024-11-20 10:00,2024-11-18,1,10,0,0,0,0,0,0,1,20';

describe('the sample 2024 export imported as 2023', () => {
  // Its data rows as written: row number, 提交时间 (column B), 开幕式日期 (column D).
  const rows = exportText()
    .trim()
    .split('\n')
    .slice(1)
    .map((line, i) => {
      const cells = line.split(',');
      return { row: i + 2, submitted: cells[1]!, opening: cells[3]! };
    });

  it('warns once for 提交时间 and once for 开幕式日期, naming every row that counts and the year found', () => {
    const result = importFormExport([csvSheet(exportText())], options(2023));
    if (!result.ok) throw new Error('import failed');
    const setAside = new Set(result.summary.setAside.map((s) => s.row.row));
    const kept = rows.filter((r) => !setAside.has(r.row));
    // Every submission in the file is from 2024; the rows set aside (a later one replaced them) do not count.
    expect(kept.every((r) => r.submitted.startsWith('2024'))).toBe(true);
    const opened = kept.filter((r) => r.opening !== '');

    const dateWarnings = result.summary.warnings.filter((w) => w.message.includes('--year'));
    expect(dateWarnings).toEqual([
      {
        file: 'export.csv',
        item: t.rows(kept.map((r) => r.row)),
        field: 'B 列“提交时间”（submittedAt）',
        message: t.submittedAt(2024, 2023, '2024-11-20 14:03', kept.length),
        severity: 'warning',
      },
      {
        file: 'export.csv',
        item: t.rows(opened.map((r) => r.row)),
        field: 'D 列“开幕式日期”（openingCeremony）',
        message: t.openingCeremony(2024, 2023, '2024-11-18', opened.length),
        severity: 'warning',
      },
    ]);
    expect(dateWarnings[0]!.item).toBe(`第 2、4、5 行等 ${kept.length} 行`);
    expect(dateWarnings[0]!.message).toMatch(
      /^这 \d+ 行的提交时间在 2024 年（如“2024-11-20 14:03”），而本次按 2023 年导入（--year 2023）：/,
    );
    expect(dateWarnings[0]!.message).toContain('改用 --year 2024 重新导入');
    // Still a warning: the file is made, as asked.
    expect(result.stats.year).toBe(2023);
  });

  it('says nothing about the year when imported as 2024', () => {
    expect(warningsOf([csvSheet(exportText())], 2024).filter((w) => w.message.includes('--year'))).toEqual([]);
  });
});

describe('one row from another year', () => {
  it('names the row and its region, and still imports (a late report may come in the January after)', () => {
    const late = GOOD.replace('2024-11-20 10:00,2024-11-18', '2025-01-06 09:00,2024-11-18');
    const result = importFormExport([csvSheet(`${HEADER}\n${late}\n`)], options(2024));
    expect(result.ok).toBe(true);
    expect(result.ok && result.summary.warnings).toEqual([
      {
        file: 'export.csv',
        item: '第 2 行（广州市天河区 440106）',
        field: 'B 列“提交时间”（submittedAt）',
        message: t.submittedAt(2025, 2024, '2025-01-06 09:00', 1),
        severity: 'warning',
      },
    ]);
    expect(t.submittedAt(2025, 2024, '2025-01-06 09:00', 1)).toMatch(/^提交时间在 2025 年/);
  });

  it('an opening ceremony typed with last year’s year', () => {
    const typo = GOOD.replace(',2024-11-18,', ',2023-11-18,');
    expect(warningsOf([csvSheet(`${HEADER}\n${typo}\n`)], 2024)).toMatchObject([
      {
        item: '第 2 行（广州市天河区 440106）',
        field: 'C 列“开幕式日期”（openingCeremony）',
        message: t.openingCeremony(2023, 2024, '2023-11-18', 1),
      },
    ]);
  });
});

describe('a title that names the year', () => {
  it.each([
    ['2023年全民终身学习活动数据汇总', 2023],
    ['２０２３ 年度 活动数据', 2023],
    ['全民终身学习活动数据（2024年11月）', 2024],
    ['活动数据汇总', undefined],
    ['共 2023 项', undefined],
  ])('%j names %j', (title, year) => {
    expect(yearInTitle(title)).toBe(year);
  });

  it('a title row above the header, merged across the sheet or not, warns once', () => {
    const title = '2023年全民终身学习活动数据汇总';
    const text = `${title},${title},${title}\n${HEADER}\n${GOOD}\n`;
    expect(warningsOf([csvSheet(text)], 2024)).toEqual([
      {
        file: 'export.csv',
        item: spreadsheetText.row(1),
        field: 'A 列（year）',
        message: t.title(title, 2023, 2024),
        severity: 'warning',
      },
    ]);
    expect(warningsOf([csvSheet(text.replaceAll('2023年', '2024年'))], 2024)).toEqual([]);
  });

  describe('the template stats template writes, filled in', () => {
    async function filledTemplate(templateYear: number, submitted: string): Promise<Sheet> {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(
        (await formTemplateBuffer(templateYear, `${templateYear}-11-25`, new Date())) as unknown as ArrayBuffer,
      );
      const sheet = workbook.getWorksheet('填报表')!;
      // Row 2 is the first city; its cells: code, name, city, 提交时间, 开幕式日期, then the ten figures.
      const row = sheet.getRow(2);
      row.getCell(4).value = submitted;
      for (let column = 6; column <= 15; column++) row.getCell(column).value = 0;
      const read = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()), '填报表.xlsx');
      if (!read.ok) throw new Error(read.message);
      return read.sheet;
    }

    it('keeps the year it was made for in the workbook’s title, and warns when imported as another', async () => {
      const sheet = await filledTemplate(2024, '2024-11-20 10:00');
      expect(sheet.title).toBe(statsFormsText.template.guide(2024, '2024-11-25', placeWords().divisions)[0]);
      expect(warningsOf([sheet], 2024)).toEqual([]);
      const warnings = warningsOf([sheet], 2025);
      expect(warnings[0]).toEqual({
        file: '填报表.xlsx',
        field: `${t.workbookTitle}（year）`,
        message: t.title(sheet.title!, 2024, 2025),
        severity: 'warning',
      });
      // And the row's 提交时间, in 2024 too.
      expect(warnings.slice(1).map((w) => w.field)).toEqual(['D 列“提交时间”（submittedAt）']);
    });

    it('last year’s template filled in this year warns only about its title', async () => {
      const warnings = warningsOf([await filledTemplate(2023, '2024-11-20 10:00')], 2024);
      expect(warnings.map((w) => w.message)).toEqual([
        t.title(statsFormsText.template.guide(2023, '', placeWords().divisions)[0]!, 2023, 2024),
      ]);
    });
  });
});
