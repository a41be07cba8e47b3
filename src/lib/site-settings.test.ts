import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSiteSettings, SITE_SETTINGS_FILE } from './site-settings.ts';

const shipped = readFileSync(SITE_SETTINGS_FILE, 'utf8');

describe('site settings', () => {
  it('accepts the shipped settings', () => {
    expect(parseSiteSettings(shipped).url).toMatch(/^https:\/\//);
  });
  it('names the field of a bad value', () => {
    const bad = { ...JSON.parse(shipped), submissionForm: 'javascript:alert(1)' };
    expect(() => parseSiteSettings(JSON.stringify(bad))).toThrow(/content\/data\/site.json › 字段 submissionForm：须为 http/);
  });
  it('says when the file is not JSON', () => {
    expect(() => parseSiteSettings('{ url: ')).toThrow(/不是有效的 JSON/);
  });
});
