import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { serveSite, type StaticServer } from './static-server.ts';

let root: string;
let server: StaticServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(root, { recursive: true, force: true });
});

/** The page as a browser that accepts gzip gets it, unpacked. */
function fetched(path: string): Promise<string> {
  return new Promise((done, fail) => {
    get(server!.origin + path, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        expect(response.headers['content-encoding']).toBe('gzip');
        done(gunzipSync(Buffer.concat(chunks)).toString('utf8'));
      });
    }).on('error', fail);
  });
}

describe('the test server’s gzip', () => {
  it('sends a page again as it now is, after a build changed it while the server ran', async () => {
    root = mkdtempSync(join(tmpdir(), 'static-server-'));
    const page = join(root, 'index.html');
    writeFileSync(page, '<p>第一版</p>');
    server = await serveSite(root);
    expect(await fetched('/')).toBe('<p>第一版</p>');
    expect(await fetched('/')).toBe('<p>第一版</p>');
    writeFileSync(page, '<p>第二版</p>');
    expect(await fetched('/')).toBe('<p>第二版</p>');
  });
});
