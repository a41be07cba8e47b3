import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeBasePath, resolveBasePath } from './base-path.ts';
import { inputText } from '../i18n/zh-CN/input.ts';
import { InputError } from './input-problem.ts';
import { parseSiteSettings, SITE_SETTINGS_FILE } from './site-settings.ts';

describe('the base path', () => {
  it('is written with a slash at both ends, however it was typed', () => {
    expect(normalizeBasePath('/')).toBe('/');
    expect(normalizeBasePath('')).toBe('/');
    expect(normalizeBasePath('/zt/xxzq/')).toBe('/zt/xxzq/');
    expect(normalizeBasePath('/zt/xxzq')).toBe('/zt/xxzq/');
    expect(normalizeBasePath(' zt/xxzq ')).toBe('/zt/xxzq/');
    expect(normalizeBasePath('/learning-week_2023/v1.2/')).toBe('/learning-week_2023/v1.2/');
  });

  it('refuses what is not a plain path', () => {
    for (const bad of [
      'https://edu.gd.gov.cn/zt/',
      '//cdn.example.cn/',
      '/zt/../x/',
      '/zt/./x/',
      '/专题/',
      '/zt xxzq/',
      '/zt/?a=1',
      '/zt/#top',
    ]) {
      expect(normalizeBasePath(bad), bad).toBeUndefined();
    }
  });

  it('lists in its message exactly the punctuation it accepts', () => {
    const message = inputText.settings.basePath('x');
    const punctuation = [...'!"#$%&\'()*+,-.:;<=>?@[\\]^_`{|}~'];
    const accepted = punctuation.filter((c) => normalizeBasePath(`/a${c}b/`) === `/a${c}b/`);
    expect(accepted).toContain('~');
    expect(punctuation.filter((c) => message.includes(`（${c}）`))).toEqual(accepted);
  });

  it('takes BASE_PATH over the setting, and names BASE_PATH when it is wrong', () => {
    expect(resolveBasePath(undefined, () => '/zt/xxzq/')).toBe('/zt/xxzq/');
    expect(resolveBasePath('', () => '/zt/xxzq/')).toBe('/zt/xxzq/');
    expect(resolveBasePath('/staging', () => '/zt/xxzq/')).toBe('/staging/');
    expect(() => resolveBasePath('http://x/', () => '/')).toThrow(InputError);
    expect(() => resolveBasePath('http://x/', () => '/')).toThrow(/环境变量 › 字段 BASE_PATH：“http:\/\/x\/”不是有效的网站路径/);
  });
});

describe('the base setting in site.json', () => {
  const shipped = JSON.parse(readFileSync(SITE_SETTINGS_FILE, 'utf8')) as Record<string, unknown>;
  const parse = (changes: Record<string, unknown>) => parseSiteSettings(JSON.stringify({ ...shipped, ...changes }));

  it('defaults to the root and is normalised', () => {
    const { base: _, ...withoutBase } = shipped;
    expect(parseSiteSettings(JSON.stringify(withoutBase)).base).toBe('/');
    expect(parse({ base: '/zt/xxzq' }).base).toBe('/zt/xxzq/');
  });

  it('names the field of a bad base, and of a URL that carries a path', () => {
    expect(() => parse({ base: 'https://edu.gd.gov.cn/zt/xxzq/' })).toThrow(
      /content\/data\/site.json › 字段“网站路径”（base）：“https:\/\/edu.gd.gov.cn\/zt\/xxzq\/”不是有效的网站路径/,
    );
    // Not text: quoted as the file has it, not as [object Object].
    expect(() => parse({ base: { path: '/zt/' } })).toThrow(/字段“网站路径”（base）：“\{"path":"\/zt\/"\}”不是有效的网站路径/);
    expect(() => parse({ url: 'https://edu.gd.gov.cn/zt/xxzq/' })).toThrow(
      /字段“网站网址”（url）：网址只写协议和域名.*路径“\/zt\/xxzq\/”请写在 base 字段/,
    );
  });
});
