import { describe, expect, it } from 'vitest';
import { formatProblem } from '../input-problem.ts';
import { validateSiteSettings } from '../site-settings.ts';
import { readFileSync } from 'node:fs';
import { isWechatBrowser, parseSignature, shareCardFromMeta, signatureRequestUrl, wxConfig } from './share.ts';

const SIGNATURE = '0f9de62fce790f9a083d5c99e95740ceb90c27ed';

describe('WeChat share cards', () => {
  it('run only in WeChat’s own browser', () => {
    expect(
      isWechatBrowser(
        'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/116 Mobile MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64',
      ),
    ).toBe(true);
    expect(
      isWechatBrowser(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148 MicroMessenger/8.0.44(0x18002c2c) NetType/WIFI',
      ),
    ).toBe(true);
    expect(isWechatBrowser('Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36')).toBe(false);
  });

  it('ask the signature service to sign the page’s address without its fragment', () => {
    expect(signatureRequestUrl('/wechat/signature', 'https://edu.gd.gov.cn/zt/xxzq/events/?q=读书#list')).toBe(
      `/wechat/signature?url=${encodeURIComponent('https://edu.gd.gov.cn/zt/xxzq/events/?q=读书')}`,
    );
    expect(signatureRequestUrl('/api/wx?account=gdedu', 'https://a.cn/x/')).toBe(
      '/api/wx?account=gdedu&url=https%3A%2F%2Fa.cn%2Fx%2F',
    );
  });

  it('take the service’s answer as it is, or wrapped in data, and refuse anything else', () => {
    const answer = { timestamp: 1700000000, nonceStr: 'Wm3WZYTPz0wzccnW', signature: SIGNATURE };
    expect(parseSignature(answer, 'wx1234567890abcdef')).toEqual(answer);
    expect(
      parseSignature({ code: 0, data: { ...answer, timestamp: '1700000000', appId: 'wx1234567890abcdef' } }, 'wx1234567890abcdef'),
    ).toEqual(answer);
    expect(parseSignature({ ...answer, appId: 'wxffffffffffffffff' }, 'wx1234567890abcdef')).toBeUndefined();
    expect(parseSignature({ ...answer, signature: 'forged' }, 'wx1234567890abcdef')).toBeUndefined();
    expect(parseSignature({ ...answer, timestamp: -1 }, 'wx1234567890abcdef')).toBeUndefined();
    expect(parseSignature('<html>error</html>', 'wx1234567890abcdef')).toBeUndefined();
  });

  it('configure the JS-SDK for the two share interfaces only, without debug pop-ups', () => {
    const signature = { timestamp: 1700000000, nonceStr: 'n', signature: SIGNATURE };
    expect(wxConfig({ appId: 'wx1234567890abcdef' }, signature)).toEqual({
      debug: false,
      appId: 'wx1234567890abcdef',
      ...signature,
      jsApiList: ['updateAppMessageShareData', 'updateTimelineShareData'],
    });
  });

  it('make the card from the page’s Open Graph tags', () => {
    const tags: Record<string, string> = {
      'og:title': '广州市全民终身学习活动周启动仪式',
      'og:description': '启动仪式在广州图书馆举行',
      'og:url': 'https://edu.gd.gov.cn/zt/xxzq/events/2023/gz-opening-ceremony/',
      'og:image': 'https://edu.gd.gov.cn/zt/xxzq/share/events/2023/gz-opening-ceremony.jpg',
    };
    expect(shareCardFromMeta((p) => tags[p])).toEqual({
      title: tags['og:title'],
      desc: tags['og:description'],
      link: tags['og:url'],
      imgUrl: tags['og:image'],
    });
    expect(shareCardFromMeta((p) => (p === 'og:image' ? null : tags[p]))).toBeUndefined();
  });
});

describe('the wechat settings', () => {
  const shipped = JSON.parse(readFileSync('content/data/site.json', 'utf8')) as Record<string, unknown>;
  const problems = (wechat: unknown) => {
    const result = validateSiteSettings(JSON.stringify({ ...shipped, wechat }));
    return result.ok ? [] : result.problems.map(formatProblem);
  };

  it('are off when absent (the shipped settings) and accepted when all three are on the site’s host', () => {
    expect('wechat' in shipped).toBe(false);
    expect(problems({ appId: 'wx1234567890abcdef', signatureUrl: '/wechat/signature', sdk: '/wechat/jweixin-1.6.0.js' })).toEqual([]);
  });

  it('refuse the JS-SDK or the signature service on another host, a malformed AppID and one of the three left out, naming the field', () => {
    const messages = problems({
      appId: 'gh_0123456789ab',
      signatureUrl: 'https://api.example.com/wx/signature',
      sdk: '//res.wx.qq.com/open/js/jweixin-1.6.0.js',
    });
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(/字段“公众号 AppID”（wechat\.appId）：公众号 AppID 应为 wx/);
    expect(messages[1]).toMatch(/字段“签名服务地址”（wechat\.signatureUrl）：签名服务须在本站自己的域名下/);
    expect(messages[2]).toMatch(/字段“JS-SDK 文件地址”（wechat\.sdk）：微信 JS-SDK 文件须由本部门放在本站自己的域名下/);
    expect(problems({ appId: 'wx1234567890abcdef', signatureUrl: '/wechat/signature' })).toEqual([
      'content/data/site.json › 字段“JS-SDK 文件地址”（wechat.sdk）：缺少 sdk：appId、signatureUrl、sdk 三项都写才有微信分享卡片；不用时请删去整个 wechat 字段',
    ]);
    expect(problems({ signatureUrl: '/wechat/signature', sdk: '/wechat/jweixin-1.6.0.js' })).toEqual([
      'content/data/site.json › 字段“公众号 AppID”（wechat.appId）：缺少 appId：appId、signatureUrl、sdk 三项都写才有微信分享卡片；不用时请删去整个 wechat 字段',
    ]);
  });
});
