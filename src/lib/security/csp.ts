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
 *
 * `'self'` is the whole host, and under a base path (`/zt/xxzq/`) the host
 * holds other applications too (an upload folder, an old CMS): a second
 * policy, `ownFoldersPolicy`, enforced beside this one, lets scripts and
 * stylesheets come only from the site's own folders.
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

/** The folders under the base path that the build writes every script a page loads into: Astro's bundles, Pagefind's files. */
export const SCRIPT_FOLDERS = ['_astro/', 'pagefind/'] as const;

/** …and every stylesheet: Astro's bundles (the search page draws its own results; Pagefind's UI styles are not loaded). */
export const STYLE_FOLDERS = ['_astro/'] as const;

/** Where the site's scripts live. */
export interface ScriptPlaces {
  /** The base path: `/` or `/zt/xxzq/`. */
  base: string;
  /** The WeChat JS-SDK copy (`wechat.sdk`), when share cards are on: a path from the host's root, outside the base. */
  wechatSdk?: string;
}

/**
 * A path as a CSP host-source on any host and port (`*:*` and the path).
 * Alone it would match every host: the first policy's `'self'` holds it to
 * the page's own origin, since a browser enforces both. The port must be
 * `*`: without one the source matches only the scheme's default port, and
 * the preview and test servers have their own. No query (a source has
 * none), and `;` and `,` escaped, which would end the directive or policy.
 */
function anyHostPath(path: string): string {
  const { pathname } = new URL(path, 'http://host.invalid');
  return `*:*${pathname.replace(/;/g, '%3B').replace(/,/g, '%2C')}`;
}

/**
 * The second policy: scripts and workers (worker-src falls back to
 * script-src) only from `SCRIPT_FOLDERS` under the base, and the WeChat
 * JS-SDK copy at exactly its path; stylesheets only from `STYLE_FOLDERS`
 * (a stylesheet from an upload folder could restyle the site into a
 * phishing form, or read attributes out through selectors). WebAssembly
 * must be allowed here too where the first policy allows it, or this one
 * forbids it. A browser ignores a path after a redirect (CSP3), so a
 * redirect out of these folders would pass; the site makes none.
 */
export function ownFoldersPolicy(delivery: 'header', places: ScriptPlaces): string;
export function ownFoldersPolicy(delivery: 'meta', places: ScriptPlaces, page: PagePolicy): string;
export function ownFoldersPolicy(delivery: 'header' | 'meta', places: ScriptPlaces, page?: PagePolicy): string {
  const webAssembly = delivery === 'header' || page?.webAssembly === true;
  const scripts = [...SCRIPT_FOLDERS.map((folder) => `${places.base}${folder}`), ...(places.wechatSdk ? [places.wechatSdk] : [])];
  const styles = STYLE_FOLDERS.map((folder) => `${places.base}${folder}`);
  return [
    ['script-src', ...scripts.map(anyHostPath), ...(webAssembly ? ["'wasm-unsafe-eval'"] : [])],
    ['style-src', ...styles.map(anyHostPath)],
  ]
    .map((directive) => directive.join(' '))
    .join('; ');
}

/** The `Content-Security-Policy` header's value for every response: both policies, as a list (a browser enforces each). */
export function contentSecurityPolicyHeader(places: ScriptPlaces): string {
  return `${contentSecurityPolicy('header')}, ${ownFoldersPolicy('header', places)}`;
}
