import { describe, expect, it } from 'vitest';
import { readWebUrl } from './web-url.ts';

describe('readWebUrl', () => {
  it('takes an http(s) address, without the spaces around it', () => {
    expect(readWebUrl(' https://meeting.tencent.com/dm/abc ')).toEqual({ ok: true, url: 'https://meeting.tencent.com/dm/abc' });
    expect(readWebUrl('http://example.cn/a?b=1#c')).toEqual({ ok: true, url: 'http://example.cn/a?b=1#c' });
  });

  it('refuses what would run or is no web page', () => {
    for (const text of ['javascript:alert(1)', 'data:text/html,x', 'mailto:a@example.cn', 'www.example.cn', '腾讯会议', '']) {
      expect(readWebUrl(text)).toEqual({ ok: false, problem: 'not-web-url' });
    }
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
