import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { takeAstroLock, withAstroLock } from './support/astro-lock.ts';
import { buildPastTheCheck, buildSite, fixtureContent, type BuildResult } from './support/build-site.ts';
import { inputText } from '../src/i18n/zh-CN/input.ts';
import { contentCacheDir } from '../src/lib/build-cache.ts';
import { fileLabelOf, formatProblem } from '../src/lib/input-problem.ts';
import { FILE_NAME } from '../src/lib/input/index.ts';
import { entryIds } from './support/fixture.ts';

// Each build runs over a scratch copy of the fixture with one file changed, and stops at the content check.
describe('a bad content file stops the build', () => {
  const eventId = entryIds('events')[0]!;
  const eventFile = `events/${eventId}.md`;

  it('names the file and `region` when a region code does not exist', () => {
    const dir = fixtureContent('bad-region', { [eventFile]: (t) => t.replace(/^region:.*$/m, 'region: "449999"') });
    const result = buildSite('bad-region', { CONTENT_DIR: dir });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`events/${eventId}.md`);
    expect(result.output).toMatch(/字段“地区”（region）：未知的地区代码 449999/);
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
  });

  it('leaves the last site in the output folder as it was (Astro, started alongside the check, is stopped before it writes)', () => {
    const dir = fixtureContent('bad-region-last-site', { [eventFile]: (t) => t.replace(/^region:.*$/m, 'region: "449999"') });
    const lastSite = { 'index.html': '<!doctype html><title>上一版网站</title>', 'events/index.html': '<title>活动</title>' };
    const result = buildSite('bad-region-last-site', { CONTENT_DIR: dir }, lastSite);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/字段“地区”（region）：未知的地区代码 449999/);
    // Nothing of Astro's log: the editor reads the check's list only.
    expect(result.output).not.toMatch(/\[build\]|\[content\]/);
    const files = readdirSync(result.outDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(files.map((e) => relative(result.outDir, join(e.parentPath, e.name))).sort()).toEqual(Object.keys(lastSite).sort());
    for (const [file, text] of Object.entries(lastSite)) expect(readFileSync(join(result.outDir, file), 'utf8')).toBe(text);
  });

  it('names `end` when an event ends before it starts', () => {
    const dir = fixtureContent('bad-end', { [eventFile]: (t) => t.replace(/^end:.*$/m, 'end: 2000-01-01T00:00') });
    const result = buildSite('bad-end', { CONTENT_DIR: dir });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`events/${eventId}.md`);
    expect(result.output).toMatch(/字段“结束时间”（end）：结束时间（end）早于开始时间（start）/);
  });
});

describe('a bad data file stops the build', () => {
  it('names the statistics file, the report and the field', () => {
    const dir = fixtureContent('bad-stats', {
      'data/stats/2023.json': (t) => {
        const stats = JSON.parse(t);
        stats.reports[0].activities.themed_reading.count = -5;
        return JSON.stringify(stats, null, 2);
      },
    });
    const result = buildSite('bad-stats', { CONTENT_DIR: dir });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('data/stats/2023.json › 第 1 条报告');
    expect(result.output).toMatch(/字段“主题阅读活动数”（reports\[0\]\.activities\.themed_reading\.count）：/);
  });
});

describe('a broken site.json stops the build', () => {
  it('names the settings and the other files’ mistakes in one list, and leaves the last site as it was', () => {
    const eventId = entryIds('events')[0]!;
    const dir = fixtureContent('bad-settings', {
      'data/site.json': (t) => t.replace('{', '{ "province": {'),
      [`events/${eventId}.md`]: (t) => t.replace(/^end:.*$/m, 'end: 2000-01-01T00:00'),
    });
    const lastSite = { 'index.html': '<!doctype html><title>上一版网站</title>' };
    const result = buildSite('bad-settings', { CONTENT_DIR: dir }, lastSite);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/data\/site\.json › （整个文件）：不是有效的 JSON/);
    expect(result.output).toMatch(new RegExp(`events/${eventId}\\.md › 字段“结束时间”（end）：结束时间（end）早于开始时间（start）`));
    expect(result.output).toMatch(/未做的检查（skipped checks）/);
    const files = readdirSync(result.outDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(files.map((e) => relative(result.outDir, join(e.parentPath, e.name)))).toEqual(['index.html']);
    expect(readFileSync(join(result.outDir, 'index.html'), 'utf8')).toBe(lastSite['index.html']);
  });
});

describe('a symbolic link in the content folder', () => {
  // A page of the build machine's, outside the content folder, that a link in it points at: a real
  // page, so that Astro would take it whole, with words found nowhere else.
  const secret = '构建机器上的私密文件-7f3a9c';
  const dir = fixtureContent('linked-secret');
  const outside = resolve(dir, '../outside/secret.md');
  mkdirSync(dirname(outside), { recursive: true });
  cpSync(join(dir, 'pages/about.md'), outside);
  writeFileSync(outside, `${readFileSync(outside, 'utf8')}\n${secret}\n`);
  symlinkSync(outside, join(dir, 'pages/leak.md'));
  const named = formatProblem({
    file: fileLabelOf(join(dir, 'pages/leak.md')),
    field: FILE_NAME,
    message: inputText.content.symlink(outside),
  });
  /** Every file under a folder that holds the secret's words. */
  const holding = (folder: string) =>
    existsSync(folder)
      ? readdirSync(folder, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile() && readFileSync(join(e.parentPath, e.name)).includes(secret))
          .map((e) => join(e.parentPath, e.name))
      : [];

  it('stops `npm run build`, naming the link as the check does, with nothing it points at in the cache', () => {
    // .astro/ read before another worker's build writes it again (astro-lock.ts).
    const { result, inAstro } = withAstroLock(() => {
      const result = buildSite('linked-secret', { CONTENT_DIR: dir });
      return { result, inAstro: holding(resolve('.astro')) };
    });
    expect(result.status).toBe(1);
    expect(result.output).toContain(named);
    expect(holding(contentCacheDir(dir))).toEqual([]);
    expect(inAstro).toEqual([]);
    expect(existsSync(result.outDir)).toBe(false);
  });

  it('stops Astro run by itself (as `npm run dev` runs it) with the same words, before it reads any content', async () => {
    const release = await takeAstroLock();
    let result: BuildResult;
    let inAstro: string[];
    try {
      result = await buildPastTheCheck('linked-secret-astro', dir);
      inAstro = holding(resolve('.astro'));
    } finally {
      release();
    }
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(inputText.problem.linksRefused(1));
    expect(result.output).toContain(named);
    // The list alone, without the stack trace of the code that refused.
    expect(result.output).not.toMatch(/Stack trace|refuse-content-links\.ts/);
    expect(holding(contentCacheDir(dir))).toEqual([]);
    expect(inAstro).toEqual([]);
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
  });
});

describe('a cover the check refuses, in a build that skips the check (Astro run by itself, as `npm run dev` runs it)', () => {
  const event = 'events/2023/gz-opening-ceremony.md';
  const withCover = (name: string, src: string) => {
    const dir = fixtureContent(name, { [event]: (text) => text.replace(/^ {2}src: .*$/m, `  src: ${src}`) });
    return { dir, file: fileLabelOf(join(dir, event)) };
  };

  it('stops at a cover outside the content folder, naming the file and cover.src, and publishes nothing', async () => {
    const { dir, file } = withCover('cover-outside', '../../../outside/secret.jpg');
    mkdirSync(resolve(dir, '../outside'));
    cpSync(join(dir, 'events/2023/gz-opening-ceremony.jpg'), resolve(dir, '../outside/secret.jpg'));
    const result = await buildPastTheCheck('cover-outside', dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(file);
    expect(result.output).toContain(`字段“照片文件”（cover.src）：${inputText.content.image.outside('../../../outside/secret.jpg')}`);
    // An editor's mistake: the list alone, without the stack trace of the code that found it.
    expect(result.output).not.toMatch(/Stack trace|Caused by/);
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
  });

  it('stops at an SVG cover, which can carry script', async () => {
    const { dir, file } = withCover('cover-svg', './evil.svg');
    writeFileSync(
      join(dir, 'events/2023/evil.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><script>alert(1)</script></svg>',
    );
    const result = await buildPastTheCheck('cover-svg', dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(file);
    expect(result.output).toContain(`字段“照片文件”（cover.src）：${inputText.content.image.scriptable('./evil.svg')}`);
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
  });
});
