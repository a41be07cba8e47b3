/**
 * The site's Content-Security-Policy, in one place. Every page carries it as
 * `<meta http-equiv="Content-Security-Policy">` (src/layouts/BaseLayout.astro),
 * and the web server sends the same policy as a header, which is the only way
 * `frame-ancestors` takes effect: render it with `contentSecurityPolicy('header')`.
 *
 * No page has an inline script, style or event handler: scripts and styles
 * are files under `_astro/` (astro.config.mjs turns Astro's inlining off),
 * and maps are coloured by attributes and classes.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  // Pagefind's search runs WebAssembly; nothing else is compiled or evaluated.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  // Tighter than 'self': no page has a <base> element, and no page frames another.
  'base-uri': ["'none'"],
  'frame-src': ["'none'"],
  'form-action': ["'self'"],
  // Browsers ignore this one in a <meta>: the server's header carries it.
  'frame-ancestors': ["'self'"],
} as const satisfies Record<string, readonly string[]>;

/** Directives a browser honours only in a header (it ignores them, with a console error, in a <meta>). */
const HEADER_ONLY = new Set<string>(['frame-ancestors']);

/** The policy as one line: for the `Content-Security-Policy` header, or for the pages' `<meta>`. */
export function contentSecurityPolicy(delivery: 'header' | 'meta'): string {
  return Object.entries(CSP_DIRECTIVES)
    .filter(([name]) => delivery === 'header' || !HEADER_ONLY.has(name))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
