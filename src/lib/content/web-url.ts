/**
 * A link as editors paste it. Only http(s): a `javascript:` or `data:` link
 * in content must never reach a page. And nothing after the address: a
 * 腾讯会议 invitation pasted whole (`https://meeting.tencent.com/dm/abc 会议号：123`)
 * is a valid URL to `new URL()`, which percent-encodes the words into one
 * dead link and the meeting number out of sight.
 */
export type WebUrlReading =
  | { ok: true; url: string }
  /** `meant`: the address it most likely stands for, never one this module would refuse. */
  | { ok: false; problem: 'not-web-url'; meant?: MeantUrl }
  /** `url`, the address before the first space; `rest`, what followed it. */
  | { ok: false; problem: 'words-after'; url: string; rest: string };

function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export function readWebUrl(text: string): WebUrlReading {
  const trimmed = text.trim();
  // `\s` covers the full-width space (U+3000) Chinese input methods type.
  const space = /\s/u.exec(trimmed);
  const url = space ? trimmed.slice(0, space.index) : trimmed;
  if (!isWebUrl(url)) {
    const meant = meantUrl(trimmed);
    return meant ? { ok: false, problem: 'not-web-url', meant } : { ok: false, problem: 'not-web-url' };
  }
  if (space) return { ok: false, problem: 'words-after', url, rest: trimmed.slice(space.index).trim() };
  return { ok: true, url };
}

/**
 * What an address that is not one was most likely meant to be: one typed
 * with a Chinese input method's ： or ／ (`symbols`), a host without its
 * https:// (`scheme`: `www.gd.gov.cn/x`), or one after words that belong
 * elsewhere (`words-before`: `报名链接：https://…`). Only ever http(s).
 */
export interface MeantUrl {
  url: string;
  why: 'symbols' | 'scheme' | 'words-before';
}

/** `www.gd.gov.cn`, `edu.gd.gov.cn:8080/x?y=1`: a host name, with a path or not. */
const HOST_AND_PATH = /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/iu;
/** An address inside other words, up to a space or the Chinese punctuation that ends a phrase. */
const ADDRESS_INSIDE = /https?:\/\/[^\s，。；、）】」]+/iu;

function meantUrl(text: string): MeantUrl | undefined {
  const folded = text.normalize('NFKC');
  if (folded !== text && !/\s/u.test(folded) && isWebUrl(folded)) return { url: folded, why: 'symbols' };
  // In the text as typed: folded, the ， that ends the address would be a comma inside it.
  const inside = ADDRESS_INSIDE.exec(text);
  if (inside && inside.index > 0 && isWebUrl(inside[0])) return { url: inside[0], why: 'words-before' };
  if (HOST_AND_PATH.test(folded) && isWebUrl(`https://${folded}`)) return { url: `https://${folded}`, why: 'scheme' };
  return undefined;
}
