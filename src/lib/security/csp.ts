import { TRUSTED_TYPES_POLICY } from './trusted-types.ts';

/**
 * The site's Content-Security-Policy, in one place. Every page carries it as
 * `<meta http-equiv="Content-Security-Policy">` (src/layouts/BaseLayout.astro),
 * and the web server sends the same policy as a header, which is the only way
 * `frame-ancestors` takes effect: render it with `contentSecurityPolicy('header')`.
 *
 * No page has an inline script, style or event handler: scripts and styles
 * are files under `_astro/` (astro.config.mjs turns Astro's inlining off),
 * and maps are coloured by attributes and classes.
 *
 * A browser enforces the header and the <meta> both, so a page's <meta> can
 * narrow the one header every page gets: only the search page keeps
 * `'wasm-unsafe-eval'`, which Pagefind needs and nothing else does.
 *
 * Trusted Types: no string reaches an HTML, script or script-URL sink; only
 * the site's two script-URL policies (src/lib/security/trusted-types.ts) may
 * exist, each created once.
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
  // innerHTML, eval-like sinks and script addresses take only what a policy made…
  'require-trusted-types-for': ["'script'"],
  // … and these are the only policies (no 'allow-duplicates': each is made once per page).
  'trusted-types': Object.values(TRUSTED_TYPES_POLICY),
} as const satisfies Record<string, readonly string[]>;

/** Directives a browser honours only in a header (it ignores them, with a console error, in a <meta>). */
const HEADER_ONLY = new Set<string>(['frame-ancestors']);

/** What a page runs that the policy must allow; the header, one for all pages, allows all of it. */
export interface PagePolicy {
  /** Compiles WebAssembly: the search page (Pagefind). */
  webAssembly: boolean;
}

/** The policy as one line: for the `Content-Security-Policy` header, or for one page's `<meta>`. */
export function contentSecurityPolicy(delivery: 'header'): string;
export function contentSecurityPolicy(delivery: 'meta', page: PagePolicy): string;
export function contentSecurityPolicy(delivery: 'header' | 'meta', page?: PagePolicy): string {
  const webAssembly = delivery === 'header' || page?.webAssembly === true;
  return Object.entries(CSP_DIRECTIVES)
    .filter(([name]) => delivery === 'header' || !HEADER_ONLY.has(name))
    .map(([name, sources]) => [name, sources.filter((s) => webAssembly || s !== "'wasm-unsafe-eval'")] as const)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
