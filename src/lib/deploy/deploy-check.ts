import { deployCheck as m } from '../../i18n/zh-CN/deploy-check.ts';
import { contentSecurityPolicyHeader, type ScriptPlaces } from '../security/csp.ts';
import { securityHeaders } from './nginx.ts';

/**
 * `npm run check:deploy`: the site as a server sends it, checked against
 * what `npm run nginx:config` would configure for the current settings. The
 * header's CSP names the WeChat JS-SDK copy and the base path, so a change
 * of either in site.json needs the configuration made again, and nothing
 * else says so: a stale header silently blocks the SDK. The other checks
 * catch what a hand-written or CDN configuration commonly gets wrong:
 * headers lost in nested locations, precompressed files not sent, pages
 * cached for long, and 200 for an address that does not exist.
 */

/** One answer, as sent: header names in lower case, the body as text (only pages are read). */
export interface Answer {
  status: number;
  headers: Readonly<Record<string, string | undefined>>;
  body: string;
}

/** Asks for a URL with these request headers; rejects when the server cannot be reached. */
export type Get = (url: string, headers?: Record<string, string>) => Promise<Answer>;

export interface DeployFinding {
  /** The check, as the deployer reads it (Chinese, with the English key). */
  name: string;
  verdict: 'ok' | 'warning' | 'problem';
  /** What is wrong and how to mend it; none when it holds. */
  message?: string;
}

/** The address of a page that no build writes, for the 404 check. */
export const MISSING_PAGE = 'check-deploy-no-such-page/';

/** The command that makes the configuration again, as the messages quote it. */
const NGINX_CONFIG = 'npm run nginx:config';

const ok = (name: string): DeployFinding => ({ name, verdict: 'ok' });
const problem = (name: string, message: string): DeployFinding => ({ name, verdict: 'problem', message });
const warning = (name: string, message: string): DeployFinding => ({ name, verdict: 'warning', message });

/** Directive → sources, for each policy of a header's list (`a; b, c`: two policies). */
function policiesOf(header: string): Map<string, Set<string>>[] {
  return header.split(',').map(
    (policy) =>
      new Map(
        policy
          .split(';')
          .map((directive) => directive.trim().split(/\s+/))
          .filter(([name]) => name)
          .map(([name, ...sources]) => [name!.toLowerCase(), new Set(sources)] as const),
      ),
  );
}

/** What one header's policies have that the other's lack, as `script-src` and the sources it lacks (by position among the policies). */
function sourcesOnlyIn(from: Map<string, Set<string>>[], other: Map<string, Set<string>>[]): string[] {
  const found: string[] = [];
  from.forEach((policy, i) => {
    for (const [name, sources] of policy) {
      const there = other[i]?.get(name);
      const lacking = there ? [...sources].filter((s) => !there.has(s)) : [...sources];
      if (lacking.length > 0 || (!there && sources.size === 0)) found.push(`${name} ${lacking.join(' ')}`.trim());
    }
  });
  return found;
}

/** The site's own stylesheet or script folder in a page's markup: where the build put `_astro/`. */
function builtBase(html: string): string | undefined {
  return /(?:href|src)="([^"]*?)_astro\//.exec(html)?.[1];
}

/** A policy as text that does not depend on the order of its directives and sources. */
const canonical = (policy: Map<string, Set<string>>) =>
  [...policy]
    .map(([name, sources]) => [name, ...[...sources].sort()].join(' '))
    .sort()
    .join('; ');

function checkCsp(sent: string | undefined, expected: string): DeployFinding {
  if (!sent) return problem(m.names.csp, m.cspMissing(NGINX_CONFIG));
  const want = policiesOf(expected);
  const got = policiesOf(sent);
  // The same policies in another order (two headers a CDN sends the other way round) enforce the same.
  const same = (a: Map<string, Set<string>>[], b: Map<string, Set<string>>[]) =>
    a.map(canonical).sort().join(', ') === b.map(canonical).sort().join(', ');
  if (same(want, got)) return ok(m.names.csp);
  const missing = sourcesOnlyIn(want, got);
  const extra = sourcesOnlyIn(got, want);
  if (missing.length + extra.length === 0) return ok(m.names.csp);
  // Sources the settings need and the header lacks are blocked: the JS-SDK, the base's own files. A header that
  // only allows more (or a CDN's own directive) lets the site work, less tightly held.
  const finding = missing.length > 0 ? problem : warning;
  return finding(m.names.csp, m.cspDiffers(missing, extra, NGINX_CONFIG));
}

/**
 * Checks the site at `siteUrl` (its home page: `https://host/zt/xxzq/`),
 * served with the scripts of `places` (the settings' JS-SDK copy; the base
 * is the URL's path). Stops after the home page when that does not answer
 * with this site.
 */
export async function checkDeploy(siteUrl: URL, places: Omit<ScriptPlaces, 'base'>, get: Get): Promise<DeployFinding[]> {
  const base = siteUrl.pathname;
  const home = await get(siteUrl.href);
  const moved = home.headers.location;
  if (home.status >= 300 && home.status < 400 && moved)
    return [problem(m.names.homePage, m.homeMoved(home.status, new URL(moved, siteUrl).href))];
  if (home.status !== 200) return [problem(m.names.homePage, m.homeStatus(home.status))];
  const built = builtBase(home.body);
  if (built === undefined || !home.body.includes('http-equiv="Content-Security-Policy"'))
    return [problem(m.names.homePage, m.notThisSite)];
  const findings: DeployFinding[] = [ok(m.names.homePage)];
  // A page built for another base links its files there: relative to the host, or the whole address.
  const builtPath = new URL(built, siteUrl).pathname;
  findings.push(builtPath === base ? ok(m.names.basePath) : problem(m.names.basePath, m.builtForOtherBase(builtPath, base)));

  const csp = contentSecurityPolicyHeader({ ...places, base });
  const expected = securityHeaders(csp, { hsts: siteUrl.protocol === 'https:' });
  findings.push(checkCsp(home.headers['content-security-policy'], csp));
  for (const [name, value] of expected.filter(([name]) => name !== 'Content-Security-Policy')) {
    const sent = home.headers[name.toLowerCase()];
    if (name === 'Strict-Transport-Security') findings.push(sent ? ok(m.names.hsts) : warning(m.names.hsts, m.hstsMissing));
    else if (sent === undefined) findings.push(problem(m.names.header(name), m.headerMissing(name, value)));
    else findings.push(sent === value ? ok(m.names.header(name)) : problem(m.names.header(name), m.headerDiffers(name, sent, value)));
  }
  const pageCache = home.headers['cache-control'] ?? '';
  findings.push(/\bno-cache\b/.test(pageCache) ? ok(m.names.pageCache) : warning(m.names.pageCache, m.pageCacheMissing(pageCache)));

  // A stylesheet of the home page: a file of _astro/, in its own nested location in the configuration
  // (not there when the page was built for another base: that is reported above).
  const stylesheet = /<link rel="stylesheet" href="([^"]+\.css)"/.exec(home.body)?.[1];
  if (stylesheet && builtPath === base) {
    const url = new URL(stylesheet, siteUrl).href;
    const gzip = await get(url, { 'accept-encoding': 'gzip' });
    // Headers the page has and the file lacks (those the page lacks too are reported above).
    const lost = expected
      .map(([name]) => name)
      .filter((name) => home.headers[name.toLowerCase()] && !gzip.headers[name.toLowerCase()]);
    findings.push(lost.length === 0 ? ok(m.names.assetHeaders) : problem(m.names.assetHeaders, m.assetHeadersMissing(lost)));
    const assetCache = gzip.headers['cache-control'] ?? '';
    findings.push(
      /\bimmutable\b/.test(assetCache) ? ok(m.names.assetCache) : warning(m.names.assetCache, m.assetCacheMissing(assetCache)),
    );
    findings.push(gzip.headers['content-encoding'] === 'gzip' ? ok(m.names.gzip) : problem(m.names.gzip, m.gzipMissing));
    const brotli = await get(url, { 'accept-encoding': 'br' });
    findings.push(brotli.headers['content-encoding'] === 'br' ? ok(m.names.brotli) : warning(m.names.brotli, m.brotliMissing));
  }

  const missing = await get(new URL(MISSING_PAGE, siteUrl).href);
  findings.push(missing.status === 404 ? ok(m.names.notFound) : problem(m.names.notFound, m.notFoundStatus(missing.status)));
  return findings;
}
