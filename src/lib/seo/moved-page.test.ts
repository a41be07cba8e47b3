import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, ownFoldersPolicy } from '../security/csp.ts';
import { movedPage } from './moved-page.ts';

describe('the page at an old address', () => {
  const to = '/zt/xxzq/learners/lin-zhen-bang/';
  const canonical = `https://edu.example.cn${to}`;
  const scripts = { base: '/zt/xxzq/', wechatSdk: '/wechat/jweixin-1.6.0.js' };
  const page = movedPage({ to, canonical, title: '林振邦 <b>&</b>', scripts });
  const html = parse(page);
  const meta = (selector: string) => html.querySelector(`meta[${selector}]`)?.getAttribute('content');

  it('sends the reader on at once, without a script, to the entry’s page, base path included', () => {
    expect(meta('http-equiv="refresh"')).toBe(`0; url=${to}`);
    expect(html.querySelectorAll('script')).toHaveLength(0);
    const policies = html.querySelectorAll('meta[http-equiv="Content-Security-Policy"]').map((m) => m.getAttribute('content'));
    expect(policies).toEqual([
      contentSecurityPolicy('meta', { webAssembly: false }),
      ownFoldersPolicy('meta', scripts, { webAssembly: false }),
    ]);
  });

  it('names the entry’s page as canonical and asks not to be indexed itself', () => {
    expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(canonical);
    expect(meta('name="robots"')).toBe('noindex');
    expect(page).not.toContain('data-pagefind-body');
  });

  it('links to the entry by its title, escaped, for a reader the refresh does not move', () => {
    const link = html.querySelector('main a')!;
    expect(link.getAttribute('href')).toBe(to);
    expect(link.textContent).toBe('林振邦 <b>&</b>');
    expect(page).not.toContain('<b>&</b>');
    expect(html.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
  });
});
