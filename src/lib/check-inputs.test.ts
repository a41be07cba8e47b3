import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURE_CONTENT } from '../../tests/support/fixture.ts';
import { contentSafety } from '../i18n/zh-CN/content-safety.ts';
import { checkInputs } from './check-inputs.ts';
import { fileLabelOf } from './input-problem.ts';

describe('npm run check with a wrong setting', () => {
  it.each([
    ['base', '/a b/'],
    ['url', 'javascript:alert(1)'],
  ])('lists %s as a problem of the settings file (no stack trace), though lighting files wait on the settings', (key, value) => {
    const content = join(mkdtempSync(join(tmpdir(), 'check-inputs-')), 'content');
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    const file = join(content, 'data/site.json');
    const settings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...settings, [key]: value }, null, 2));
    // As the check process runs: the settings that maps and lighting read are this folder's.
    vi.stubEnv('CONTENT_DIR', content);
    const { problems } = checkInputs(content, {});
    const errors = problems.filter((p) => p.severity !== 'warning');
    expect(new Set(errors.map((p) => `${p.file} › ${p.field}`))).toEqual(new Set([`${fileLabelOf(file)} › ${key}`]));
  });
});

describe('npm run check pointed at no content folder', () => {
  it('says the folder is missing, or is a file, in one problem naming CONTENT_DIR', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-inputs-'));
    const missing = checkInputs(join(dir, 'contnet'), {});
    expect(missing.problems).toHaveLength(1);
    expect(missing.problems[0]).toMatchObject({
      field: '内容文件夹（CONTENT_DIR）',
      message: expect.stringMatching(/^内容文件夹不存在/),
    });
    const file = join(dir, 'site.json');
    writeFileSync(file, '{}');
    expect(checkInputs(file, {}).problems).toEqual([
      expect.objectContaining({ field: '内容文件夹（CONTENT_DIR）', message: expect.stringMatching(/^这不是文件夹/) }),
    ]);
  });
});

describe('npm run check with a lighting outside the week', () => {
  it('warns, naming the file, the item and its start, and lets the site build', () => {
    const content = join(mkdtempSync(join(tmpdir(), 'check-inputs-')), 'content');
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    const { year, weekStart, weekEnd } = JSON.parse(readFileSync(join(content, 'data/site.json'), 'utf8')) as Record<string, string>;
    const file = join(content, `data/lighting/${year}.json`);
    const schedule = JSON.parse(readFileSync(file, 'utf8')) as { items: Record<string, string>[] };
    // Two days after the week's last day, at the same hours (a typo of the day).
    const [lastYear, lastMonth, lastDay] = weekEnd!.split('-').map(Number) as [number, number, number];
    const late = new Date(Date.UTC(lastYear, lastMonth - 1, lastDay + 2)).toISOString().slice(0, 10);
    const index = schedule.items.length - 1;
    const item = schedule.items[index]!;
    schedule.items[index] = { ...item, start: `${late}${item.start!.slice(10)}`, end: `${late}T23:30` };
    writeFileSync(file, JSON.stringify(schedule, null, 2));
    vi.stubEnv('CONTENT_DIR', content);
    const { problems } = checkInputs(content, {});
    const lighting = problems.filter((p) => p.file === fileLabelOf(file));
    expect(lighting).toEqual([
      {
        file: fileLabelOf(file),
        item: `第 ${index + 1} 项（${item.id} ${item.place}）`,
        field: `items[${index}].start`,
        message: expect.stringContaining(`不在活动周（${weekStart} 至 ${weekEnd}）之内`),
        severity: 'warning',
      },
    ]);
    expect(lighting[0]!.message).toContain(`${Number(late.slice(5, 7))}月${Number(late.slice(8, 10))}日晚`);
  });
});

describe('npm run check with the footer’s filing numbers and department of another province', () => {
  it('warns on each, in the settings file, and lets the site build', () => {
    const content = join(mkdtempSync(join(tmpdir(), 'check-inputs-')), 'content');
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    const file = join(content, 'data/site.json');
    const settings = JSON.parse(readFileSync(file, 'utf8')) as { identity: Record<string, string> };
    vi.stubEnv('CONTENT_DIR', content);
    const identityWarnings = () =>
      checkInputs(content, {})
        .problems.filter((p) => p.file === fileLabelOf(file))
        .map((p) => `${p.field} ${p.severity}`);
    // The fixture's own numbers are its province's.
    expect(identityWarnings()).toEqual([]);
    // Hainan's numbers and department on this site, as a department copying another's footer would leave them.
    const identity = {
      ...settings.identity,
      icp: '琼ICP备12345678号',
      publicSecurity: '琼公网安备46010602000001号',
      siteCode: '4600000001',
      sponsor: '海南省教育厅',
    };
    writeFileSync(file, JSON.stringify({ ...settings, identity }, null, 2));
    expect(identityWarnings()).toEqual([
      'identity.icp warning',
      'identity.publicSecurity warning',
      'identity.siteCode warning',
      'identity.sponsor warning',
    ]);
  });
});

describe('npm run check with last year’s deadline for the statistics form, or a week of over two weeks', () => {
  it('warns on it, in the settings file, and lets the site build', () => {
    const content = join(mkdtempSync(join(tmpdir(), 'check-inputs-')), 'content');
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    const file = join(content, 'data/site.json');
    const settings = JSON.parse(readFileSync(file, 'utf8')) as { year: number; forms: { activityData: Record<string, string> } };
    const activityData = { ...settings.forms.activityData, deadline: `${settings.year - 1}-11-25` };
    writeFileSync(file, JSON.stringify({ ...settings, forms: { ...settings.forms, activityData } }, null, 2));
    vi.stubEnv('CONTENT_DIR', content);
    const problems = checkInputs(content, {}).problems.filter((p) => p.file === fileLabelOf(file));
    expect(problems.map((p) => `${p.field} ${p.severity}`)).toEqual(['forms.activityData.deadline warning']);
  });

  it('warns on a week that ends a month late, in the settings file, and lets the site build', () => {
    const content = join(mkdtempSync(join(tmpdir(), 'check-inputs-')), 'content');
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    const file = join(content, 'data/site.json');
    const settings = JSON.parse(readFileSync(file, 'utf8')) as { weekEnd: string };
    const weekEnd = settings.weekEnd.replace(/-(\d\d)-/, (_, month: string) => `-${String(Number(month) + 1).padStart(2, '0')}-`);
    writeFileSync(file, JSON.stringify({ ...settings, weekEnd }, null, 2));
    vi.stubEnv('CONTENT_DIR', content);
    const { problems } = checkInputs(content, {});
    const own = problems.filter((p) => p.file === fileLabelOf(file));
    expect(own.map((p) => `${p.field} ${p.severity}`)).toEqual(['weekEnd warning']);
    expect(own[0]!.message).toContain(weekEnd);
    expect(problems.filter((p) => p.severity !== 'warning')).toEqual([]);
  });
});

describe('npm run check with links whose words claim an official site or show a Chinese address', () => {
  it('names the file, the line and the body, and lets the addresses the settings trust through', () => {
    const content = join(mkdtempSync(join(tmpdir(), 'check-inputs-')), 'content');
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    const settings = JSON.parse(readFileSync(join(content, 'data/site.json'), 'utf8')) as {
      url: string;
      forms: { materials: { url: string } };
    };
    const lines = [
      '---',
      'title: 报名须知',
      'summary: 示例',
      '---',
      '报名请登录[广东省教育厅官网](https://gd-edu-gov.example/)。',
      '',
      '详见 [教育厅.中国](https://edu-gd.top/)。',
      '',
      `材料请交[教育厅宣传材料报送系统](${settings.forms.materials.url})，或见[官网](${settings.url}/about/)。`,
    ];
    const file = join(content, 'pages/official-links.md');
    writeFileSync(file, `${lines.join('\n')}\n`);
    vi.stubEnv('CONTENT_DIR', content);
    const { problems } = checkInputs(content, {});
    const lineOf = (needle: string) => lines.findIndex((line) => line.includes(needle)) + 1;
    expect(problems.filter((p) => p.file === fileLabelOf(file))).toEqual([
      {
        file: fileLabelOf(file),
        item: contentSafety.line(lineOf('gd-edu-gov.example')),
        field: contentSafety.bodyField,
        message: contentSafety.deceptiveLink({ kind: 'official', shown: '广东省教育厅官网', actual: 'gd-edu-gov.example' }),
      },
      {
        file: fileLabelOf(file),
        item: contentSafety.line(lineOf('edu-gd.top')),
        field: contentSafety.bodyField,
        message: contentSafety.deceptiveLink({ kind: 'web', shown: '教育厅.中国', actual: 'edu-gd.top' }),
      },
    ]);
  });
});
