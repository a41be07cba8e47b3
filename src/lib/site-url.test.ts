import { describe, expect, it } from 'vitest';
import { InputError } from './input-problem.ts';
import { resolveSiteUrl } from './site-url.ts';

const fromSettings = () => 'https://edu.gd.gov.cn';

describe('SITE_URL', () => {
  it('is taken over the setting when set, and the setting when not', () => {
    expect(resolveSiteUrl(undefined, fromSettings)).toBe('https://edu.gd.gov.cn');
    expect(resolveSiteUrl(' ', fromSettings)).toBe('https://edu.gd.gov.cn');
    expect(resolveSiteUrl('https://test.edu.gd.gov.cn', fromSettings)).toBe('https://test.edu.gd.gov.cn');
    expect(resolveSiteUrl('http://127.0.0.1:8089/', fromSettings)).toBe('http://127.0.0.1:8089/');
  });

  it('is held to the url setting’s rule, and refused in Chinese naming SITE_URL', () => {
    for (const bad of ['test.edu.gd.gov.cn', 'ftp://x.cn', 'https://x.cn/zt/', 'https://']) {
      const refused = () => resolveSiteUrl(bad, fromSettings);
      expect(refused, bad).toThrow(InputError);
      expect(refused, bad).toThrow(/环境变量 › 字段 SITE_URL：/);
    }
    // A path belongs in BASE_PATH, and the message says so with the path given.
    expect(() => resolveSiteUrl('https://x.cn/zt/xxzq/', fromSettings)).toThrow(/BASE_PATH=\/zt\/xxzq\//);
    expect(() => resolveSiteUrl('ftp://x.cn', fromSettings)).toThrow(/“ftp:\/\/x\.cn”不是有效的网址/);
  });
});
