import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURE_CONTENT } from '../../tests/support/fixture.ts';
import { inputText } from '../i18n/zh-CN/input.ts';
import { checkInputs } from './check-inputs.ts';
import { errorsOf, fileLabelOf, warningsOf } from './input-problem.ts';

/**
 * A broken site.json no longer hides the other files' problems: the check
 * reports the settings and goes on with every file it can, saying once what
 * it could not check without them.
 */
const EVENT = 'events/2023/gz-reading-month.md';
const STATS = 'data/stats/2023.json';
const LIGHTING = 'data/lighting/2023.json';
const PROJECT = 'projects/longgang-weiwu-night-school.md';

/** A copy of the fixture with a site.json as `settings` makes it, an event with an unknown audience, a report of an unknown region and a lighting of an unknown kind. */
function brokenSite(settings: (text: string) => string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'broken-settings-')), 'content');
  cpSync(FIXTURE_CONTENT, dir, { recursive: true });
  const edit = (file: string, change: (text: string) => string) =>
    writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
  edit('data/site.json', settings);
  edit(EVENT, (text) => text.replace(/^audience: .*$/m, 'audience: [elders]'));
  edit(STATS, (text) => text.replace('"region": "440100"', '"region": "449999"'));
  edit(LIGHTING, (text) => text.replace('"kind": "tower"', '"kind": "towr"'));
  vi.stubEnv('CONTENT_DIR', dir);
  return dir;
}

const fields = (problems: { file: string; field: string }[], file: string) =>
  problems.filter((p) => p.file === file).map((p) => p.field);

describe('npm run check with a site.json it cannot read', () => {
  it('reports the settings, checks every Markdown entry all the same, and says once what it left out', () => {
    const dir = brokenSite((text) => text.replace('{', '{ "province": {'));
    const { problems } = checkInputs(dir, {});
    const settings = fileLabelOf(join(dir, 'data/site.json'));
    expect(fields(errorsOf(problems), settings)).toEqual(['（整个文件）']);
    // The event's own mistake, found though the province (and so its region code) is unknown.
    expect(fields(errorsOf(problems), fileLabelOf(join(dir, EVENT)))).toEqual(['audience[0]']);
    // Nothing fails for want of the settings: no check crashed.
    expect(problems.filter((p) => p.message.includes('check crashed'))).toEqual([]);
    const skipped = warningsOf(problems).filter((p) => p.file === settings);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.message).toMatch(/地区代码（region）/);
    expect(skipped[0]!.message).toMatch(/data\/stats/);
    expect(skipped[0]!.message).toMatch(/data\/lighting/);
  });
});

describe('npm run check with a setting of the wrong type', () => {
  it('reports it, checks the statistics and entries against the province, and says once what it left out', () => {
    const dir = brokenSite((text) => text.replace(/"year": (\d+)/, '"year": "$1年"').replace(/"url": "[^"]*"/, '"url": 5'));
    const { problems } = checkInputs(dir, {});
    const settings = fileLabelOf(join(dir, 'data/site.json'));
    expect(new Set(fields(errorsOf(problems), settings))).toEqual(new Set(['year', 'url']));
    expect(fields(errorsOf(problems), fileLabelOf(join(dir, EVENT)))).toEqual(['audience[0]']);
    expect(fields(errorsOf(problems), fileLabelOf(join(dir, STATS)))).toEqual(['reports[0].region']);
    // The lighting places need the province and the boundary file only, and both are right.
    expect(fields(errorsOf(problems), fileLabelOf(join(dir, LIGHTING)))).toEqual(['items[0].kind']);
    // Nothing fails for want of the settings: no check crashed.
    expect(problems.filter((p) => p.message.includes('check crashed'))).toEqual([]);
    const skipped = warningsOf(problems).filter((p) => p.file === settings);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.message).not.toMatch(/地区代码（region）/);
    expect(skipped[0]!.message).not.toMatch(/data\/lighting/);
  });
});

describe('npm run check with a boundaryFile it cannot use', () => {
  it('reports the setting, leaves the lighting files for later and says so', () => {
    const dir = brokenSite((text) => text.replace('{', '{ "boundaryFile": "../outside.json",'));
    const { problems } = checkInputs(dir, {});
    const settings = fileLabelOf(join(dir, 'data/site.json'));
    expect(fields(errorsOf(problems), settings)).toEqual(['boundaryFile']);
    expect(fields(errorsOf(problems), fileLabelOf(join(dir, STATS)))).toEqual(['reports[0].region']);
    expect(fields(problems, fileLabelOf(join(dir, LIGHTING)))).toEqual([]);
    const skipped = warningsOf(problems).filter((p) => p.file === settings);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.message).toMatch(/data\/lighting/);
    expect(skipped[0]!.message).not.toMatch(/地区代码（region）/);
  });
});

describe('npm run check with a province it does not know', () => {
  it('still finds what is wrong with a region code or an award level whatever the province', () => {
    const dir = brokenSite((text) => text.replace(/"code": "440000"/, '"code": "990000"'));
    const edit = (file: string, change: (text: string) => string) =>
      writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
    // Unquoted, the code is a number; the level is mistyped; the other event's code is no division
    // of any province, which only the province could say.
    edit(EVENT, (text) => text.replace('region: "440100"', 'region: 440100'));
    edit(PROJECT, (text) => text.replace('level: provincial', 'level: provinical'));
    const { problems } = checkInputs(dir, {});
    const settings = fileLabelOf(join(dir, 'data/site.json'));
    expect(fields(errorsOf(problems), settings)).toEqual(['province.code']);
    expect(fields(errorsOf(problems), fileLabelOf(join(dir, EVENT))).sort()).toEqual(['audience[0]', 'region']);
    expect(errorsOf(problems).find((p) => p.field === 'region')!.message).toMatch(/引号/);
    expect(fields(errorsOf(problems), fileLabelOf(join(dir, PROJECT)))).toEqual(['level']);
    // Statistics and lighting wait for the province.
    expect(fields(problems, fileLabelOf(join(dir, STATS)))).toEqual([]);
    expect(fields(problems, fileLabelOf(join(dir, LIGHTING)))).toEqual([]);
    const skipped = warningsOf(problems).filter((p) => p.file === settings);
    expect(skipped[0]!.message).toMatch(/地区代码（region）是否为本省的行政区划/);
    expect(skipped[0]!.message).toMatch(/data\/lighting/);
  });
});

describe('npm run check with some settings wrong and the forms right', () => {
  // Link words that claim an official site (a body's 报送系统), going to the settings' own form: trusted while it holds.
  const claim = '\n\n[广东省教育厅宣传材料报送系统](https://forms.fixture.example.cn/materials)\n';
  const linked = (settings: (text: string) => string) => {
    const dir = brokenSite(settings);
    writeFileSync(join(dir, EVENT), readFileSync(join(dir, EVENT), 'utf8') + claim);
    const { problems } = checkInputs(dir, {});
    return { problems, event: fields(errorsOf(problems), fileLabelOf(join(dir, EVENT))) };
  };

  it('still trusts the forms’ addresses while the site’s own address is wrong', () => {
    const { problems, event } = linked((text) =>
      text.replace(/"year": (\d+)/, '"year": "$1年"').replace(/"url": "https:\/\/fixture[^"]*"/, '"url": 5'),
    );
    expect(event).toEqual(['audience[0]']);
    const skipped = warningsOf(problems).find((p) => p.field === inputText.skippedChecks.field)!;
    // The site's own address is wrong: links to it wait, and the note says so.
    expect(skipped.message).toContain(inputText.skippedChecks.withoutSites[0]);
  });

  it('refuses the claim while the forms themselves are wrong, and says why', () => {
    const { problems, event } = linked((text) => text.replace('"materials": {', '"materials": { "deadline": "下周",'));
    expect(event).toHaveLength(2);
    expect(event).toContain('audience[0]');
    expect(event.find((f) => f !== 'audience[0]')).toMatch(/body/);
    const skipped = warningsOf(problems).find((p) => p.field === inputText.skippedChecks.field)!;
    expect(skipped.message).toContain(inputText.skippedChecks.withoutSites[0]);
  });

  it('says nothing of the links while url, portals and forms all hold', () => {
    const { problems, event } = linked((text) => text.replace(/"year": (\d+)/, '"year": "$1年"'));
    expect(event).toEqual(['audience[0]']);
    const skipped = warningsOf(problems).find((p) => p.field === inputText.skippedChecks.field)!;
    expect(skipped.message).not.toContain(inputText.skippedChecks.withoutSites[0]);
  });
});
