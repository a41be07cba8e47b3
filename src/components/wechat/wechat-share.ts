/**
 * In WeChat's browser only: loads the department's own copy of the JS-SDK,
 * asks its signature service to sign this page, and gives WeChat the page's
 * card (its Open Graph title, summary, address and picture) for 分享给朋友 and
 * 分享到朋友圈. Elsewhere it returns at once and loads nothing. Any failure
 * leaves WeChat's plain card (title and address), as without this script.
 */
import {
  isWechatBrowser,
  parseSignature,
  shareCardFromMeta,
  signatureRequestUrl,
  wxConfig,
  type ShareCard,
} from '../../lib/wechat/share.ts';
import type { WechatSettings } from '../../lib/wechat/settings.ts';
import { wechatSdkPolicy, type TrustedTypesFactory } from '../../lib/security/trusted-types.ts';

interface Wx {
  config(options: ReturnType<typeof wxConfig>): void;
  ready(callback: () => void): void;
  error(callback: (reason: unknown) => void): void;
  updateAppMessageShareData(card: ShareCard): void;
  updateTimelineShareData(card: Omit<ShareCard, 'desc'>): void;
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    // Under Trusted Types (src/lib/security/trusted-types.ts) the address must come from a policy, which lets
    // through this one address only and throws for any other; a browser without them takes the string.
    const policy = wechatSdkPolicy((window as { trustedTypes?: TrustedTypesFactory }).trustedTypes, () => location.href, src);
    // The sink takes the browser's TrustedScriptURL object, which the DOM's types do not know.
    script.src = (policy?.createScriptURL(src) ?? src) as string;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(script);
  });
}

export async function startWechatShare(): Promise<void> {
  if (!isWechatBrowser(navigator.userAgent)) return;
  // Found by its own attribute, not an id, which an article's heading could take too (## WeChat Share).
  const settingsElement = document.querySelector('script[data-wechat-share]');
  const card = shareCardFromMeta((p) => document.querySelector(`meta[property="${p}"]`)?.getAttribute('content'));
  if (!settingsElement?.textContent || !card) return;
  try {
    const settings = JSON.parse(settingsElement.textContent) as WechatSettings;
    const [answer] = await Promise.all([
      fetch(signatureRequestUrl(settings.signatureUrl, location.href), { credentials: 'same-origin' }).then(
        (r) => r.json() as Promise<unknown>,
      ),
      loadScript(settings.sdk),
    ]);
    const signature = parseSignature(answer, settings.appId);
    const wx = (window as unknown as { wx?: Wx }).wx;
    if (!signature || !wx) return;
    wx.config(wxConfig(settings, signature));
    wx.error((reason) => console.warn('WeChat JS-SDK', reason));
    wx.ready(() => {
      wx.updateAppMessageShareData(card);
      wx.updateTimelineShareData({ title: card.title, link: card.link, imgUrl: card.imgUrl });
    });
  } catch (error) {
    // The plain card stays; the reader loses nothing.
    console.warn('WeChat share card', error);
  }
}
