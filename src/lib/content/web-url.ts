/**
 * A link as editors paste it. Only http(s): a `javascript:` or `data:` link
 * in content must never reach a page. And nothing after the address: a
 * 腾讯会议 invitation pasted whole (`https://meeting.tencent.com/dm/abc 会议号：123`)
 * is a valid URL to `new URL()`, which percent-encodes the words into one
 * dead link and the meeting number out of sight.
 */
export type WebUrlReading =
  | { ok: true; url: string }
  | { ok: false; problem: 'not-web-url' }
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
  if (!isWebUrl(url)) return { ok: false, problem: 'not-web-url' };
  if (space) return { ok: false, problem: 'words-after', url, rest: trimmed.slice(space.index).trim() };
  return { ok: true, url };
}
