import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from './input-problem.ts';
import { boundaryFileSetting, parseSiteSettings, provinceSetting, SITE_SETTINGS_FILE, validateSiteSettings } from './site-settings.ts';

const shipped = readFileSync(SITE_SETTINGS_FILE, 'utf8');
/** The keys the settings may have: those of the shipped file. */
const settingsShape = () => JSON.parse(shipped) as Record<string, unknown>;
const problemsOf = (text: string) => {
  const result = validateSiteSettings(text);
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe('site settings', () => {
  it('accepts the shipped settings', () => {
    expect(parseSiteSettings(shipped).url).toMatch(/^https:\/\//);
  });
  it('names the field of a bad value', () => {
    const settings = JSON.parse(shipped);
    const bad = { ...settings, forms: { ...settings.forms, materials: { url: 'javascript:alert(1)' } } };
    expect(() => parseSiteSettings(JSON.stringify(bad))).toThrow(
      /content\/data\/site.json › 字段“表单网址”（forms.materials.url）：须为 http/,
    );
  });
  it.each(['test.edu.gd.gov.cn', 'not an address', 'ftp://x.cn'])(
    'names the url field when it is %s, no address of the web',
    (url) => {
      expect(problemsOf(JSON.stringify({ ...settingsShape(), url }))).toEqual([
        `${SITE_SETTINGS_FILE} › 字段“网站网址”（url）：须为 http:// 或 https:// 开头的完整网址`,
      ]);
    },
  );
  it('ships the six national sites with the addresses the Ministry notice gives', () => {
    // 教职成厅函〔2023〕18号, 二（二）5: the sites every province links to, and the three that show its cases.
    const notice = [
      ['中国成人教育协会', 'https://www.caea.org.cn/'],
      ['全民终身学习公共服务平台', 'http://www.goschool.org.cn/'],
      ['全民终身学习活动周专题网站', 'http://www.llaw.org.cn/'],
      ['中国社区教育网', 'http://www.shequ.edu.cn'],
      ['中国老年教育网', 'http://www.lnjyw.org'],
      ['国家开放大学终身教育平台', 'https://le.ouchn.cn'],
    ];
    const portals = parseSiteSettings(shipped).portals.map((p) => [p.name, p.url && new URL(p.url).href]);
    expect(portals).toEqual(notice.map(([name, url]) => [name, new URL(url!).href]));
  });
  it('ships the two online forms of the provincial notice annexes 2 and 3', () => {
    const { forms } = parseSiteSettings(shipped);
    expect(forms.materials.url).toBe('https://docs.qq.com/form/page/DT0pIZHFoVXFCVm9t');
    expect(forms.activityData?.url).toBe('https://docs.qq.com/form/page/DT2pWRURKVGxYdnJo');
    expect(forms.activityData?.deadline).toBe('2023-11-25');
  });
  it('says when the file is not JSON, and where', () => {
    expect(() => parseSiteSettings('{ url: ')).toThrow(/不是有效的 JSON：第 1 行第 3 列/);
  });
  it('names a misspelt key and an empty one in Chinese, all at once', () => {
    const bad = { ...JSON.parse(shipped), boundryFile: 'office.topo.json', shortName: '' };
    const messages = problemsOf(JSON.stringify(bad));
    const unknown = messages.find((m) =>
      m.startsWith('content/data/site.json › 字段 boundryFile：未知字段 "boundryFile"（是否应为 boundaryFile？）'),
    );
    for (const key of [...Object.keys(settingsShape()), 'boundaryFile']) expect(unknown).toContain(key);
    expect(messages).toContain('content/data/site.json › 字段“网站简称”（shortName）：须填写，不能为空');
  });
  it('needs the province, with its code (quoted, and named as missing when it is) and its official name', () => {
    const { province, ...rest } = JSON.parse(shipped);
    expect(problemsOf(JSON.stringify(rest))).toEqual([
      'content/data/site.json › 字段“省份”（province）：缺少省份：例如 "province": { "code": "460000", "name": "海南省" }',
    ]);
    expect(problemsOf(JSON.stringify({ ...rest, province: { ...province, code: 990000 } }))[0]).toContain(
      '字段“省级行政区划代码”（province.code）：未知的省级区划代码 990000：',
    );
    expect(problemsOf(JSON.stringify({ ...rest, province: { ...province, code: '990000' } }))[0]).toContain(
      '字段“省级行政区划代码”（province.code）：未知的省级区划代码 "990000"：',
    );
    // Written as a number, a code the data has: the quotes are what is missing.
    expect(problemsOf(JSON.stringify({ ...rest, province: { ...province, code: Number(province.code) } }))).toEqual([
      `content/data/site.json › 字段“省级行政区划代码”（province.code）：省级区划代码要加上引号：写成 "${province.code}"（不加引号会被当成数字）`,
    ]);
    expect(problemsOf(JSON.stringify({ ...rest, province: { name: province.name } }))).toEqual([
      'content/data/site.json › 字段“省级行政区划代码”（province.code）：缺少省级区划代码：例如 "province": { "code": "460000", "name": "海南省" }',
    ]);
    expect(problemsOf(JSON.stringify({ ...rest, province: { code: province.code, name: `${province.name}x` } }))).toEqual([
      `content/data/site.json › 字段“省份名称”（province.name）：省份名称“${province.name}x”与代码 ${province.code} 不符：该代码是${province.name}`,
    ]);
  });
});

describe('the week in the settings', () => {
  const settings = settingsShape() as { year: number; weekStart: string; weekEnd: string };
  const later = (date: string, days: number) => new Date(Date.parse(`${date}T00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  it('ends on or after the day it starts: a week of one day is one', () => {
    expect(problemsOf(JSON.stringify({ ...settings, weekEnd: settings.weekStart }))).toEqual([]);
    const weekEnd = later(settings.weekStart, -8);
    expect(problemsOf(JSON.stringify({ ...settings, weekEnd }))).toEqual([
      `${SITE_SETTINGS_FILE} › 字段“活动周结束日期”（weekEnd）：活动周的结束日期 ${weekEnd} 早于开始日期 ${settings.weekStart}：请核对日期`,
    ]);
  });
  it('answers a day typed as people write it with the day written as the file wants it', () => {
    const typed = `${settings.year}年11月8日`;
    expect(problemsOf(JSON.stringify({ ...settings, weekStart: typed }))).toEqual([
      `${SITE_SETTINGS_FILE} › 字段“活动周开始日期”（weekStart）：日期格式不对："${typed}"，应写成 年-月-日，例如 "${settings.year}-11-08"`,
    ]);
  });
  it('is in the settings’ year: last year’s dates left beside a new year are named', () => {
    const year = settings.year + 1;
    expect(problemsOf(JSON.stringify({ ...settings, year }))).toEqual(
      (
        [
          ['weekStart', '活动周开始日期'],
          ['weekEnd', '活动周结束日期'],
        ] as const
      ).map(
        ([key, label]) =>
          `${SITE_SETTINGS_FILE} › 字段“${label}”（${key}）：${settings[key]} 不在 year 所写的 ${year} 年：是从往年的设置复制来的吗？请把活动周的日期改成 ${year} 年的`,
      ),
    );
  });
});

describe('one setting read on its own', () => {
  const dir = mkdtempSync(join(tmpdir(), 'settings-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const sample = JSON.parse(readFileSync(SITE_SETTINGS_FILE, 'utf8')) as Record<string, unknown>;
  const fileWith = (name: string, changes: Record<string, unknown>) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify({ ...sample, ...changes }));
    return path;
  };

  it('is the one of the file asked for, not of the first file read', () => {
    const hainan = { code: '460000', name: '海南省' };
    const [a, b] = [fileWith('a.json', {}), fileWith('b.json', { province: hainan, boundaryFile: 'data/hainan.topo.json' })];
    expect(provinceSetting(a)).toEqual(sample.province);
    expect(provinceSetting(b)).toEqual(hainan);
    expect(provinceSetting(a)).toEqual(sample.province);
    expect(boundaryFileSetting(b)).toBe('data/hainan.topo.json');
    expect(boundaryFileSetting(a)).toBe(sample.boundaryFile);
  });
});
