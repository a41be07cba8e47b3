import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, OUTPUT_ROOT, SAMPLE_SITE, type BuildResult } from './support/build-site.ts';
import { listFiles, readHtml } from './support/site-files.ts';

/** Pages, calendars and downloads: everything a reader gets, minus the search index (binary chunks). */
const compared = (root: string) => listFiles(root).filter((f) => /\.(html|ics|csv|xml|json)$/.test(f) && !f.startsWith('pagefind/'));

describe('the build does not depend on the machine zone', () => {
  let shanghai: BuildResult;
  let newYork: BuildResult;
  beforeAll(() => {
    shanghai = buildSite('site-shanghai', { TZ: 'Asia/Shanghai' });
    newYork = buildSite('site-new-york', { TZ: 'America/New_York' });
  });

  it('writes byte-identical pages, calendars and CSV under UTC, Asia/Shanghai and America/New_York', () => {
    expect(shanghai.status, shanghai.output.slice(-2000)).toBe(0);
    expect(newYork.status, newYork.output.slice(-2000)).toBe(0);
    const files = compared(SAMPLE_SITE);
    expect(files.length).toBeGreaterThan(300);
    expect(compared(shanghai.outDir)).toEqual(files);
    expect(compared(newYork.outDir)).toEqual(files);
    const differ = files.filter(
      (f) =>
        readFileSync(join(SAMPLE_SITE, f), 'utf8') !== readFileSync(join(shanghai.outDir, f), 'utf8') ||
        readFileSync(join(SAMPLE_SITE, f), 'utf8') !== readFileSync(join(newYork.outDir, f), 'utf8'),
    );
    expect(differ).toEqual([]);
  });

  it('built in New York, still shows and exports Beijing times', () => {
    // content/events/2023/gz-opening-ceremony.md: start 2023-11-19T09:30 Beijing = 01:30Z.
    const page = readHtml(newYork.outDir, 'events/2023/gz-opening-ceremony/index.html');
    expect(page.querySelector('.event-facts time')?.text).toBe('2023年11月19日（星期日）09:30–11:30');
    const ics = new ICAL.Component(ICAL.parse(readFileSync(join(newYork.outDir, 'events/2023/gz-opening-ceremony.ics'), 'utf8')));
    const vevent = new ICAL.Event(ics.getFirstSubcomponent('vevent')!);
    expect(vevent.startDate.toJSDate().toISOString()).toBe('2023-11-19T01:30:00.000Z');
    const lighting = new ICAL.Component(ICAL.parse(readFileSync(join(newYork.outDir, 'lighting.ics'), 'utf8')));
    const tower = lighting.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)).find((e) => e.uid.startsWith('lighting-2023-gz-canton-tower@'));
    // content/data/lighting/2023.json: 广州塔 2023-11-18T19:30 Beijing = 11:30Z.
    expect(tower?.startDate.toJSDate().toISOString()).toBe('2023-11-18T11:30:00.000Z');
    const schedule = readHtml(newYork.outDir, 'lighting/2023/index.html');
    expect(schedule.querySelector('#gz-canton-tower .lighting-item__time')?.text).toContain('19:30–22:00');
  });
});

describe('an editor adds another year', () => {
  let site: BuildResult;
  beforeAll(() => {
    const root = join(OUTPUT_ROOT, 'year-2024');
    rmSync(root, { recursive: true, force: true });
    const content = join(root, 'content');
    cpSync('content', content, { recursive: true });
    const stats = JSON.parse(readFileSync('content/data/stats/2023.json', 'utf8'));
    stats.year = 2024;
    stats.deadline = '2024-11-25';
    stats.reports = stats.reports.slice(0, 5).map((r: { submittedAt: string; openingCeremony?: string }) => ({
      ...r,
      submittedAt: r.submittedAt.replace('2023', '2024'),
      openingCeremony: r.openingCeremony?.replace('2023', '2024'),
    }));
    writeFileSync(join(content, 'data/stats/2024.json'), JSON.stringify(stats, null, 2));
    const lighting = {
      year: 2024,
      message: '全民终身学习 让学习成为一种生活方式',
      items: [
        { id: 'gz-canton-tower', region: '440105', place: '广州塔', kind: 'tower', location: [113.3245, 23.1064], start: '2024-11-16T19:30', end: '2024-11-16T22:00', organizer: '广州市教育局' },
      ],
    };
    writeFileSync(join(content, 'data/lighting/2024.json'), JSON.stringify(lighting, null, 2));
    site = buildSite('year-2024-site', { CONTENT_DIR: content });
  });

  it('gets /stats/2024/ and /stats/ shows 2024, with 2023 still there', () => {
    expect(site.status, site.output.slice(-2000)).toBe(0);
    const latest = readHtml(site.outDir, 'stats/index.html').querySelector('main h1')?.text;
    expect(latest).toContain('2024');
    expect(readHtml(site.outDir, 'stats/2024/index.html').querySelector('main h1')?.text).toContain('2024');
    expect(readHtml(site.outDir, 'stats/2023/index.html').querySelector('main h1')?.text).toContain('2023');
    expect(readFileSync(join(site.outDir, 'stats/2024/table.csv'), 'utf8')).toMatch(/^\uFEFF/);
  });

  it('gets /lighting/2024/ and /lighting/ shows 2024', () => {
    expect(readHtml(site.outDir, 'lighting/index.html').querySelector('main h1')?.text).toContain('2024');
    expect(readHtml(site.outDir, 'lighting/2024/index.html').querySelector('#gz-canton-tower')).not.toBeNull();
    const ics = readFileSync(join(site.outDir, 'lighting.ics'), 'utf8');
    expect(ics).toContain('lighting-2024-gz-canton-tower@');
    expect(ics).toContain('lighting-2023-gz-canton-tower@');
  });
});
