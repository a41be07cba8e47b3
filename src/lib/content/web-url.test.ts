import { describe, expect, it } from 'vitest';
import { readWebUrl } from './web-url.ts';

describe('readWebUrl', () => {
  it('takes an http(s) address, without the spaces around it', () => {
    expect(readWebUrl(' https://meeting.tencent.com/dm/abc ')).toEqual({ ok: true, url: 'https://meeting.tencent.com/dm/abc' });
    expect(readWebUrl('http://example.cn/a?b=1#c')).toEqual({ ok: true, url: 'http://example.cn/a?b=1#c' });
  });

  it('refuses what would run or is no web page', () => {
    for (const text of ['javascript:alert(1)', 'data:text/html,x', 'mailto:a@example.cn', '腾讯会议', '电话报名 0769-12345678', '']) {
      expect(readWebUrl(text)).toEqual({ ok: false, problem: 'not-web-url' });
    }
  });

  it('says what a near-address stands for: Chinese ： or ／, no https://, words before it', () => {
    const meant = (text: string) => {
      const read = readWebUrl(text);
      return read.ok || read.problem !== 'not-web-url' ? undefined : read.meant;
    };
    expect(meant('https：//www.dg.gov.cn／signup')).toEqual({ url: 'https://www.dg.gov.cn/signup', why: 'symbols' });
    expect(meant('www.dg.gov.cn/signup?id=3')).toEqual({ url: 'https://www.dg.gov.cn/signup?id=3', why: 'scheme' });
    expect(meant('报名链接：https://www.dg.gov.cn/signup，截止11月10日')).toEqual({ url: 'https://www.dg.gov.cn/signup', why: 'words-before' });
    // Never another scheme, and not a word that only looks like a host.
    expect(meant('javascript：alert(1)')).toBeUndefined();
    expect(meant('腾讯会议')).toBeUndefined();
    expect(meant('1.5')).toBeUndefined();
  });

  it('says where the address ends when words follow it, as a pasted invitation has them', () => {
    const url = 'https://meeting.tencent.com/dm/abc';
    for (const [space, rest] of [
      [' ', '会议号：123 456 789'],
      ['\u3000', '密码1234'],
      ['\t', '直播'],
    ] as const) {
      expect(readWebUrl(`${url}${space}${rest}`)).toEqual({ ok: false, problem: 'words-after', url, rest });
    }
  });
});
