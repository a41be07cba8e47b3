/**
 * The statistics pages an official uses: the Ministry's annex at
 * /stats/<year>/table/ and table.xlsx, and the years side by side on /stats/
 * and the region pages. Expected figures are summed here from the fixture's
 * statistics files; expected wording is the notice's (tests/fixtures/moe-annex-2023.txt).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../src/i18n/zh-CN.ts';
import { cities, levelOfCode, province, regionByCode } from '../src/lib/regions/index.ts';
import { noticeHeadings, noticeMark, noticeTitle, sheetCells } from '../src/lib/stats/test-support.ts';
import { buildSite, FIXTURE_SITE, fixtureContent, type BuildResult } from './support/build-site.ts';
import { dataYears, readInputJson } from './support/fixture.ts';
import { readHtml, saidText, shownText } from './support/site-files.ts';

interface Figures {
  count: number;
  participants: number;
}
interface StatsJson {
  year: number;
  note?: string;
  province: Record<string, boolean>;
  reports: { region: string; submittedAt: string; activities: Record<string, Figures> }[];
}
const KINDS = ['themed_reading', 'publisher_picks', 'online_lectures', 'digital_reading', 'learning_week'];
const statsOf = (year: number) => readInputJson<StatsJson>(`data/stats/${year}.json`);
const annexSettings = readInputJson<{ annex?: Record<string, string> }>('data/site.json').annex ?? {};
const years = dataYears('stats');
const latest = years.at(-1)!;
const previous = years.at(-2)!;

/** The annex's figures for one level, summed from the reports (activities of a kind missing from a report are 0). */
function expected(stats: StatsJson, level: 'city' | 'county') {
  const reports = stats.reports.filter((r) => levelOfCode(r.region) === level);
  const of = (r: StatsJson['reports'][number], kind: string) => r.activities[kind] ?? { count: 0, participants: 0 };
  return {
    regions: KINDS.map((k) => reports.filter((r) => of(r, k).count > 0).length),
    activities: KINDS.map((k) => reports.reduce((sum, r) => sum + of(r, k).count, 0)),
    participants: KINDS.map((k) => reports.reduce((sum, r) => sum + of(r, k).participants, 0)),
  };
}

/** A city's own report, summed over the kinds; null when it did not report. */
function ownTotals(stats: StatsJson, code: string): { activities: number; participants: number } | null {
  const report = stats.reports.find((r) => r.region === code);
  if (!report) return null;
  const all = Object.values(report.activities);
  return { activities: all.reduce((s, f) => s + f.count, 0), participants: all.reduce((s, f) => s + f.participants, 0) };
}

/**
 * The day a year's figures are as of: its latest 提交时间, which the fixture writes as Beijing days or Beijing
 * date-times without a zone, so that the day is its first ten characters.
 */
function asOfDay(stats: StatsJson): string {
  expect(stats.reports.every((r) => /^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?$/.test(r.submittedAt))).toBe(true);
  return stats.reports
    .map((r) => r.submittedAt.slice(0, 10))
    .sort()
    .at(-1)!;
}
/** `2023-11-27` as the files and the page say it: `2023年11月27日`. */
const dayZh = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

const squeeze = (s: string) => s.replace(/\s+/g, '');
const n = (x: number) => x.toLocaleString('zh-CN');

describe('/stats/<year>/table/: the Ministry’s annex', () => {
  const page = readHtml(FIXTURE_SITE, `stats/${latest}/table/index.html`);
  const table = page.querySelector('.moe-annex table')!;
  const th = (text: string) => table.querySelectorAll('th').find((h) => h.text.trim() === text)!;
  const cell = (...headers: string[]) =>
    table
      .querySelectorAll('td')
      .find((td) => headers.every((h) => (td.getAttribute('headers') ?? '').split(' ').includes(`annex-${h}`)))!;

  it('puts 附件 above the title, as the notice prints the annex', () => {
    const lines = page.querySelectorAll('.moe-annex > p, .moe-annex > h1');
    expect(lines.slice(0, 2).map((e) => [e.tagName, e.text.trim()])).toEqual([
      ['P', noticeMark],
      ['H1', `${latest}年全民终身学习活动开展情况统计表`],
    ]);
  });

  it('has the notice’s headings in the notice’s reading order', () => {
    expect(table.querySelectorAll('th').map((h) => squeeze(h.text))).toEqual(noticeHeadings);
    expect(page.querySelector('h1')?.text).toBe(`${latest}年全民终身学习活动开展情况统计表`);
  });

  it('puts the kinds in columns under 全民阅读, with the annex’s merged cells', () => {
    expect([th('活动').getAttribute('rowspan'), th('活动').getAttribute('colspan')]).toEqual(['2', '2']);
    expect(th('全民阅读').getAttribute('colspan')).toBe('4');
    expect(th('全民终身学习活动周').getAttribute('rowspan')).toBe('2');
    expect(th('地市级及以上城市开展情况').getAttribute('rowspan')).toBe('3');
    expect(th('县级城市开展情况').getAttribute('rowspan')).toBe('3');
    expect(th('省级层面是否开展').getAttribute('colspan')).toBe('2');
    // Row by row: 2 header-block rows of 4 cells, the counts, the two heading rows, then the data rows.
    expect(table.querySelectorAll('tr').map((tr) => tr.querySelectorAll('th, td').length)).toEqual([
      4, 4, 4, 3, 4, 6, 7, 6, 6, 7, 6, 6,
    ]);
  });

  it('has the figures summed from the reports, for cities and for counties apart', () => {
    const stats = statsOf(latest);
    for (const level of ['city', 'county'] as const) {
      const want = expected(stats, level);
      const key = level === 'city' ? 'cities' : 'counties';
      for (const measure of ['regions', 'activities', 'participants'] as const) {
        const got = KINDS.map((k) => Number(cell(`kind-${k}`, `${key}-${measure}`).getAttribute('data-value')));
        expect(got, `${key} ${measure}`).toEqual(want[measure]);
      }
    }
    expect(KINDS.map((k) => cell(`kind-${k}`, 'province').text.trim())).toEqual(KINDS.map((k) => (stats.province[k] ? '是' : '否')));
    expect(cell('city-count').text.trim()).toBe(String(cities().length));
  });

  it('fills the header block from the settings and leaves the rest blank to fill in by hand', () => {
    expect(cell('contact').text.trim()).toBe(annexSettings.contact ?? '');
    expect(cell('department').text.trim()).toBe(annexSettings.department ?? '');
    expect(cell('office-phone').text.trim()).toBe(annexSettings.officePhone ?? '');
    expect(cell('mobile').text.trim()).toBe(annexSettings.mobile ?? '');
    expect(Object.keys(annexSettings).length).toBeGreaterThan(0);
    expect(page.querySelector('.moe-annex__authority')?.text).toBe(`教育行政部门（盖章）：${annexSettings.authority ?? ''}`);
  });

  it('links the workbook and keeps the cities’ own table as a separate section', () => {
    expect(page.querySelector(`a[href="/stats/${latest}/table.xlsx"]`)).not.toBeNull();
    const section = page.querySelector('section[aria-labelledby="cities-heading"]')!;
    expect(section.classList.contains('no-print')).toBe(true);
    expect(section.querySelectorAll('tbody tr')).toHaveLength(cities().length);
  });
});

describe('/stats/<year>/: the figures by kind, in the annex’s words, pointing to the annex', () => {
  const inNotice = (word: string) => noticeHeadings.includes(squeeze(word));
  const page = readHtml(FIXTURE_SITE, `stats/${latest}/index.html`);
  const section = page.querySelector('section[aria-labelledby="moe-heading"]')!;
  const table = section.querySelector('.moe-table table')!;

  it('does not title its table with the kinds as rows as the annex, which it is not', () => {
    const titles = [
      section.querySelector('h2')!.text,
      table.querySelector('caption')!.text,
      section.querySelector('.table-title')!.text,
    ];
    for (const title of titles) {
      expect(squeeze(title)).not.toContain(noticeTitle(latest));
      expect(title).not.toContain('统计表');
    }
    expect(squeeze(table.querySelector('caption')!.text)).toContain(`${latest}年${province().name}`);
  });

  it('links to the annex page and to the annex as Excel and CSV, saying that is the layout to send', () => {
    const link = (href: string) => section.querySelector(`a[href="${href}"]`)?.text.trim() ?? '';
    for (const href of [`/stats/${latest}/table/`, `/stats/${latest}/table.xlsx`, `/stats/${latest}/table.csv`]) {
      expect(link(href), href).toContain('教育部附件格式');
    }
  });

  it('saves the downloads under the province’s and the year’s names and the day they are as of, not as table.xlsx', () => {
    const saved = (file: string) => page.querySelector(`a[href="/stats/${latest}/${file}"]`)?.getAttribute('download');
    const asOf = `（截至${asOfDay(statsOf(latest))}）`;
    expect(saved('table.xlsx')).toBe(`${province().name}${noticeTitle(latest)}${asOf}.xlsx`);
    expect(saved('table.csv')).toBe(`${province().name}${noticeTitle(latest)}${asOf}.csv`);
    expect(saved('regions.csv')).toBe(`${province().name}${latest}年各地报送明细${asOf}.csv`);
    // The annex's page offers the same files under the same names.
    const sheet = readHtml(FIXTURE_SITE, `stats/${latest}/table/index.html`);
    for (const file of ['table.xlsx', 'table.csv', 'regions.csv'])
      expect(sheet.querySelector(`a[href="/stats/${latest}/${file}"]`)?.getAttribute('download'), file).toBe(saved(file));
  });

  it('says beside the downloads the day their figures are as of, and the note once, at the top of the page', () => {
    const stats = statsOf(latest);
    const day = asOfDay(stats);
    const lead = section.querySelector('.stats-downloads-lead')!;
    expect(lead.text).toContain(`数据截至 ${dayZh(day)}`);
    expect(lead.text).toContain('北京时间');
    expect(lead.querySelector('time')?.getAttribute('datetime')).toBe(day);
    // The fixture's file has a note: said at the top (not again here), and the lead says the files carry it.
    expect(stats.note).toBeTruthy();
    expect(lead.text).not.toContain(stats.note!);
    expect(lead.text).toContain('说明');
    expect(page.querySelectorAll('main .notice-box').filter((p) => p.text.includes(stats.note!))).toHaveLength(1);
  });

  it('heads its table only with the annex’s words, kinds and quotes included', () => {
    const [counts, ...headingRows] = table.querySelectorAll('thead tr');
    const words = [
      ...counts!.querySelectorAll('th').map((h) => h.text.split('：')[0]!),
      ...headingRows.flatMap((r) => r.querySelectorAll('th').map((h) => h.text)),
      ...table.querySelectorAll('tbody th').map((h) => h.text),
    ];
    expect(words.filter((w) => !inNotice(w))).toEqual([]);
    expect(words.length).toBe(2 + 2 + 2 + 6 + KINDS.length);
  });
});

describe('/stats/<year>/table.xlsx and table.csv: the annex as files', () => {
  const workbook = new ExcelJS.Workbook();
  beforeAll(async () => {
    await workbook.xlsx.readFile(join(FIXTURE_SITE, `stats/${latest}/table.xlsx`));
  });

  it('is the annex workbook with the same figures and merges', () => {
    const sheet = workbook.worksheets[0]!;
    expect([sheet.getCell('A1').value, sheet.getCell('A2').value]).toEqual([noticeMark, `${latest}年全民终身学习活动开展情况统计表`]);
    expect(sheet.model.merges).toEqual(expect.arrayContaining(['C7:F7', 'A7:B8', 'G7:G8', 'A10:A12', 'A13:A15']));
    const want = expected(statsOf(latest), 'city');
    expect(['C', 'D', 'E', 'F', 'G'].map((c) => sheet.getCell(`${c}11`).value)).toEqual(want.activities);
    expect(sheet.getCell('C4').value).toBe(annexSettings.contact ?? null);
  });

  const csvRows = (): string[][] =>
    parse(readFileSync(join(FIXTURE_SITE, `stats/${latest}/table.csv`), 'utf8').replace(/^\uFEFF/, ''));

  it('offers table.csv as the annex: 附件, the annex’s title, the header block from the settings, the kinds as columns', () => {
    const rows = csvRows();
    expect(rows.slice(0, 3).map((r) => r[0])).toEqual([
      noticeMark,
      `${latest}年全民终身学习活动开展情况统计表`,
      `教育行政部门（盖章）：${annexSettings.authority}`,
    ]);
    const { contact = '', department = '', officePhone = '', mobile = '' } = annexSettings;
    expect(rows.slice(3, 5)).toEqual([
      ['联系人', '', contact, '', '所在部门', department, ''],
      ['办公电话', '', officePhone, '', '手机号码', mobile, ''],
    ]);
    // Below the header block, every word of the annex's table in the notice's reading order; then the figures summed from the reports.
    const words = rows.slice(5, 15).flatMap((r) => r.filter((c) => c !== '' && !/^\d+$/.test(c) && c !== '是' && c !== '否'));
    expect(words).toEqual(noticeHeadings.slice(4));
    const want = expected(statsOf(latest), 'county');
    expect(rows.slice(12, 15).map((r) => r.slice(2).map(Number))).toEqual([want.regions, want.activities, want.participants]);
  });

  it('has the workbook’s cells in the workbook’s places, a merged cell’s text once in its top-left cell', () => {
    expect(csvRows()).toEqual(sheetCells(workbook.worksheets[0]!));
  });

  it('says under the annex, in the workbook, its CSV and its properties, the file’s note and the day the figures are as of', () => {
    const stats = statsOf(latest);
    const sheet = workbook.worksheets[0]!;
    // The annex's grid ends on row 15; the remarks follow it, outside its borders, and print with it.
    const remarks = [sheet.getCell('A16').value, sheet.getCell('A17').value].map(String);
    expect(remarks[0]).toBe(`说明：${stats.note}`);
    expect(remarks[1]).toContain(`数据截至 ${dayZh(asOfDay(stats))}`);
    expect(sheet.pageSetup.printArea).toBe('A1:G17');
    expect(
      csvRows()
        .slice(15)
        .map((r) => r[0]),
    ).toEqual(remarks);
    expect(workbook.description).toContain(stats.note);
    expect(workbook.description).toContain(dayZh(asOfDay(stats)));
    // The printed sheet says them under the annex too.
    const printed = readHtml(FIXTURE_SITE, `stats/${latest}/table/index.html`).querySelectorAll('.print-sheet .print-sheet__note');
    expect(printed.map((p) => p.text.trim())).toEqual(remarks);
  });

  it('offers regions.csv with one header row, and on every row the day the figures are as of and the file’s note', () => {
    const stats = statsOf(latest);
    const rows: string[][] = parse(readFileSync(join(FIXTURE_SITE, `stats/${latest}/regions.csv`), 'utf8').replace(/^\uFEFF/, ''));
    expect(rows[0]!.slice(-2)).toEqual(['数据截至', '说明']);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows.slice(1)) expect(row.slice(-2)).toEqual([asOfDay(stats), stats.note]);
  });
});

describe('year over year', () => {
  it(`/stats/ shows ${latest} beside ${previous} for every city, with the change`, () => {
    const page = readHtml(FIXTURE_SITE, 'stats/index.html');
    expect(page.querySelector('#yoy-heading')?.text).toBe(`${latest} 年与 ${previous} 年对比`);
    const rows = page.querySelectorAll('table.year-over-year tbody tr');
    expect(rows.map((r) => r.getAttribute('data-code'))).toEqual(cities().map((c) => c.code));
    const [now, before] = [statsOf(latest), statsOf(previous)];
    for (const row of rows) {
      const code = row.getAttribute('data-code')!;
      const a = ownTotals(now, code);
      const b = ownTotals(before, code);
      const cells = row.querySelectorAll('td').map(shownText);
      const show = (x: number | undefined) => (x === undefined ? '未报送' : n(x));
      expect(cells[0], code).toBe(show(b?.activities));
      expect(cells[1], code).toBe(show(a?.activities));
      expect(cells[3], code).toBe(show(b?.participants));
      expect(cells[4], code).toBe(show(a?.participants));
      if (a && b) {
        const d = a.activities - b.activities;
        expect(cells[2]!.startsWith(d > 0 ? `+${n(d)}` : d < 0 ? `−${n(-d)}` : '0'), `${code} ${cells[2]}`).toBe(true);
      } else {
        // A dash on screen; to a screen reader, which says nothing for a dash, why there is no change.
        expect(cells[2]).toBe('—');
        expect(saidText(row.querySelectorAll('td')[2]!), code).toBe(t.stats.yearOverYear.changeUnknown);
      }
    }
    // The fixture has cities that reported in both years, so changes are shown, and cities that did not.
    expect(rows.some((r) => /^[+−]/.test(r.querySelectorAll('td')[2]!.text.trim()))).toBe(true);
    expect(rows.some((r) => shownText(r.querySelectorAll('td')[2]!) === '—')).toBe(true);
  });

  it('has no comparison on the oldest year’s page', () => {
    expect(readHtml(FIXTURE_SITE, `stats/${years[0]}/index.html`).querySelector('#yoy-heading')).toBeNull();
  });

  it('shows a city’s years side by side on its page, with its counties’ sums', () => {
    const code = '440100';
    const page = readHtml(FIXTURE_SITE, `regions/${code}/index.html`);
    const table = page.querySelector('table.region-years')!;
    expect(table.querySelectorAll('thead th').map((h) => h.text.trim())).toEqual(['项目', ...years.map((y) => `${y} 年`)]);
    const row = (label: string) => table.querySelectorAll('tbody tr').find((r) => r.querySelector('th')?.text.trim() === label)!;
    const cellsOf = (label: string, text = shownText) => row(label).querySelectorAll('td').map(text);
    expect(cellsOf('活动数')).toEqual(
      years.map((y) => {
        const o = ownTotals(statsOf(y), code);
        return o ? n(o.activities) : '—';
      }),
    );
    const counties = (y: number) => statsOf(y).reports.filter((r) => regionByCode(r.region)?.parent === code);
    // A year no county reported shows no sum (—), not 0; a screen reader, which says nothing for a dash, says 未报送.
    const countySums = years.map((y) =>
      counties(y).length === 0
        ? undefined
        : n(counties(y).reduce((s, r) => s + Object.values(r.activities).reduce((t, f) => t + f.count, 0), 0)),
    );
    expect(cellsOf('下辖县（市、区）活动数')).toEqual(countySums.map((sum) => sum ?? '—'));
    expect(cellsOf('下辖县（市、区）活动数', saidText)).toEqual(countySums.map((sum) => sum ?? '未报送'));
    expect(years.some((y) => counties(y).length > 0)).toBe(true);
    expect(years.some((y) => counties(y).length === 0)).toBe(true);
  });

  it('shows a county’s years too', () => {
    const county = statsOf(latest).reports.find((r) => levelOfCode(r.region) === 'county')!.region;
    const table = readHtml(FIXTURE_SITE, `regions/${county}/index.html`).querySelector('table.region-years')!;
    expect(table.querySelectorAll('tbody tr').map((r) => r.querySelector('th')?.text.trim())).toEqual([
      '报送情况',
      '活动数',
      '参加人次',
    ]);
  });
});

describe('/stats/: the progress table', () => {
  it('says in words what a cell showing only — means, as screen readers say nothing for a dash', () => {
    const stats = statsOf(latest);
    const rows = readHtml(FIXTURE_SITE, 'stats/index.html').querySelectorAll('table.progress-table tbody tr');
    expect(rows.map((r) => r.querySelector('th')!.text.trim())).toEqual(cities().map((c) => c.name));
    let empty = 0;
    for (const [i, row] of rows.entries()) {
      const city = cities()[i]!;
      const reported = stats.reports.some((r) => r.region === city.code);
      // Activities, participants and the day reported.
      for (const td of row.querySelectorAll('td').slice(1, 4)) {
        expect(shownText(td), city.name).toBe(reported ? saidText(td) : '—');
        if (!reported) expect(saidText(td), city.name).toBe('未报送');
      }
      // The opening ceremony: its day, or no ceremony known.
      const ceremony = row.querySelectorAll('td')[4]!;
      if (shownText(ceremony) === '—') {
        empty++;
        expect(saidText(ceremony), city.name).toBe(t.stats.ceremony.none);
      } else expect(saidText(ceremony), city.name).toBe(shownText(ceremony));
    }
    expect(cities().some((c) => !stats.reports.some((r) => r.region === c.code))).toBe(true);
    expect(empty).toBeGreaterThan(0);
  });
});

describe('a site with one year of statistics', () => {
  let site: BuildResult;
  beforeAll(() => {
    const content = fixtureContent('stats-one-year');
    for (const year of years.slice(0, -1)) rmSync(join(content, 'data', 'stats', `${year}.json`));
    site = buildSite('stats-one-year', { CONTENT_DIR: content });
  });

  it('shows no comparison on /stats/ and no years table on region pages', () => {
    expect(site.status, site.output.slice(-2000)).toBe(0);
    const stats = readHtml(site.outDir, 'stats/index.html');
    expect(stats.querySelector('h1')?.text).toContain(String(latest));
    expect(stats.querySelector('#yoy-heading')).toBeNull();
    expect(readHtml(site.outDir, 'regions/440100/index.html').querySelector('table.region-years')).toBeNull();
  });
});
