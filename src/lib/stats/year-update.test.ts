/**
 * Importing into a year that has a file: the export's regions are updated,
 * every other report stays as the file had it, and the summary says which
 * regions were updated, added and kept, and which reports change.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';
import { ACTIVITY_KINDS } from './activity-kinds.ts';
import { importFormExport, importRegionLabel } from './form-import.ts';
import { importSummaryLines } from './form-import-summary.ts';
import { defaultFormMapping } from './form-mapping.ts';
import { sampleStats } from './fixtures.ts';
import { cities, cityOf, countiesOf, placeWords, regionByCode } from '../regions/index.ts';
import { readCsv } from '../spreadsheet/index.ts';
import type { StatsReport } from './schema.ts';
import { updateYear } from './year-update.ts';

const t = statsFormsText.summary.update;
const EXPORT = resolve(import.meta.dirname, '../../../tests/fixtures/stats-import/form-export-2024.csv');

const regions = (reports: readonly StatsReport[]) => reports.map((r) => r.region);
const names = (codes: readonly string[]) => codes.map((c) => regionByCode(c)!.name).join('、');

describe('updateYear', () => {
  const existing = sampleStats().reports;
  const [guangzhou, , , yuexiu] = existing;
  // 广州市 with other figures and no opening ceremony, 越秀区 as it was, 天河区 new.
  const imported: StatsReport[] = [
    { region: '440106', submittedAt: '2023-11-21', activities: guangzhou!.activities },
    { ...yuexiu!, submittedAt: '2023-11-25' },
    {
      region: guangzhou!.region,
      submittedAt: '2023-11-26',
      activities: { ...guangzhou!.activities, themed_reading: { count: 7, participants: 700 } },
    },
  ];
  const { reports, update } = updateYear('2023.json', existing, imported);
  const importedCodes = new Set(regions(imported));

  it('keeps every report of a region the export does not have, exactly as the file had it', () => {
    const kept = existing.filter((r) => !importedCodes.has(r.region));
    expect(kept.length).toBeGreaterThan(0);
    for (const report of kept) expect(reports.find((r) => r.region === report.region)).toEqual(report);
    expect(update.kept).toEqual(regions(kept).sort());
    expect(regions(reports)).toEqual([...new Set([...regions(existing), ...importedCodes])].sort());
  });

  it('takes the export’s report for its regions, and says which were there before', () => {
    for (const report of imported) {
      const written = reports.find((r) => r.region === report.region)!;
      expect(written.activities).toEqual(report.activities);
      expect(written.submittedAt).toBe(report.submittedAt);
    }
    const had = new Set(regions(existing));
    expect(update.updated).toEqual([...importedCodes].filter((c) => had.has(c)).sort());
    expect(update.added).toEqual([...importedCodes].filter((c) => !had.has(c)).sort());
  });

  it('lists the reports whose figures change, with before and after; one with the same figures is not listed', () => {
    const after = reports.find((r) => r.region === guangzhou!.region)!;
    expect(update.changed).toEqual([{ before: guangzhou, after }]);
  });

  it('keeps an opening ceremony the export leaves blank, and says so', () => {
    expect(reports.find((r) => r.region === guangzhou!.region)!.openingCeremony).toBe(guangzhou!.openingCeremony);
    expect(update.openingKept).toEqual([{ region: guangzhou!.region, openingCeremony: guangzhou!.openingCeremony }]);
  });
});

describe('importing into a year that has a file', () => {
  const sheet = readCsv(new TextEncoder().encode(readFileSync(EXPORT, 'utf8').replace('广州市黄浦区', '广州市黄埔区')), 'export.csv');
  if (!sheet.ok) throw new Error(sheet.message);
  const previous = { file: '2024.json', stats: { ...sampleStats(), year: 2024 } };
  const options = { year: 2024, deadline: '2024-11-25', mapping: defaultFormMapping() };
  const fresh = importFormExport([sheet.sheet], options);
  const result = importFormExport([sheet.sheet], { ...options, previous });
  if (!fresh.ok || !result.ok) throw new Error('the fixed export imports');
  const fromExport = regions(fresh.stats.reports);
  const before = new Map(previous.stats.reports.map((r) => [r.region, r]));
  const updated = fromExport.filter((c) => before.has(c));
  const added = fromExport.filter((c) => !before.has(c));
  const kept = [...before.keys()].filter((c) => !fromExport.includes(c)).sort();

  it('writes the file’s other reports beside the export’s', () => {
    expect(regions(result.stats.reports)).toEqual([...fromExport, ...kept].sort());
    for (const code of kept) expect(result.stats.reports.find((r) => r.region === code)).toEqual(before.get(code));
  });

  it('the summary names the regions updated, added and kept, and each report whose figures change', () => {
    const lines = importSummaryLines(result.stats, result.summary);
    expect(lines).toContain(t.heading('2024.json'));
    expect(lines).toContain(t.updated(updated.length, placeWords().divisions, names(updated)));
    expect(lines).toContain(t.added(added.length, placeWords().divisions, names(added)));
    expect(lines).toContain(t.kept(kept.length, placeWords().divisions, names(kept)));
    const changed = updated.filter((code) => {
      const now = fresh.stats.reports.find((r) => r.region === code)!;
      return JSON.stringify(now.activities) !== JSON.stringify(before.get(code)!.activities);
    });
    expect(changed.length).toBeGreaterThan(0);
    expect(lines).toContain(t.changed(result.summary.update!.changed.length));
    for (const code of changed) {
      const was = before.get(code)!.activities;
      const now = fresh.stats.reports.find((r) => r.region === code)!.activities;
      const line = lines.find((l) => l.includes(`${importRegionLabel(regionByCode(code)!)}：`))!;
      for (const kind of ACTIVITY_KINDS) {
        const [b, a] = [was[kind], now[kind]];
        if (b.count !== a.count || b.participants !== a.participants)
          expect(line).toContain(
            t.kind(statsFormsText.annex.kinds[kind], `${b.count}/${b.participants}`, `${a.count}/${a.participants}`),
          );
      }
    }
  });

  it('names every region kept, however many: a line per city, the city’s own report first', () => {
    // A file with every city and county's report: most are not in the export.
    const template = previous.stats.reports[0]!;
    const everyone = [...cities(), ...cities().flatMap((c) => countiesOf(c.code))].map((r) => ({ ...template, region: r.code }));
    const full = { file: '2024.json', stats: { ...previous.stats, reports: everyone.sort((a, b) => (a.region < b.region ? -1 : 1)) } };
    const updating = importFormExport([sheet.sheet], { ...options, previous: full });
    if (!updating.ok) throw new Error('the fixed export imports');
    const keptCodes = new Set(everyone.map((r) => r.region).filter((c) => !fromExport.includes(c)));
    expect(keptCodes.size).toBeGreaterThan(100);
    const byCity = cities()
      .map((city) => [city, ...countiesOf(city.code)].filter((r) => keptCodes.has(r.code)))
      .filter((group) => group.length > 0)
      .map((group) => `      ${cityOf(group[0]!.code)!.name}（${group.length}）：${group.map((r) => r.name).join('、')}`);
    const lines = importSummaryLines(updating.stats, updating.summary);
    const from = lines.indexOf(t.kept(keptCodes.size, placeWords().divisions));
    expect(from).toBeGreaterThan(-1);
    expect(lines.slice(from + 1, from + 1 + byCity.length)).toEqual(byCity);
    expect(lines.some((l) => l.endsWith(' 等'))).toBe(false);
  });

  it('a warning about the export’s year says to restore the file updated, not to delete it', () => {
    const into2023 = importFormExport([sheet.sheet], {
      ...options,
      year: 2023,
      previous: { file: '2023.json', stats: sampleStats() },
    });
    const messages = (into2023.ok ? into2023.summary.warnings.map((w) => w.message) : []).filter((m) => m.includes('--year 2024'));
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message).toContain('请把 2023.json 恢复为更新前的版本');
      expect(message).not.toContain('删去');
    }
  });

  it('a file new to the year has no such lines', () => {
    expect(fresh.summary.update).toBeUndefined();
    expect(importSummaryLines(fresh.stats, fresh.summary).join('\n')).not.toContain('更新已有的');
  });
});

describe('an export older than the file (an earlier e-mailed sheet imported late)', () => {
  // The file: 天河区 on time, 福田区 late; the export: both earlier, with other figures, and 越秀区 new.
  const header =
    '提交时间,地区,主题阅读活动数,主题阅读参加人次,“社长（总编）荐书”活动数,“社长（总编）荐书”参加人次,线上社会大讲堂活动数,线上社会大讲堂参加人次,数字阅读分享活动数,数字阅读分享参加人次,全民终身学习活动周活动数,全民终身学习活动周参加人次';
  const exportRows = {
    '440106': '2026-11-21 14:03,广州市天河区,40,4000,1,100,2,200,3,300,4,400',
    '440304': '2026-11-22 08:00,深圳市福田区,6,600,1,10,0,0,0,0,1,40',
    '440104': '2026-11-22 09:00,广州市越秀区,5,500,0,0,0,0,0,0,1,40',
  };
  const sheet = readCsv(new TextEncoder().encode(`${header}\n${Object.values(exportRows).join('\n')}\n`), 'old.csv');
  if (!sheet.ok) throw new Error(sheet.message);
  const [tianhe, futian] = sampleStats().reports.slice(0, 2);
  const inFile: StatsReport[] = [
    { ...tianhe!, region: '440106', submittedAt: '2026-11-23 16:45:01' },
    { ...futian!, region: '440304', submittedAt: '2026-11-26 00:10:05' },
  ];
  const previous = { file: '2026.json', stats: { ...sampleStats(), year: 2026, deadline: '2026-11-25', reports: inFile } };
  const result = importFormExport([sheet.sheet], { year: 2026, deadline: '2026-11-25', mapping: defaultFormMapping(), previous });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  const exportTime = (code: keyof typeof exportRows) => exportRows[code].split(',')[0]!;

  it('keeps each report the file has from after the export’s row, exactly as the file had it', () => {
    for (const report of inFile) expect(result.stats.reports.find((r) => r.region === report.region)).toEqual(report);
    // 福田区 stays late: it sent after the deadline, whatever the older sheet says.
    expect(importSummaryLines(result.stats, result.summary).join('\n')).toContain('福田区（2026-11-26）');
    expect(result.stats.reports.find((r) => r.region === '440104')!.submittedAt).toBe(exportTime('440104'));
  });

  it('the summary names each such region with both times, and does not count it as updated', () => {
    const lines = importSummaryLines(result.stats, result.summary);
    expect(lines).toContain(t.newerInFile(inFile.length));
    for (const report of inFile) {
      const label = importRegionLabel(regionByCode(report.region)!);
      expect(lines).toContain(t.newerInFileLine(label, report.submittedAt, exportTime(report.region as keyof typeof exportRows)));
      expect(
        lines.some((l) => l.includes(t.submittedAt(report.submittedAt, exportTime(report.region as keyof typeof exportRows)))),
      ).toBe(false);
    }
    expect(result.summary.update!.updated).toEqual([]);
    expect(result.summary.update!.added).toEqual(['440104']);
  });

  it('no warning claims the older row was taken as the latest', () => {
    expect(result.summary.warnings.filter((w) => w.file === 'old.csv' && /第 [23] 行/.test(w.item ?? ''))).toEqual([]);
  });

  it('on equal times the export’s report is taken (the same data imported again, or corrected in place)', () => {
    const same = { ...inFile[0]!, submittedAt: exportTime('440106') };
    const { reports, update } = updateYear('2026.json', [same], [{ ...same, activities: futian!.activities }]);
    expect(reports[0]!.activities).toEqual(futian!.activities);
    expect(update.newerInFile).toEqual([]);
  });

  it('a day alone is compared by day: the same day is a tie, the day after is later', () => {
    const byHand = { ...inFile[0]!, submittedAt: '2026-11-21' };
    expect(updateYear('f', [byHand], [{ ...byHand, submittedAt: exportTime('440106') }]).update.newerInFile).toEqual([]);
    const dayAfter = { ...byHand, submittedAt: '2026-11-22' };
    expect(updateYear('f', [dayAfter], [{ ...byHand, submittedAt: exportTime('440106') }]).update.newerInFile).toEqual([
      { region: '440106', inFile: '2026-11-22', inExport: exportTime('440106') },
    ]);
  });
});
