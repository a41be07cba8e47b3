import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';
import { cities, countiesOf } from '../regions/index.ts';
import { readRegionData } from '../regions/data-files.ts';
import { contentForProvince } from '../regions/test-support.ts';
import { readXlsx } from '../spreadsheet/index.ts';
import { ACTIVITY_KINDS, perKind } from './activity-kinds.ts';
import { defaultFormMapping, parseFormMapping } from './form-mapping.ts';
import { importFormExport } from './form-import.ts';
import { importSummaryLines } from './form-import-summary.ts';
import { buildFormTemplate, formTemplateBuffer } from './form-template.ts';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

async function importBytes(bytes: Uint8Array, mapping = defaultFormMapping()) {
  const read = await readXlsx(bytes, '填报表.xlsx');
  if (!read.ok) throw new Error(read.message);
  return importFormExport([read.sheet], { year: 2024, deadline: '2024-11-25', mapping });
}

describe('the e-mail template', () => {
  it('has one row per city and county, codes and names filled in, each city before its counties', async () => {
    const sheet = (await load(await formTemplateBuffer(2024, '2024-11-25', new Date()))).getWorksheet('填报表')!;
    const expected = cities().flatMap((city) => [city, ...countiesOf(city.code)]);
    expect(sheet.rowCount).toBe(expected.length + 1);
    expected.forEach((region, i) => {
      const row = sheet.getRow(i + 2);
      expect([row.getCell(1).value, row.getCell(2).value]).toEqual([region.code, region.name]);
    });
  });

  it('heads its columns with the mapping’s first header texts', async () => {
    const sheet = (await load(await formTemplateBuffer(2024, '2024-11-25', new Date()))).getWorksheet('填报表')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      '地区代码',
      '地区',
      '所属地市',
      '提交时间',
      '开幕式日期',
      '主题阅读活动数',
      '主题阅读参加人次',
      '社长荐书活动数',
      '社长荐书参加人次',
      '线上社会大讲堂活动数',
      '线上社会大讲堂参加人次',
      '数字阅读分享活动数',
      '数字阅读分享参加人次',
      '活动周活动数',
      '活动周参加人次',
    ]);
  });

  it('lets number cells take only whole numbers ≥ 0, and explains why', async () => {
    const sheet = (await load(await formTemplateBuffer(2024, '2024-11-25', new Date()))).getWorksheet('填报表')!;
    for (const address of ['F2', 'O2', 'J144']) {
      expect(sheet.getCell(address).dataValidation).toMatchObject({
        type: 'whole',
        operator: 'greaterThanOrEqual',
        formulae: [0],
        showErrorMessage: true,
        errorStyle: 'stop',
      });
    }
    expect(sheet.getCell('D2').dataValidation).toBeUndefined();
  });

  it('comes with a sheet of instructions naming the year and the deadline', async () => {
    const guide = (await load(await formTemplateBuffer(2024, '2024-11-25', new Date()))).getWorksheet('填写说明')!;
    expect(guide.getCell('A1').value).toBe('2024 年全民终身学习活动数据填报表');
    expect(guide.getColumn(1).values.join('\n')).toContain('于 2024-11-25 前发回');
  });

  it('every year its instructions name, examples included, is the template’s own', async () => {
    for (const year of [2024, 2026]) {
      const guide = (await load(await formTemplateBuffer(year, `${year}-11-25`, new Date()))).getWorksheet('填写说明')!;
      const text = guide.getColumn(1).values.join('\n');
      expect(text).toContain(`例如 ${year}-11-20 14:03`);
      expect(new Set(text.match(/(?<!\d)20\d\d(?!\d)/g))).toEqual(new Set([String(year)]));
    }
  });

  it('imports back unchanged when nobody filled it in: no reports, every row counted as not filled', async () => {
    const result = await importBytes(await formTemplateBuffer(2024, '2024-11-25', new Date()));
    expect(result.ok && result.stats.reports).toEqual([]);
    expect(result.ok && result.summary.blankRows).toBe(cities().length + cities().reduce((n, c) => n + countiesOf(c.code).length, 0));
  });

  it('round-trips: template → filled in Excel → import gives the figures typed in', async () => {
    const workbook = await load(await formTemplateBuffer(2024, '2024-11-25', new Date()));
    const sheet = workbook.getWorksheet('填报表')!;
    const filled = new Map<string, { submittedAt: string; opening?: string; figures: number[] }>([
      [
        '440100',
        { submittedAt: '2024-11-20 14:03', opening: '2024-11-18', figures: [120, 35000, 8, 2000, 30, 120000, 15, 8000, 40, 50000] },
      ],
      ['440106', { submittedAt: '2024-11-21', figures: [12, 3000, 0, 0, 0, 0, 0, 0, 6, 4000] }],
      ['445381', { submittedAt: '2024-11-26 08:30', opening: '2024-11-24', figures: [3, 90, 0, 0, 1, 15, 0, 0, 1, 200] }],
    ]);
    sheet.eachRow((row, n) => {
      const entry = n > 1 ? filled.get(String(row.getCell(1).value)) : undefined;
      if (!entry) return;
      // One typed as text, the others as Excel date cells.
      const [day, time = '00:00'] = entry.submittedAt.split(' ');
      const [y, m, d] = day!.split('-').map(Number);
      const [hh, mm] = time.split(':').map(Number);
      row.getCell(4).value = row.getCell(1).value === '440106' ? '2024/11/21' : new Date(Date.UTC(y!, m! - 1, d, hh, mm));
      if (entry.opening) row.getCell(5).value = entry.opening;
      entry.figures.forEach((value, i) => (row.getCell(6 + i).value = value));
    });
    const result = await importBytes(new Uint8Array(await workbook.xlsx.writeBuffer()));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.stats.reports).toEqual(
      [...filled].map(([region, e]) => ({
        region,
        submittedAt: e.submittedAt,
        ...(e.opening ? { openingCeremony: e.opening } : {}),
        activities: Object.fromEntries(
          ACTIVITY_KINDS.map((k, i) => [k, { count: e.figures[2 * i], participants: e.figures[2 * i + 1] }]),
        ),
      })),
    );
  });

  it('follows a custom mapping, and imports back with it', async () => {
    const parsed = parseFormMapping('region: [单位]\ncount: ["{名称}场次"]\nkinds:\n  learning_week: [终身学习周]', 'm.yaml');
    if (!parsed.ok) throw new Error('bad mapping');
    const workbook = buildFormTemplate(2024, '2024-11-25', parsed.mapping);
    const sheet = workbook.getWorksheet('填报表')!;
    expect(sheet.getCell('B1').value).toBe('单位');
    expect(sheet.getCell('N1').value).toBe('终身学习周场次');
    sheet.getCell('D2').value = '2024-11-20';
    for (let c = 6; c <= 15; c++) sheet.getRow(2).getCell(c).value = 1;
    const result = await importBytes(new Uint8Array(await workbook.xlsx.writeBuffer()), parsed.mapping);
    expect(result.ok && result.stats.reports.map((r) => r.region)).toEqual([cities()[0]!.code]);
  });
});

describe('the e-mail template of a municipality (北京 110000), whose districts report directly', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('has a row per district and no 所属地市 column or 地市本级 line, and imports back as filled in', async () => {
    vi.stubEnv('CONTENT_DIR', contentForProvince('110000'));
    vi.resetModules();
    const fresh = {
      template: await import('./form-template.ts'),
      spreadsheet: await import('../spreadsheet/index.ts'),
      form: await import('./form-import.ts'),
    };
    const data = readRegionData('110000');
    const workbook = await load(await fresh.template.formTemplateBuffer(2024, '2024-11-25', new Date()));
    const sheet = workbook.getWorksheet('填报表')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['地区代码', '地区', '提交时间', '开幕式日期']);
    expect(sheet.rowCount).toBe(data.counties.length + 1);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2 });
    const guide = (workbook.getWorksheet('填写说明')!.getColumn(1).values as unknown[]).join('\n');
    expect(guide).not.toMatch(/地市|县（市、区）/);
    expect(guide).toMatch(/^5\. 填好后保存为 \.xlsx/m);

    const first = sheet.getRow(2);
    first.getCell(3).value = '2024-11-20 10:00';
    for (let c = 5; c <= 14; c++) first.getCell(c).value = 2;
    const read = await fresh.spreadsheet.readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()), '填报表.xlsx');
    if (!read.ok) throw new Error(read.message);
    const result = fresh.form.importFormExport([read.sheet], { year: 2024, deadline: '2024-11-25', mapping: defaultFormMapping() });
    expect(result.ok && result.stats.reports.map((r) => r.region)).toEqual([data.counties[0]!.code]);
  });
});

describe('the e-mail template of 湖北 (420000), with counties directly under the province', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('names them 湖北省直辖 in the 所属地市 column', async () => {
    vi.stubEnv('CONTENT_DIR', contentForProvince('420000'));
    vi.resetModules();
    const { formTemplateBuffer: fresh } = await import('./form-template.ts');
    const data = readRegionData('420000');
    const direct = new Set(data.counties.filter((c) => c.parent === data.province.code).map((c) => c.code));
    expect(direct.size).toBeGreaterThan(0);
    const rows: unknown[][] = [];
    (await load(await fresh(2024, '2024-11-25', new Date()))).getWorksheet('填报表')!.eachRow((row, n) => {
      if (n > 1 && direct.has(String(row.getCell(1).value))) rows.push([row.getCell(2).value, row.getCell(3).value]);
    });
    expect(rows).toEqual(data.counties.filter((c) => direct.has(c.code)).map((c) => [c.name, '湖北省直辖']));
  });
});

describe('the deadline a template was made with', () => {
  const DEADLINE = '2026-11-20';
  /** A 2026 template due on DEADLINE, with 广州市 filled in as sent on `submitted`. */
  async function filled(submitted: string) {
    const workbook = await load(await formTemplateBuffer(2026, DEADLINE, new Date()));
    const row = workbook.getWorksheet('填报表')!.getRow(2);
    row.getCell(4).value = submitted;
    for (let c = 6; c <= 15; c++) row.getCell(c).value = 1;
    const read = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()), 't20.xlsx');
    if (!read.ok) throw new Error(read.message);
    return read.sheet;
  }
  const options = { year: 2026, mapping: defaultFormMapping() };

  it('judges lateness by it when imported into a new file without --deadline, and says so', async () => {
    // Sent the day after the template's deadline, but before the default 25 November.
    const submitted = '2026-11-21 10:00';
    const result = importFormExport([await filled(submitted)], options);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.stats.deadline).toBe(DEADLINE);
    const lines = importSummaryLines(result.stats, result.summary);
    expect(lines).toContain(statsFormsText.summary.templateDeadline(DEADLINE, ['t20.xlsx']));
    expect(lines.join('\n')).toContain(`逾期报送（截止 ${DEADLINE}，1 个）：${cities()[0]!.name}（${submitted.slice(0, 10)}）`);
    expect(result.summary.warnings).toEqual([]);
  });

  it('an explicit --deadline, or the deadline of the file being updated, wins; the template’s is a warning', async () => {
    const sheet = await filled('2026-11-21 10:00');
    const d = statsFormsText.import.deadline;
    const explicit = importFormExport([sheet], { ...options, deadline: '2026-11-25' });
    expect(explicit.ok && explicit.stats.deadline).toBe('2026-11-25');
    expect(explicit.ok && explicit.summary.warnings).toEqual([
      {
        file: 't20.xlsx',
        field: d.field(d.workbookKeywords, 'deadline'),
        message: d.differs(DEADLINE, '2026-11-25', d.byOption),
        severity: 'warning',
      },
    ]);
    const stats = { year: 2026, deadline: '2026-11-30', province: perKind(() => false), reports: [] };
    const updating = importFormExport([sheet], { ...options, previous: { file: '2026.json', stats } });
    expect(updating.ok && updating.stats.deadline).toBe('2026-11-30');
    expect(updating.ok && updating.summary.warnings.map((w) => w.message)).toEqual([
      d.differs(DEADLINE, '2026-11-30', d.byFile('2026.json')),
    ]);
  });
});
