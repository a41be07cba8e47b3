import { describe, expect, it } from 'vitest';
import { deployCheck as m } from '../../i18n/zh-CN/deploy-check.ts';
import { contentSecurityPolicyHeader } from '../security/csp.ts';
import { checkDeploy, MISSING_PAGE, type Answer, type DeployFinding, type Get } from './deploy-check.ts';
import { HSTS, securityHeaders } from './nginx.ts';

const SITE = new URL('https://edu.example.cn/zt/xxzq/');
const SDK = '/wechat/jweixin-1.6.0.js';
const CSS = `${SITE.pathname}_astro/BaseLayout.abc.css`;

/** The headers `npm run nginx:config` would have the server send, for a base and a JS-SDK copy. */
const configured = (base: string, wechatSdk?: string) =>
  Object.fromEntries(
    securityHeaders(contentSecurityPolicyHeader(wechatSdk ? { base, wechatSdk } : { base }), { hsts: true }).map(([n, v]) => [
      n.toLowerCase(),
      v,
    ]),
  );

const page = (base: string) =>
  `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><link rel="stylesheet" href="${base}_astro/BaseLayout.abc.css"></head></html>`;

/** A server as nginx:config sets it up, with what `change` alters: answers by path and the request's Accept-Encoding. */
function server(
  change: { headers?: Record<string, string | undefined>; body?: string; missingStatus?: number; homeStatus?: number } = {},
): Get {
  const headers = { ...configured(SITE.pathname, SDK), ...change.headers };
  return (url, asked = {}) => Promise.resolve(answer(url, asked));
  function answer(url: string, asked: Record<string, string>): Answer {
    const path = new URL(url).pathname;
    if (path === SITE.pathname)
      return {
        status: change.homeStatus ?? 200,
        headers: { ...headers, 'cache-control': 'no-cache' },
        body: change.body ?? page(SITE.pathname),
      };
    if (path === CSS) {
      const encoding = asked['accept-encoding'];
      return {
        status: 200,
        headers: { ...headers, 'cache-control': 'public, max-age=31536000, immutable', 'content-encoding': encoding },
        body: '',
      };
    }
    return { status: path === `${SITE.pathname}${MISSING_PAGE}` ? (change.missingStatus ?? 404) : 404, headers, body: '' };
  }
}

const notOk = (findings: DeployFinding[]) => findings.filter((f) => f.verdict !== 'ok').map((f) => [f.name, f.verdict, f.message]);

describe('npm run check:deploy, against a server', () => {
  it('passes one configured as nginx:config writes it for the current settings', async () => {
    const findings = await checkDeploy(SITE, { wechatSdk: SDK }, server());
    expect(notOk(findings)).toEqual([]);
    // Every check ran: the page, its base, each header, the caching, both encodings, the 404.
    expect(findings.map((f) => f.name)).toEqual([
      m.names.homePage,
      m.names.basePath,
      m.names.csp,
      m.names.header('X-Content-Type-Options'),
      m.names.header('Referrer-Policy'),
      m.names.header('Permissions-Policy'),
      m.names.hsts,
      m.names.pageCache,
      m.names.assetHeaders,
      m.names.assetCache,
      m.names.gzip,
      m.names.brotli,
      m.names.notFound,
    ]);
  });

  it('names the JS-SDK copy a header made before WeChat sharing was turned on lacks, and how to mend it', async () => {
    const stale = configured(SITE.pathname)['content-security-policy'];
    const findings = await checkDeploy(SITE, { wechatSdk: SDK }, server({ headers: { 'content-security-policy': stale } }));
    expect(notOk(findings)).toEqual([[m.names.csp, 'problem', m.cspDiffers([`script-src *:*${SDK}`], [], 'npm run nginx:config')]]);
  });

  it('takes the two policies, their directives and sources in any order', async () => {
    const [first, second] = configured(SITE.pathname, SDK)['content-security-policy']!.split(', ');
    const shuffled = (policy: string) =>
      policy
        .split('; ')
        .map((d) => {
          const [name, ...sources] = d.split(' ');
          return [name, ...sources.reverse()].join(' ');
        })
        .reverse()
        .join('; ');
    const sent = `${shuffled(second!)}, ${shuffled(first!)}`;
    expect(notOk(await checkDeploy(SITE, { wechatSdk: SDK }, server({ headers: { 'content-security-policy': sent } })))).toEqual([]);
  });

  it('warns of a header that allows more than the settings need, which lets the site work', async () => {
    const wider = `${configured(SITE.pathname, SDK)['content-security-policy']}; upgrade-insecure-requests`;
    const findings = await checkDeploy(SITE, {}, server({ headers: { 'content-security-policy': wider } }));
    expect(notOk(findings)).toEqual([
      [m.names.csp, 'warning', m.cspDiffers([], [`script-src *:*${SDK}`, 'upgrade-insecure-requests'], 'npm run nginx:config')],
    ]);
  });

  it('names a header made for another base path, what it lacks and what it has too many', async () => {
    const other = configured('/zt/old/')['content-security-policy'];
    const [finding] = notOk(await checkDeploy(SITE, {}, server({ headers: { 'content-security-policy': other } })));
    expect(finding?.[0]).toBe(m.names.csp);
    expect(finding?.[2]).toContain(`script-src *:*${SITE.pathname}_astro/ *:*${SITE.pathname}pagefind/`);
    expect(finding?.[2]).toContain(`style-src *:*/zt/old/_astro/`);
  });

  it('says when the site was built for another base than the one it is served under', async () => {
    const findings = await checkDeploy(SITE, { wechatSdk: SDK }, server({ body: page('/') }));
    expect(notOk(findings)).toEqual([[m.names.basePath, 'problem', m.builtForOtherBase('/', SITE.pathname)]]);
  });

  it('reports missing headers, a missing HSTS on HTTPS, pages cached for long and 200 for a page that does not exist', async () => {
    const findings = await checkDeploy(
      SITE,
      { wechatSdk: SDK },
      server({
        headers: { 'x-content-type-options': undefined, 'strict-transport-security': undefined, 'referrer-policy': 'no-referrer' },
        missingStatus: 200,
      }),
    );
    expect(notOk(findings)).toEqual([
      [m.names.header('X-Content-Type-Options'), 'problem', m.headerMissing('X-Content-Type-Options', 'nosniff')],
      [
        m.names.header('Referrer-Policy'),
        'problem',
        m.headerDiffers('Referrer-Policy', 'no-referrer', 'strict-origin-when-cross-origin'),
      ],
      [m.names.hsts, 'warning', m.hstsMissing],
      [m.names.notFound, 'problem', m.notFoundStatus(200)],
    ]);
    expect(HSTS).toBe(configured(SITE.pathname)['strict-transport-security']);
  });

  it('stops at a home page that does not answer, or is not this site', async () => {
    expect(notOk(await checkDeploy(SITE, {}, server({ homeStatus: 403 })))).toEqual([
      [m.names.homePage, 'problem', m.homeStatus(403)],
    ]);
    // Plain HTTP sent on to HTTPS: the address to check instead.
    const http = new URL(SITE.href.replace('https:', 'http:'));
    const moved = server({ homeStatus: 301, headers: { location: SITE.href } });
    expect(notOk(await checkDeploy(http, {}, moved))).toEqual([[m.names.homePage, 'problem', m.homeMoved(301, SITE.href)]]);
    expect(notOk(await checkDeploy(SITE, {}, server({ body: '<html><body>旧网站</body></html>' })))).toEqual([
      [m.names.homePage, 'problem', m.notThisSite],
    ]);
  });
});
