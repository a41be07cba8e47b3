import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './input-problem.ts';
import { parseSiteSettings, SITE_SETTINGS_FILE, validateSiteSettings } from './site-settings.ts';

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
    const bad = { ...JSON.parse(shipped), submissionForm: 'javascript:alert(1)' };
    expect(() => parseSiteSettings(JSON.stringify(bad))).toThrow(/content\/data\/site.json › 字段 submissionForm：须为 http/);
  });
  it('says when the file is not JSON, and where', () => {
    expect(() => parseSiteSettings('{ url: ')).toThrow(/不是有效的 JSON：第 1 行第 3 列/);
  });
  it('names a misspelt key and an empty one in Chinese, all at once', () => {
    const { boundaryFile, ...rest } = JSON.parse(shipped);
    const bad = { ...rest, boundryFile: boundaryFile, shortName: '' };
    const messages = problemsOf(JSON.stringify(bad));
    const unknown = messages.find((m) => m.startsWith('content/data/site.json › 字段 boundryFile：未知字段 "boundryFile"（是否应为 boundaryFile？）'));
    for (const key of Object.keys(settingsShape())) expect(unknown).toContain(key);
    expect(messages).toContain('content/data/site.json › 字段 shortName：须填写，不能为空');
    expect(messages).toContain('content/data/site.json › 字段 boundaryFile：须填写，不能为空');
  });
});
