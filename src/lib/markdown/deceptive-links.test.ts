import { domainToASCII } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deceptiveLink } from './deceptive-links.ts';
import { findUnsafeConstructs } from './unsafe-body.ts';

const FRONT = '---\ntitle: 标题\n---\n';

describe('links whose words show another address than they go to', () => {
  it('names a web address shown over a link to another host, with or without the scheme, inside Chinese words too', () => {
    expect(deceptiveLink('www.gd.gov.cn', 'https://gd-gov.cn.example/login')).toEqual({
      kind: 'web',
      shown: 'www.gd.gov.cn',
      actual: 'gd-gov.cn.example',
    });
    expect(deceptiveLink('https://edu.gd.gov.cn/zt/', 'http://evil.example/')?.kind).toBe('web');
    expect(deceptiveLink('广东省教育厅官网（edu.gd.gov.cn）', 'https://edu-gd.top/')).toMatchObject({
      shown: 'edu.gd.gov.cn',
      actual: 'edu-gd.top',
    });
    // A look-alike letter (Cyrillic о) in the shown host is another host.
    expect(deceptiveLink('www.gd.gov.cn', 'https://www.gd.g\u043ev.cn/')?.kind).toBe('web');
  });

  it('lets words that are no address, and addresses of the same site, through', () => {
    expect(deceptiveLink('广东省教育厅官网', 'https://evil.example/')).toBeUndefined();
    expect(deceptiveLink('第 1.2 节', 'https://example.org/')).toBeUndefined();
    expect(deceptiveLink('photo.jpg', 'https://example.org/p.jpg')).toBeUndefined();
    expect(deceptiveLink('gd.gov.cn', 'https://www.gd.gov.cn/gkmlpt/')).toBeUndefined();
    expect(deceptiveLink('www.gd.gov.cn', 'https://edu.gd.gov.cn/')).toBeUndefined();
    expect(deceptiveLink('https://www.moe.gov.cn/jyb_xwfb/', 'http://www.moe.gov.cn/jyb_xwfb/')).toBeUndefined();
    expect(deceptiveLink('www.gd.gov.cn', '/events/')).toBeUndefined();
  });

  it('names an e-mail address or a phone number shown over a link that writes or dials another', () => {
    expect(deceptiveLink('press@gd.gov.cn', 'mailto:collect@evil.example')).toEqual({
      kind: 'email',
      shown: 'press@gd.gov.cn',
      actual: 'collect@evil.example',
    });
    expect(deceptiveLink('Press@GD.gov.cn', 'mailto:press@gd.gov.cn?subject=%E9%87%87%E8%AE%BF')).toBeUndefined();
    expect(deceptiveLink('020-83113000', 'tel:+86-168-0000-1234')).toEqual({
      kind: 'phone',
      shown: '020-83113000',
      actual: '+86-168-0000-1234',
    });
    expect(deceptiveLink('020-8311 3000', 'tel:+862083113000')).toBeUndefined();
    expect(deceptiveLink('(020) 83113000', 'tel:0086-20-83113000')).toBeUndefined();
    expect(deceptiveLink('拨打热线', 'tel:12345')).toBeUndefined();
  });

  it('is an error npm run check names with its line, in Markdown links and in raw HTML', () => {
    const body = [
      '报名请登录 [www.gd.gov.cn](https://gd-gov.example/login)。', // 4
      '',
      '<a href="mailto:x@evil.example">', // 6
      'press@gd.gov.cn',
      '</a>',
      '',
      '[广东省教育厅](https://edu.gd.gov.cn/) 与 <https://www.moe.gov.cn/>、press@gd.gov.cn', // 10
      '',
      '以教育部网站（www.moe.gov.cn）公开发布的原文为准。',
    ].join('\n');
    expect(findUnsafeConstructs(FRONT + body, 'markdown')).toEqual([
      {
        line: 4,
        message:
          '链接文字显示的是网址 “www.gd.gov.cn”，点开却去往 “gd-gov.example”：读者会以为去的是前者。请让文字与链接地址一致，或改用说明性文字（如“教育厅官网”）',
      },
      { line: 6, message: '链接文字显示的是邮箱 “press@gd.gov.cn”，点开却写信给 “x@evil.example”：请让文字与邮箱地址一致' },
    ]);
  });
});

describe('addresses in Chinese characters', () => {
  it('names one shown over a link to another host, compared as the browser goes to it (punycode)', () => {
    expect(deceptiveLink('教育厅.中国', 'https://edu-gd.top/')).toEqual({ kind: 'web', shown: '教育厅.中国', actual: 'edu-gd.top' });
    expect(deceptiveLink('广东教育.公司', 'https://evil.example/')?.kind).toBe('web');
    expect(deceptiveLink('官方网址：https://教育厅.中国/zt/', 'https://evil.example/')).toMatchObject({
      shown: 'https://教育厅.中国',
    });
    expect(deceptiveLink('广东省教育厅（www.教育厅.中国）', 'https://evil.example/')).toMatchObject({ shown: 'www.教育厅.中国' });
    // Words glued to the front are part of the host: a tail of it (育厅.中国) is another site.
    expect(deceptiveLink('请访问教育厅.中国', 'https://育厅.中国/')).toMatchObject({ kind: 'web', actual: '育厅.中国' });
  });

  it('lets the same address through however it is written, and Chinese words around a dot', () => {
    const ascii = domainToASCII('教育厅.中国');
    expect(deceptiveLink('教育厅.中国', 'https://教育厅.中国/')).toBeUndefined();
    expect(deceptiveLink('教育厅.中国', `https://${ascii}/zt/`)).toBeUndefined();
    expect(deceptiveLink('https://教育厅.中国', `https://www.${ascii}/`)).toBeUndefined();
    expect(deceptiveLink('附件1.中国教育报', 'https://example.org/')).toBeUndefined();
    expect(deceptiveLink('1.中国', 'https://example.org/')).toBeUndefined();
    expect(deceptiveLink('第三章.总则', 'https://example.org/')).toBeUndefined();
  });
});
