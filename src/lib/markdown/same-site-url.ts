/**
 * Whether a URL written in a page stays on this site (a relative path, an
 * absolute path or a #fragment), parsed as the browser parses it, so that
 * `//host`, `\\host`, `/\host` and tabs inside the scheme are all seen for
 * what they are.
 */
const HERE = 'https://this-site.invalid/a/b/';

export function isSameSiteUrl(url: string): boolean {
  try {
    return new URL(url, HERE).origin === new URL(HERE).origin;
  } catch {
    return false;
  }
}
