import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgetStoreOfOtherCode, STORE_FILE, storeMakersDigest } from './store-code.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'store-code-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (file: string, text: string) => {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
};

describe('storeMakersDigest', () => {
  it('changes with a file of the code or the lock file, and not with a test or a file outside them', () => {
    write('src/lib/markdown/sanitize-body.ts', 'export const a = 1;');
    write('src/lib/markdown/sanitize-body.test.ts', 'test 1');
    write('package-lock.json', '{"v":1}');
    write('content/events/a.md', '# a');
    const first = storeMakersDigest(root);
    write('src/lib/markdown/sanitize-body.test.ts', 'test 2');
    write('content/events/a.md', '# b');
    expect(storeMakersDigest(root)).toBe(first);
    write('src/lib/markdown/sanitize-body.ts', 'export const a = 2;');
    const second = storeMakersDigest(root);
    expect(second).not.toBe(first);
    write('package-lock.json', '{"v":2}');
    expect(storeMakersDigest(root)).not.toBe(second);
  });

  it('tells a file moved from another', () => {
    write('src/a.ts', 'x');
    const before = storeMakersDigest(root);
    rmSync(join(root, 'src/a.ts'));
    write('src/b.ts', 'x');
    expect(storeMakersDigest(root)).not.toBe(before);
  });
});

describe('forgetStoreOfOtherCode', () => {
  const store = () => join(root, 'cache', STORE_FILE);
  const writeStore = () => write(`cache/${STORE_FILE}`, '{"entries":"rendered by the last build"}');

  it('removes a store written by other code, or by code it has no record of (a cache kept from before), and keeps one of the same code', () => {
    const cache = join(root, 'cache');
    writeStore();
    expect(forgetStoreOfOtherCode(cache, 'code-1')).toBe(true);
    expect(existsSync(store())).toBe(false);
    // The build then writes its store: the next build of the same code keeps it.
    writeStore();
    expect(forgetStoreOfOtherCode(cache, 'code-1')).toBe(false);
    expect(readFileSync(store(), 'utf8')).toContain('rendered by the last build');
    // The code changed (a fix to the sanitiser): every entry is made again.
    expect(forgetStoreOfOtherCode(cache, 'code-2')).toBe(true);
    expect(existsSync(store())).toBe(false);
  });

  it('makes the cache folder on a first build, with nothing to remove', () => {
    expect(forgetStoreOfOtherCode(join(root, 'new-cache'), 'code-1')).toBe(false);
    expect(existsSync(join(root, 'new-cache'))).toBe(true);
  });
});
