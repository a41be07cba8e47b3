/**
 * Whether a URL written in a page stays on this site (a relative path, an
 * absolute path or a #fragment), parsed as the browser parses it, so that
 * `//host`, `\\host`, `/\host` and tabs inside the scheme are all seen for
 * what they are. Parsed from an https and an http page both: `https:host/x`
 * is a path on the first and another host on the second, and the site may be
 * served either way.
 */
const PAGES = ['https://this-site.invalid/a/b/', 'http://this-site.invalid/a/b/'];

export function isSameSiteUrl(url: string): boolean {
  return PAGES.every((page) => {
    try {
      return new URL(url, page).origin === new URL(page).origin;
    } catch {
      return false;
    }
  });
}
