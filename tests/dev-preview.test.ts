import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeAstroLock } from './support/astro-lock.ts';
import { fixtureContent, OUTPUT_ROOT } from './support/build-site.ts';
import { FIXTURE_CONTENT, frontMatter } from './support/fixture.ts';
import { entryRoute } from '../src/lib/urls.ts';

/**
 * `npm run dev` (issue 10): while a content file is wrong, the browser shows
 * the problems instead of the site; once fixed, the site is back. And an
 * entry's old address (`aliases`) sends the reader on, as the built site does.
 */
const EVENT = 'events/2023/gz-opening-ceremony.md';
let content = '';
let dev: ChildProcess;
let releaseAstro = () => {};
let origin = '';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

async function page(path = '/'): Promise<{ status: number; html: string }> {
  const response = await fetch(origin + path, { headers: { accept: 'text/html' } });
  return { status: response.status, html: await response.text() };
}

async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean, seconds = 60): Promise<T> {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe().catch((error: unknown) => error);
    if (!(value instanceof Error) && ok(value as T)) return value as T;
    if (Date.now() > end) throw new Error(`the dev server did not get there in time: ${JSON.stringify(value).slice(0, 3000)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The environment `npm run dev` has: without the mode Vitest puts into process.env. */
function devEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(VITEST.*|TEST|MODE|DEV|PROD|SSR|BASE_URL|NODE_ENV)$/.test(key)) delete env[key];
  }
  return env;
}

beforeAll(async () => {
  content = fixtureContent('dev-preview', {
    [EVENT]: (text) => `${text.replace(/^region:.*$/m, 'region: "449999"')}\n<img src=x onerror=alert(1)>\n`,
  });
  // What the dev server says, for when this test fails.
  const log = openSync(join(OUTPUT_ROOT, 'dev-preview', 'dev.log'), 'w');
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  releaseAstro = await takeAstroLock();
  dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...devEnvironment(), CONTENT_DIR: content },
    stdio: ['ignore', log, log],
  });
  await until(
    () => fetch(origin).then((r) => r.status),
    () => true,
    120,
  );
});

afterAll(async () => {
  if (dev && dev.exitCode === null && dev.signalCode === null) {
    // Astro writes .astro/ until it has gone: the next build waits for that (astro-lock.ts).
    const exited = new Promise((done) => dev.once('exit', done));
    dev.kill();
    await exited;
  }
  releaseAstro();
});

describe('npm run dev with a wrong content file', () => {
  it('shows every problem in the browser, file and field named, with the markup it quotes escaped', async () => {
    const { status, html } = await page('/events/');
    expect(status).toBe(500);
    expect(html).toContain('events/2023/gz-opening-ceremony.md › 字段“地区”（region）：未知的地区代码 449999');
    expect(html).toMatch(/events\/2023\/gz-opening-ceremony\.md › 第 \d+ 行 › 字段 正文（body）/);
    expect(html).toContain('&lt;img&gt; 的 onerror=“alert(1)” 会在读者的浏览器里运行脚本');
    expect(html).not.toContain('<img');
  });

  it('shows the site again once the file is fixed', async () => {
    const fix = () => cpSync(join(FIXTURE_CONTENT, EVENT), join(content, EVENT));
    fix();
    const title = String(frontMatter('events', '2023/gz-opening-ceremony').title);
    // A watcher that started seconds ago may still be scanning the project (the other tests' builds under
    // tests/.output) and miss that first change: the fresh-clone CI saw it once. The file is saved again
    // every 15 s, as an editor whose preview did not come back would.
    let saved = Date.now();
    const { html } = await until(
      () => {
        if (Date.now() - saved > 15_000) {
          fix();
          saved = Date.now();
        }
        return page('/events/2023/gz-opening-ceremony/');
      },
      (p) => p.status === 200,
    );
    expect(html).toContain(title);
    expect(html).not.toContain('内容文件有误');
  });
});

describe('npm run dev at an entry’s old address', () => {
  it('sends the reader on to the entry’s page, as the built site does', async () => {
    // tests/fixtures/site-guangdong/learners/lin-zhenbang.md lists its old address in `aliases`.
    const id = 'lin-zhenbang';
    const data = frontMatter('learners', id);
    const [alias] = data.aliases as string[];
    const { status, html } = await page(alias);
    expect(status).toBe(200);
    const to = /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(html)?.[1];
    expect(to).toBe(entryRoute('learners', id));
    const arrived = await page(to);
    expect(arrived.status).toBe(200);
    expect(arrived.html).toContain(String(data.name));
  });
});
