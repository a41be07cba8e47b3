import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_NGINX_OPTIONS, HSTS, renderNginx, securityHeaders } from '../src/lib/deploy/nginx.ts';
import { PRECOMPRESS_MIN_BYTES } from '../src/lib/deploy/precompress.ts';
import { deployCheck } from '../src/i18n/zh-CN/deploy-check.ts';
import { contentSecurityPolicy, contentSecurityPolicyHeader, SCRIPT_FOLDERS, STYLE_FOLDERS } from '../src/lib/security/csp.ts';
import { BASE, BASE_WECHAT, baseSite } from './support/base-site.ts';
import {
  baseSiteHeaderPolicy,
  BROTLI_MODULE,
  nginxTest,
  rawRequest,
  selfSignedCertificate,
  SERVER_NAME,
  startNginx,
  type NginxServer,
  type RawAnswer,
} from './support/nginx.ts';
import { cacheAsDeployed } from './support/site-in-browser.ts';
import { listFiles } from './support/site-files.ts';

/**
 * The repository's nginx configuration (deploy/nginx/), rendered for a
 * temporary root and run by Debian's nginx over the fixture built under
 * /zt/xxzq/, checked with plain HTTP requests: headers, compression,
 * caching, types, the 404 page and redirects. (Chromium through the same
 * server: tests/base-path.browser.test.ts.)
 */
let server: NginxServer;
let site: string;
let files: string[];

/** A plain request: the body exactly as sent (not decompressed). */
function get(path: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return rawRequest(`${server.origin}${path}`, { headers });
}

const first = (pattern: RegExp, also: (file: string) => boolean = () => true) => {
  const file = files.find((f) => pattern.test(f) && also(f));
  if (!file) throw new Error(`no file like ${pattern} in the build`);
  return file;
};
/** The shortest event calendar: an event with a short description and no sign-up link, under the threshold for compressed copies. */
const smallestEventCalendar = () =>
  files
    .filter((f) => /^events\/\d{4}\/[^/]+\.ics$/.test(f))
    .map((f) => ({ f, size: statSync(join(site, f)).size }))
    .sort((a, b) => a.size - b.size)[0]!.f;

beforeAll(async () => {
  site = baseSite().outDir;
  files = listFiles(site);
  server = await startNginx(site, BASE);
});
afterAll(async () => {
  await server?.close();
});

describe('nginx with the repository configuration', () => {
  it('passes nginx -t without a warning', () => {
    expect(server.configTest).toMatch(/syntax is ok/);
    expect(server.configTest).not.toMatch(/\[(warn|emerg|alert)\]/);
  });

  it('sends the security headers on pages, files, redirects, the 404 page and outside the base, the CSP with frame-ancestors', async () => {
    const csp = baseSiteHeaderPolicy(BASE);
    expect(csp).toMatch(/frame-ancestors 'self'/);
    // A second policy in the list: scripts only from the site's folders under the base, and the JS-SDK copy;
    expect(csp.startsWith(`${contentSecurityPolicy('header')}, script-src `)).toBe(true);
    for (const path of [...SCRIPT_FOLDERS.map((folder) => BASE + folder), BASE_WECHAT.sdk]) expect(csp).toContain(` *:*${path}`);
    // And stylesheets only from the site's style folders under the base.
    expect(csp.endsWith(`; style-src ${STYLE_FOLDERS.map((folder) => `*:*${BASE}${folder}`).join(' ')}`)).toBe(true);
    const paths = [
      ...['', 'events/', first(/^_astro\/.+\.css$/), 'events.ics', 'no-such-page/', 'events', '_astro/'].map((p) => BASE + p),
      BASE.replace(/\/$/, ''),
      '/',
      '/no-such-page/',
    ];
    for (const path of paths) {
      const answer = await get(path);
      expect(answer.headers['content-security-policy'], path).toBe(csp);
      expect(answer.headers['x-content-type-options'], path).toBe('nosniff');
      expect(answer.headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(answer.headers['permissions-policy'], path).toMatch(/(^|, )camera=\(\)/);
      expect(answer.headers['permissions-policy'], path).toMatch(/(^|, )geolocation=\(\)/);
      expect(answer.headers['server'], path).toBe('nginx');
    }
  });

  it('sends the .gz and .br the build wrote, as they are, to clients that take them', async () => {
    // A stylesheet large enough to have its copies (a page's few lines of its own have none).
    const stylesheet = first(/^_astro\/.+\.css$/, (f) => statSync(join(site, f)).size >= PRECOMPRESS_MIN_BYTES);
    for (const file of ['index.html', 'events.ics', 'rss.xml', stylesheet, 'pagefind/pagefind.js']) {
      const original = readFileSync(join(site, file));
      const plain = await get(BASE + file);
      expect(plain.headers['content-encoding'], file).toBeUndefined();
      expect(plain.body.equals(original), file).toBe(true);
      const gz = await get(BASE + file, { 'Accept-Encoding': 'gzip' });
      expect(gz.headers['content-encoding'], file).toBe('gzip');
      expect(gz.headers['vary'], file).toMatch(/Accept-Encoding/);
      expect(gz.body.equals(readFileSync(join(site, `${file}.gz`))), file).toBe(true);
      const br = await get(BASE + file, { 'Accept-Encoding': 'gzip, deflate, br' });
      expect(br.headers['content-encoding'], file).toBe('br');
      expect(br.body.equals(readFileSync(join(site, `${file}.br`))), file).toBe(true);
    }
    // A directory's page too: the address without index.html.
    expect((await get(`${BASE}events/`, { 'Accept-Encoding': 'br' })).headers['content-encoding']).toBe('br');
  });

  it('sends the .gz through a CDN or proxy too, which names itself in Via', async () => {
    const viaCdn = await get(`${BASE}index.html`, { 'Accept-Encoding': 'gzip', Via: '1.1 cdn-edge' });
    expect(viaCdn.headers['content-encoding']).toBe('gzip');
    expect(viaCdn.body.equals(readFileSync(join(site, 'index.html.gz')))).toBe(true);
  });

  it('sends a file too small for compressed copies (an event’s own calendar) as it is, whatever the client takes', async () => {
    const file = smallestEventCalendar();
    expect(statSync(join(site, file)).size).toBeLessThan(PRECOMPRESS_MIN_BYTES);
    const answer = await get(BASE + file, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(answer.body.equals(readFileSync(join(site, file)))).toBe(true);
  });

  it('caches hashed files for a year and has everything else revalidated', async () => {
    const immutable = 'public, max-age=31536000, immutable';
    const hashed = [
      first(/^_astro\/.+\.css$/),
      first(/^_astro\/.+\.webp$/),
      first(/^pagefind\/fragment\//),
      first(/^pagefind\/index\//),
      first(/^pagefind\/filter\//),
      first(/^pagefind\/pagefind\..+\.pf_meta$/),
    ];
    for (const file of hashed) expect((await get(BASE + file)).headers['cache-control'], file).toBe(immutable);
    const revalidated = [
      '',
      'events/',
      'events.ics',
      'rss.xml',
      'sitemap-index.xml',
      'sitemap-0.xml',
      'robots.txt',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      first(/^share\/.+\.jpg$/),
    ];
    for (const path of revalidated) {
      const answer = await get(BASE + path);
      expect(answer.headers['cache-control'], path).toBe('no-cache');
      const etag = String(answer.headers['etag']);
      expect(etag, path).toMatch(/^"/);
      // Revalidation costs a 304 and no body.
      const again = await get(BASE + path, { 'If-None-Match': etag });
      expect(again.status, path).toBe(304);
      expect(again.body.length, path).toBe(0);
    }
  });

  it('caches every file of the build as the browser tests’ own server does, so that what they see is what readers get', async () => {
    const differ: string[] = [];
    for (const file of files.filter((f) => !/\.(gz|br)$/.test(f))) {
      const answer = await get(BASE + file, { 'Accept-Encoding': 'identity' });
      const deployed = String(answer.headers['cache-control']);
      const tested = cacheAsDeployed(BASE + file);
      if (deployed !== tested) differ.push(`${file}: nginx ${deployed}, tests ${tested}`);
    }
    expect(differ).toEqual([]);
  });

  it('gives each kind of file its type, with the charset on text', async () => {
    // Files the site may carry that the fixture has none of, put beside the build for this test.
    const probes = {
      'probe.wasm': Buffer.from([0, 0x61, 0x73, 0x6d]),
      'probe.webmanifest': Buffer.from('{}'),
      'probe.mjs': Buffer.from('export {}'),
    };
    for (const [name, body] of Object.entries(probes)) writeFileSync(join(site, name), body);
    try {
      const expected: [string, string][] = [
        ['', 'text/html; charset=utf-8'],
        ['events.ics', 'text/calendar; charset=utf-8'],
        [first(/^stats\/\d{4}\/table\.csv$/), 'text/csv; charset=utf-8'],
        ['rss.xml', 'text/xml; charset=utf-8'],
        ['robots.txt', 'text/plain; charset=utf-8'],
        [first(/^_astro\/.+\.css$/), 'text/css; charset=utf-8'],
        ['pagefind/pagefind.js', 'application/javascript; charset=utf-8'],
        ['pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
        [first(/^pagefind\/fragment\/.+\.pf_fragment$/), 'application/octet-stream'],
        [first(/^pagefind\/index\/.+\.pf_index$/), 'application/octet-stream'],
        [first(/^pagefind\/.+\.pf_meta$/), 'application/octet-stream'],
        [first(/^pagefind\/wasm\..+\.pagefind$/), 'application/octet-stream'],
        [first(/^_astro\/.+\.webp$/), 'image/webp'],
        ['favicon.svg', 'image/svg+xml; charset=utf-8'],
        ['probe.wasm', 'application/wasm'],
        ['probe.webmanifest', 'application/manifest+json; charset=utf-8'],
        ['probe.mjs', 'text/javascript; charset=utf-8'],
      ];
      for (const [path, type] of expected) expect((await get(BASE + path)).headers['content-type'], path).toBe(type);
    } finally {
      for (const name of Object.keys(probes)) rmSync(join(site, name));
    }
  });

  it("answers a missing address with the site's own 404 page and status 404", async () => {
    const own404 = readFileSync(join(site, '404.html'), 'utf8');
    for (const path of ['no-such-page/', 'events/2023/no-such-event/', 'no-such-file.ics', `${first(/^_astro\/.+\.css$/)}.missing`]) {
      const answer = await get(BASE + path);
      expect(answer.status, path).toBe(404);
      expect(answer.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(answer.body.toString(), path).toBe(own404);
    }
  });

  it('redirects an address without its trailing slash, keeping the query, with a relative Location', async () => {
    const cases: [string, string][] = [
      [BASE.replace(/\/$/, ''), BASE],
      [`${BASE}events`, `${BASE}events/`],
      [`${BASE}events/2023/gz-reading-month`, `${BASE}events/2023/gz-reading-month/`],
      [`${BASE}search?q=${encodeURIComponent('读书')}`, `${BASE}search/?q=${encodeURIComponent('读书')}`],
    ];
    for (const [from, to] of cases) {
      const answer = await get(from);
      expect(answer.status, from).toBe(301);
      expect(answer.headers['location'], from).toBe(to);
      expect((await get(to)).status, to).toBe(200);
    }
  });

  it("serves nothing of the site outside its base path, nor nginx's own pages: the site's 404 page there", async () => {
    const own404 = readFileSync(join(site, '404.html'), 'utf8');
    const parent = BASE.replace(/[^/]+\/$/, '');
    for (const path of ['/', '/index.html', '/events/', parent, `${BASE.replace(/\/$/, '')}x/`, '/50x.html']) {
      const answer = await get(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body.toString(), path).toBe(own404);
      expect(answer.headers['cache-control'], path).toBe('no-cache');
    }
  });

  it("answers a folder of the build without a page of its own with the site's 404 page, not cached", async () => {
    const own404 = readFileSync(join(site, '404.html'), 'utf8');
    const all = new Set(files);
    const folders = [...new Set(files.map((f) => f.replace(/[^/]*$/, '')).filter((d) => d !== ''))];
    const bare = folders.filter((d) => !all.has(`${d}index.html`));
    expect(bare).toEqual(expect.arrayContaining(['_astro/', 'pagefind/', 'pagefind/fragment/']));
    for (const folder of bare) {
      const answer = await get(BASE + folder);
      expect(answer.status, folder).toBe(404);
      expect(answer.body.toString(), folder).toBe(own404);
      expect(answer.headers['cache-control'], folder).toBe('no-cache');
    }
  });
});

describe('npm run check:deploy, against nginx', () => {
  /** The command on the site under BASE, with the base-path fixture's settings (WeChat sharing on). */
  const checkDeploy = (origin: string) =>
    spawnSync(process.execPath, ['scripts/check-deploy.ts', `${origin}${BASE}`], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: baseSite().contentDir },
    });

  it('passes the configuration nginx:config writes for the current settings, with nothing to warn of', () => {
    const result = checkDeploy(server.origin);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain(deployCheck.passed(0));
    expect(result.stdout).not.toMatch(/[✗⚠]/);
  });

  it('names the JS-SDK copy a configuration made before WeChat sharing was turned on lacks, and fails', async () => {
    const stale = await startNginx(site, BASE, { csp: contentSecurityPolicyHeader({ base: BASE }) });
    try {
      const result = checkDeploy(stale.origin);
      expect(result.status).toBe(1);
      expect(result.stdout).toContain(deployCheck.cspDiffers([`script-src *:*${BASE_WECHAT.sdk}`], [], 'npm run nginx:config'));
      expect(result.stdout.match(/✗/g)).toHaveLength(1);
    } finally {
      await stale.close();
    }
  });
});

describe('a server for any host beside another site on its port', () => {
  it('answers a request for any host, though another site on the port was read first', async () => {
    // Another department site on the same port, read before ours, not the port's default.
    const beside = await startNginx(site, BASE, {
      neighbour: (listen) => `server {\n    listen ${listen};\n    server_name other.example.cn;\n    return 418;\n}\n`,
    });
    try {
      for (const host of ['10.0.0.5', 'localhost', 'edu.example.cn']) {
        const answer = await rawRequest(`${beside.origin}${BASE}`, { headers: { host } });
        expect(answer.status, host).toBe(200);
        expect(answer.body.toString(), host).toContain(`${BASE}_astro/`);
      }
      expect((await rawRequest(`${beside.origin}${BASE}`, { headers: { host: 'other.example.cn' } })).status).toBe(418);
    } finally {
      await beside.close();
    }
  });

  it("fails nginx -t, naming the duplicate, while Debian's own default site is still enabled", () => {
    const dir = mkdtempSync(join(tmpdir(), 'nginx-default-'));
    try {
      const rendered = renderNginx({
        ...DEFAULT_NGINX_OPTIONS,
        root: join(dir, 'www'),
        base: BASE,
        listen: '127.0.0.1:8080',
        csp: 'x',
      });
      expect(rendered['learning-week-http.conf']).toContain('sites-enabled/default');
      // /etc/nginx/sites-available/default as Debian ships it, on the same port.
      writeFileSync(
        join(dir, 'default'),
        'server {\n    listen 127.0.0.1:8080 default_server;\n    root /var/www/html;\n    server_name _;\n}\n',
      );
      writeFileSync(join(dir, 'site.conf'), rendered['learning-week-http.conf']);
      const conf = join(dir, 'nginx.conf');
      writeFileSync(
        conf,
        `load_module ${BROTLI_MODULE};\npid ${dir}/nginx.pid;\nevents {}\nhttp {\n  include ${join(dir, 'default')};\n  include ${join(dir, 'site.conf')};\n}\n`,
      );
      const checked = nginxTest(dir, conf);
      expect(checked.ok).toBe(false);
      expect(checked.output).toMatch(/duplicate default server/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the HTTPS server template', () => {
  it('passes nginx -t once its certificate paths are filled in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nginx-https-'));
    try {
      const { certificate, certificateKey } = selfSignedCertificate(dir, SERVER_NAME);
      const rendered = renderNginx({
        ...DEFAULT_NGINX_OPTIONS,
        root: join(dir, 'www'),
        base: BASE,
        listen: '80',
        serverName: SERVER_NAME,
        brotli: true,
        certificate,
        certificateKey,
        csp: baseSiteHeaderPolicy(BASE),
      });
      const https = rendered['learning-week-https.conf'];
      expect(https).toMatch(/listen 443 ssl/);
      expect(https).toMatch(/return 301 https:\/\/\$host\$request_uri;/);
      writeFileSync(join(dir, 'https.conf'), https);
      const conf = join(dir, 'nginx.conf');
      writeFileSync(
        conf,
        `load_module ${BROTLI_MODULE};\npid ${dir}/nginx.pid;\nevents {}\nhttp {\n  include ${join(dir, 'https.conf')};\n}\n`,
      );
      const checked = nginxTest(dir, conf);
      expect(checked.output).toMatch(/syntax is ok/);
      expect(checked.output).not.toMatch(/\[(warn|emerg|alert)\]/);
      expect(checked.ok, checked.output).toBe(true);
      // The placeholders as shipped name no real file.
      expect(renderNginx({ ...DEFAULT_NGINX_OPTIONS, root: '/srv/www', base: BASE, csp: 'x' })['learning-week-https.conf']).toContain(
        'CHANGE-ME',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the HTTPS server, run', () => {
  let tls: NginxServer;
  beforeAll(async () => {
    tls = await startNginx(site, BASE, { tls: true });
  });
  afterAll(async () => {
    await tls?.close();
  });
  const csp = baseSiteHeaderPolicy(BASE);

  it('is not trusted by npm run check:deploy with its self-signed certificate, which says how to trust an internal CA', () => {
    const result = spawnSync(process.execPath, ['scripts/check-deploy.ts', `${tls.origin}${BASE}`], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('NODE_EXTRA_CA_CERTS=');
    expect(result.stderr).toContain(deployCheck.untrustedCertificate(`${tls.origin}${BASE}`, '').split('（')[0]);
  });

  it('sends every security header and Strict-Transport-Security on pages, hashed files and the 404 page', async () => {
    const asset = first(/^_astro\/.+\.css$/);
    for (const [path, status] of [
      [BASE, 200],
      [`${BASE}${asset}`, 200],
      [`${BASE}no-such-page/`, 404],
      ['/', 404],
    ] as const) {
      const answer = await rawRequest(`${tls.origin}${path}`);
      expect(answer.status, path).toBe(status);
      expect(answer.headers['strict-transport-security'], path).toBe(HSTS);
      for (const [name, value] of securityHeaders(csp)) expect(answer.headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
    }
  });

  it('sends plain HTTP on to the same address over HTTPS, with the security headers but not HSTS', async () => {
    const answer = await rawRequest(`${tls.httpOrigin}${BASE}events/?page=2`, { headers: { Host: SERVER_NAME } });
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe(`https://${SERVER_NAME}${BASE}events/?page=2`);
    for (const [name, value] of securityHeaders(csp)) expect(answer.headers[name.toLowerCase()], name).toBe(value);
    expect(answer.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('the build it serves', () => {
  it('has a .gz and a .br beside every text file of 1 KB or more, each of them that file, and none beside smaller or no files', () => {
    const allText = files.filter((f) => /\.(html|css|js|json|xml|ics|csv|txt|svg)$/.test(f));
    const small = allText.filter((f) => statSync(join(site, f)).size < PRECOMPRESS_MIN_BYTES);
    const text = allText.filter((f) => !small.includes(f));
    expect(text.length).toBeGreaterThan(100);
    // A short event's own calendar is one of the small ones.
    expect(small).toContain(smallestEventCalendar());
    const all = new Set(files);
    expect(text.filter((f) => !all.has(`${f}.gz`) || !all.has(`${f}.br`))).toEqual([]);
    expect(small.filter((f) => all.has(`${f}.gz`) || all.has(`${f}.br`))).toEqual([]);
    // Each copy must be the file as it is now: a stale or partial one would be served in its place.
    const unlike = text.filter((f) => {
      const body = readFileSync(join(site, f));
      return (
        !gunzipSync(readFileSync(join(site, `${f}.gz`))).equals(body) ||
        !brotliDecompressSync(readFileSync(join(site, `${f}.br`))).equals(body)
      );
    });
    expect(unlike).toEqual([]);
    // A compressed copy of no file would be served for an address that has none.
    expect(files.filter((f) => /\.(gz|br)$/.test(f) && !all.has(f.slice(0, -3)))).toEqual([]);
    expect(readdirSync(join(site, 'pagefind/fragment')).filter((f) => /\.(gz|br)$/.test(f))).toEqual([]);
  });
});
