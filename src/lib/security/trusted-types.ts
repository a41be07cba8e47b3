/**
 * Trusted Types (the policy's `require-trusted-types-for 'script'`,
 * src/lib/security/csp.ts): the browser refuses a plain string in an HTML,
 * script or script-URL sink (`innerHTML`, `<script>.src`, `new Worker(…)` …)
 * unless a policy named in the `trusted-types` directive made it. The site's
 * own code writes text, never markup, so no policy makes HTML or script:
 * only the two script addresses the site loads get through.
 *
 * - `default`, on the search page: the browser asks it about any string put
 *   in a script-URL sink, which is how Pagefind's `new Worker(url)` (a
 *   string, in Pagefind's own file) gets through. It lets through an address
 *   on the page's own origin under the site's base path, and nothing else;
 *   it makes no HTML and no script, so a string in those sinks stays refused.
 * - `wechat-sdk`, in WeChat's browser with the share settings: the JS-SDK
 *   copy the settings name (at the root of the department's domain, often
 *   outside the base), that address exactly.
 *
 * Where a browser has no Trusted Types (Firefox, older WeChat X5), nothing
 * is created and the sinks take strings as before.
 */

/** The policies the site creates: the CSP's `trusted-types` directive lists exactly these names. */
export const TRUSTED_TYPES_POLICY = { pagefindWorker: 'default', wechatSdk: 'wechat-sdk' } as const;

/** What a script address is checked against: the page it is used on, resolved at the time of use. */
type PageAddress = string | (() => string);

/** The address made absolute, when it is http(s) on the page's own origin; `blob:` and `data:` are not. */
function sameOrigin(raw: string, page: PageAddress): URL | undefined {
  const pageUrl = new URL(typeof page === 'string' ? page : page());
  let url: URL;
  try {
    url = new URL(raw, pageUrl);
  } catch {
    return undefined;
  }
  // A blob: address's origin is its creator's: the scheme is checked too.
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return url.protocol === pageUrl.protocol && url.origin === pageUrl.origin ? url : undefined;
}

/**
 * `raw` as an absolute address, when it is on the page's origin and under the
 * base path (`/` or `/zt/xxzq/`); undefined for anything else: another host,
 * `data:`, `blob:`, `javascript:`, or a path outside the base (`..` and its
 * escaped forms are resolved first, as the browser resolves them).
 */
export function scriptUrlUnderBase(raw: string, page: PageAddress, base: string): string | undefined {
  const url = sameOrigin(raw, page);
  const root = base.endsWith('/') ? base : `${base}/`;
  return url?.pathname.startsWith(root) ? url.href : undefined;
}

/** `raw` as an absolute address, when it is on the page's origin and is the address `only` names (its query too). */
export function scriptUrlExactly(raw: string, page: PageAddress, only: string): string | undefined {
  const url = sameOrigin(raw, page);
  const expected = sameOrigin(only, page);
  return url && expected && url.href === expected.href ? url.href : undefined;
}

/** A TrustedScriptURL: the browser's own object, passed to a sink as it is. */
export interface TrustedScriptUrl {
  toString(): string;
}

/** The part of a browser's `TrustedTypePolicy` the site uses. */
export interface ScriptUrlPolicy {
  readonly name: string;
  createScriptURL(input: string): TrustedScriptUrl;
}

/** The part of `window.trustedTypes` the site uses. */
export interface TrustedTypesFactory {
  readonly defaultPolicy: ScriptUrlPolicy | null;
  createPolicy(name: string, rules: { createScriptURL: (input: string) => string | null }): ScriptUrlPolicy;
}

/**
 * The `default` policy, made once per page: a second call (another script
 * on the page, or a second copy of this module) finds it in place. Its rule
 * answers null for an address it refuses: the browser then blocks the sink
 * and reports a violation. Undefined where the browser has no Trusted Types.
 */
export function pagefindWorkerPolicy(
  factory: TrustedTypesFactory | undefined,
  page: PageAddress,
  base: string,
): ScriptUrlPolicy | undefined {
  if (!factory) return undefined;
  return (
    factory.defaultPolicy ??
    factory.createPolicy(TRUSTED_TYPES_POLICY.pagefindWorker, {
      createScriptURL: (input) => scriptUrlUnderBase(input, page, base) ?? null,
    })
  );
}

const wechatSdkPolicies = new WeakMap<TrustedTypesFactory, ScriptUrlPolicy>();

/**
 * The `wechat-sdk` policy, made once per page (a named policy made twice
 * throws). A named policy's null would be an empty address, the page's own:
 * its rule throws instead, so a refused address never reaches the sink.
 * Undefined where the browser has no Trusted Types.
 */
export function wechatSdkPolicy(
  factory: TrustedTypesFactory | undefined,
  page: PageAddress,
  sdk: string,
): ScriptUrlPolicy | undefined {
  if (!factory) return undefined;
  let policy = wechatSdkPolicies.get(factory);
  if (!policy) {
    policy = factory.createPolicy(TRUSTED_TYPES_POLICY.wechatSdk, {
      createScriptURL: (input) => {
        const url = scriptUrlExactly(input, page, sdk);
        if (url === undefined) throw new TypeError(`${TRUSTED_TYPES_POLICY.wechatSdk}: ${input} is not the JS-SDK address`);
        return url;
      },
    });
    wechatSdkPolicies.set(factory, policy);
  }
  return policy;
}
