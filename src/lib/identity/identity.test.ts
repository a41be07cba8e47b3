import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { badgeTypeOf, readBadge } from './badge.ts';
import { buildDay, buildTime } from './build-date.ts';
import { filingParts, publicSecurityNumber, publicSecurityQueryUrl } from './filing.ts';
import { govMetaTags, pubDate } from './gov-meta.ts';
import { formatProblem } from '../input-problem.ts';
import { SITE_SETTINGS_FILE, validateSiteSettings } from '../site-settings.ts';

const shipped = JSON.parse(readFileSync(SITE_SETTINGS_FILE, 'utf8')) as Record<string, unknown>;
const withIdentity = (identity: unknown) => validateSiteSettings(JSON.stringify({ ...shipped, identity }));
const problemsOf = (identity: unknown) => {
  const result = withIdentity(identity);
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe('the identity settings', () => {
  it('takes every field filled in, as the sample has it', () => {
    const result = validateSiteSettings(JSON.stringify(shipped));
    expect(result.ok && result.data.identity?.icp).toBe('粤ICP备00000000号');
  });

  it('treats a field left empty, or the whole block left out, as not set', () => {
    const empty = withIdentity({
      sponsor: '',
      operator: '  ',
      siteCode: '',
      icp: '',
      publicSecurity: '',
      badge: '',
      badgeLink: '',
      contact: '',
    });
    expect(empty.ok).toBe(true);
    if (empty.ok) expect(Object.values(empty.data.identity ?? {}).filter((v) => v !== undefined)).toEqual([]);
    const { identity: _, ...without } = shipped;
    expect(validateSiteSettings(JSON.stringify(without)).ok).toBe(true);
  });

  it('says how each number is written, naming the field', () => {
    const messages = problemsOf({ siteCode: '44000', icp: '粤ICP备号', publicSecurity: '粤公网安备 4401号', badge: '../secret.png' });
    expect(messages).toEqual([
      expect.stringMatching(/字段“网站标识码”（identity\.siteCode）：网站标识码应为 10 位字母或数字.*“44000”/),
      expect.stringMatching(/字段“ICP 备案号”（identity\.icp）：ICP 备案号应写成“粤ICP备12345678号”/),
      expect.stringMatching(/字段“公安机关备案号”（identity\.publicSecurity）：公安机关备案号应写成.*14 位数字/),
      expect.stringMatching(/字段“党政机关网站标识图片”（identity\.badge）：标识图片须写成 content 文件夹里的相对路径/),
    ]);
  });

  it('accepts the forms the numbers really take', () => {
    expect(problemsOf({ siteCode: 'bm05000001', icp: '京ICP备05071218号-1', publicSecurity: '京公网安备11010202000001号' })).toEqual(
      [],
    );
  });

  it('refuses a badge link without a badge, and a misspelt key', () => {
    expect(problemsOf({ badgeLink: 'https://example.cn/verify' })).toEqual([
      expect.stringContaining('字段“标识链接”（identity.badgeLink）：填写了 badgeLink，却没有填写标识图片 badge'),
    ]);
    expect(problemsOf({ icpNumber: '粤ICP备12345678号' })[0]).toMatch(/字段 identity\.icpNumber：未知字段/);
  });
});

describe('filing numbers', () => {
  it('reads the 14 digits of a public-security number, with or without a space', () => {
    expect(publicSecurityNumber('粤公网安备 44010402000001号')).toBe('44010402000001');
    expect(publicSecurityNumber('粤公网安备44010402000001号')).toBe('44010402000001');
    expect(publicSecurityNumber('粤ICP备05071218号')).toBeUndefined();
    expect(publicSecurityQueryUrl('44010402000001')).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=44010402000001');
  });

  it('cuts a filing where its number starts, for a line to break there rather than inside the number', () => {
    expect(filingParts('粤公网安备44010402000001号')).toEqual(['粤公网安备', '44010402000001号']);
    expect(filingParts('粤公网安备 44010402000001号')).toEqual(['粤公网安备 ', '44010402000001号']);
    expect(filingParts('粤ICP备12345678号-2')).toEqual(['粤ICP备', '12345678号-2']);
    expect(filingParts('备案中')).toEqual(['备案中']);
  });
});

describe('the badge', () => {
  it('knows PNG, JPEG and GIF by their first bytes, and nothing else', () => {
    expect(badgeTypeOf(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('png');
    expect(badgeTypeOf(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpg');
    expect(badgeTypeOf(new TextEncoder().encode('GIF89a'))).toBe('gif');
    expect(badgeTypeOf(new TextEncoder().encode('<svg onload="x()">'))).toBeUndefined();
  });

  it('reads the sample badge, and names a missing one', () => {
    const identity = shipped['identity'] as { badge: string };
    const found = readBadge('content', identity.badge, SITE_SETTINGS_FILE);
    expect(found.ok && found.badge.type).toBe('png');
    const missing = readBadge('content', 'data/identity/none.png', SITE_SETTINGS_FILE);
    expect(missing.ok ? '' : formatProblem(missing.problem)).toBe(
      'content/data/site.json › 字段“党政机关网站标识图片”（identity.badge）：找不到标识图片 data/identity/none.png（路径从 content 文件夹算起）',
    );
  });
});

describe('the build date', () => {
  it('is SOURCE_DATE_EPOCH when set, as a Beijing day whatever the zone', () => {
    // 2023-11-30 17:00 UTC is already 1 December in Beijing.
    const epoch = String(Date.UTC(2023, 10, 30, 17, 0) / 1000);
    expect(buildTime({ SOURCE_DATE_EPOCH: epoch }).toISOString()).toBe('2023-11-30T17:00:00.000Z');
    expect(buildDay({ SOURCE_DATE_EPOCH: epoch })).toBe('2023-12-01');
  });
  it('is now otherwise', () => {
    const before = Date.now();
    const built = buildTime({}).getTime();
    expect(built).toBeGreaterThanOrEqual(before);
    expect(built).toBeLessThanOrEqual(Date.now());
  });
});

describe('the government-page tags', () => {
  const page = { siteName: '省教育厅', siteDomain: 'edu.gd.gov.cn', columnName: '活动', columnType: '专题专栏' };

  it('writes the site and column on every page, and leaves out what is not set', () => {
    expect(govMetaTags(page).map((t) => t.name)).toEqual(['SiteName', 'SiteDomain', 'ColumnName', 'ColumnType']);
    expect(govMetaTags({ ...page, siteCode: '4400000035' }).find((t) => t.name === 'SiteIDCode')?.content).toBe('4400000035');
  });

  it('adds the article facts on an article page, PubDate in Beijing time', () => {
    const tags = govMetaTags({
      ...page,
      article: {
        title: '广州读书月开幕式',
        published: new Date('2023-11-17T16:30:00Z'),
        source: '广州市教育局',
        keywords: ['主题阅读', '广州市', ' ', '广州市'],
        description: '一行\n两行',
        url: 'https://edu.gd.gov.cn/zt/xxzq/events/2023/a/',
      },
    });
    expect(Object.fromEntries(tags.map((t) => [t.name, t.content]))).toMatchObject({
      ArticleTitle: '广州读书月开幕式',
      PubDate: '2023-11-18 00:30',
      ContentSource: '广州市教育局',
      Keywords: '主题阅读,广州市',
      Description: '一行 两行',
      Url: 'https://edu.gd.gov.cn/zt/xxzq/events/2023/a/',
    });
    expect(tags.some((t) => t.name === 'Image')).toBe(false);
    expect(pubDate(new Date('2023-12-31T16:00:00Z'))).toBe('2024-01-01 00:00');
  });
});
