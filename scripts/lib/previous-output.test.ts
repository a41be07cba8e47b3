import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { moveAside, removePrevious } from './previous-output.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A folder holding `dist/` with the given files, as a last build left it. */
function lastSite(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'previous-output-'));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, 'dist', file)), { recursive: true });
    writeFileSync(join(root, 'dist', file), text);
  }
  return root;
}

describe('the last build’s output moved out of Astro’s way', () => {
  it('moves the folder, whole, to a hidden name beside it, and removePrevious deletes it', async () => {
    const root = lastSite({ 'index.html': '旧首页', 'events/2023/a/index.html': '旧活动', 'pagefind/x.pf_fragment': 'x' });
    const aside = await moveAside(join(root, 'dist'));
    expect(existsSync(join(root, 'dist'))).toBe(false);
    expect(dirname(aside!)).toBe(root);
    expect(aside!).toMatch(/\/\.dist-previous-\d+-\d+$/);
    expect(readFileSync(join(aside!, 'events/2023/a/index.html'), 'utf8')).toBe('旧活动');

    expect(await removePrevious(join(root, 'dist'))).toEqual([]);
    expect(readdirSync(root)).toEqual([]);
  });

  it('keeps the folder the compression and the search index are to take from, whole, until a call without it', async () => {
    const root = lastSite({ 'index.html': '旧首页', 'index.html.gz': 'gz', 'pagefind/x.pf_fragment': 'x' });
    const aside = (await moveAside(join(root, 'dist')))!;
    mkdirSync(join(root, '.dist-previous-4242-1700000000000'));
    expect(await removePrevious(join(root, 'dist'), aside)).toEqual([]);
    expect(readdirSync(root)).toEqual([basename(aside)]);
    expect(readdirSync(aside).sort()).toEqual(['index.html', 'index.html.gz', 'pagefind']);
    expect(await removePrevious(join(root, 'dist'))).toEqual([]);
    expect(readdirSync(root)).toEqual([]);
  });

  it('also deletes what a killed build left beside the folder, and nothing else there', async () => {
    const root = lastSite({ 'index.html': '新首页' });
    mkdirSync(join(root, '.dist-previous-4242-1700000000000/events'), { recursive: true });
    // Not ours: another folder's leftovers, an editor's backup, a name that only looks alike.
    for (const other of ['.site-previous-1-2', 'dist-backup', '.dist-previous-notes']) mkdirSync(join(root, other));

    expect(await removePrevious(join(root, 'dist'))).toEqual([]);
    expect(readdirSync(root).sort()).toEqual(['.dist-previous-notes', '.site-previous-1-2', 'dist', 'dist-backup']);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('新首页');
  });

  it('leaves a symbolic link where it is, for Astro to empty the folder it points to as before', async () => {
    const root = lastSite({ 'index.html': '网页服务器的文件夹' });
    const served = join(root, 'dist');
    symlinkSync(served, join(root, 'site'));
    expect(await moveAside(join(root, 'site'))).toBeUndefined();
    expect(lstatSync(join(root, 'site')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(served, 'index.html'), 'utf8')).toBe('网页服务器的文件夹');
  });

  it('leaves a folder with a .git inside where it is (Astro keeps the .git; deleting the folder would not)', async () => {
    const root = lastSite({ 'index.html': '旧首页', '.git/HEAD': 'ref: refs/heads/gh-pages' });
    expect(await moveAside(join(root, 'dist'))).toBeUndefined();
    expect(readFileSync(join(root, 'dist/.git/HEAD'), 'utf8')).toBe('ref: refs/heads/gh-pages');
  });

  it('takes the folder written with a trailing slash, as OUT_DIR may be', async () => {
    const root = lastSite({ 'index.html': '旧首页' });
    const aside = await moveAside(`${join(root, 'dist')}/`);
    expect(dirname(aside!)).toBe(root);
    expect(await removePrevious(`${join(root, 'dist')}/`)).toEqual([]);
    expect(readdirSync(root)).toEqual([]);
  });

  it('does nothing when there is no last build', async () => {
    const root = lastSite({});
    expect(await moveAside(join(root, 'dist'))).toBeUndefined();
    expect(await removePrevious(join(root, 'dist'))).toEqual([]);
    expect(await removePrevious(join(root, 'no-such-parent', 'dist'))).toEqual([]);
  });
});
