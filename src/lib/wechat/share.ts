import type { WechatSettings } from './settings.ts';

/**
 * WeChat share cards through the JS-SDK, the part that is plain logic (the
 * page script, src/components/wechat/wechat-share.ts, does the loading). In
 * WeChat, a shared link shows the page's own card only once the page has
 * configured the JS-SDK with a signature from the 公众号's server; elsewhere
 * nothing of this runs or loads.
 */

/** The JS-SDK interfaces the card needs: 分享给朋友 and 分享到朋友圈. */
export const SHARE_APIS = ['updateAppMessageShareData', 'updateTimelineShareData'] as const;

/** Only WeChat's own browser has the bridge the JS-SDK talks to. */
export function isWechatBrowser(userAgent: string): boolean {
  return /\bMicroMessenger\//i.test(userAgent);
}

/** The page's address as WeChat signs it: everything before `#`. */
export function signedPageUrl(href: string): string {
  return href.split('#')[0]!;
}

/** The signature service's address for a page: `<signatureUrl>?url=<page, encoded>`. */
export function signatureRequestUrl(signatureUrl: string, href: string): string {
  return `${signatureUrl}${signatureUrl.includes('?') ? '&' : '?'}url=${encodeURIComponent(signedPageUrl(href))}`;
}

export interface Signature {
  timestamp: number;
  nonceStr: string;
  signature: string;
}

/**
 * The signature service's answer, `{ timestamp, nonceStr, signature }` (also
 * accepted inside `data`, as many services wrap it); undefined when it is not
 * one, or signs for another AppID.
 */
export function parseSignature(answer: unknown, appId: string): Signature | undefined {
  const record = (v: unknown) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : undefined);
  const outer = record(answer);
  const body = outer && 'signature' in outer ? outer : record(outer?.data);
  if (!body) return undefined;
  if (body.appId !== undefined && body.appId !== appId) return undefined;
  const timestamp = typeof body.timestamp === 'string' ? Number(body.timestamp) : body.timestamp;
  if (typeof timestamp !== 'number' || !Number.isInteger(timestamp) || timestamp <= 0) return undefined;
  if (typeof body.nonceStr !== 'string' || !body.nonceStr) return undefined;
  if (typeof body.signature !== 'string' || !/^[0-9a-f]{40}$/i.test(body.signature)) return undefined;
  return { timestamp, nonceStr: body.nonceStr, signature: body.signature };
}

/** What wx.config() is given. */
export function wxConfig(settings: Pick<WechatSettings, 'appId'>, signature: Signature) {
  return { debug: false, appId: settings.appId, ...signature, jsApiList: [...SHARE_APIS] };
}

export interface ShareCard {
  title: string;
  desc: string;
  link: string;
  imgUrl: string;
}

/**
 * The card from the page's own Open Graph tags (BaseLayout writes them),
 * undefined when one is missing. The link is the canonical address, which
 * must be on the 公众号's JS interface domain, as the page itself is.
 */
export function shareCardFromMeta(meta: (property: string) => string | null | undefined): ShareCard | undefined {
  const [title, desc, link, imgUrl] = ['og:title', 'og:description', 'og:url', 'og:image'].map((p) => meta(p)?.trim() ?? '');
  return title && link && imgUrl ? { title, desc: desc ?? '', link, imgUrl } : undefined;
}
