import { mkdirSync, mkdtempSync, opendirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copiesParent } from '../search-index.ts';
import { htmlFiles, reserveCopies, writeIndexCopies } from './index-copies.ts';

const site = mkdtempSync(join(tmpdir(), 'copies-site-'));
const made: string[] = [site];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const page = (path: string, body: boolean) => {
  mkdirSync(dirname(join(site, path)), { recursive: true });
  const main = body ? `<main id="main" data-pagefind-body><h1>${path}</h1></main>` : '<main id="main"><h1>列表</h1></main>';
  writeFileSync(join(site, path), `<!DOCTYPE html><html lang="zh-CN"><head><title>${path}</title></head><body>${main}</body></html>`);
};
const SEARCHABLE = ['events/2023/a/index.html', 'events/2023/b/index.html', 'events/2024/c/index.html', 'books/d/index.html'];
const LISTS = ['index.html', 'events/index.html', 'events/page/2/index.html'];
for (const path of SEARCHABLE) page(path, true);
for (const path of LISTS) page(path, false);

/**
 * The copies as Pagefind meets them: each folder's entries in the order the
 * file system lists them (opendir; readdir sorts them).
 */
function listing(dir: string, prefix = ''): string[] {
  const found: string[] = [];
  const folder = opendirSync(dir);
  for (let entry = folder.readSync(); entry; entry = folder.readSync()) {
    const path = `${prefix}${entry.name}`;
    found.push(path);
    if (entry.isDirectory()) found.push(...listing(join(dir, entry.name), `${path}/`));
  }
  folder.closeSync();
  return found;
}

/** Copies written as a build writes them, but in the given order (the processes' writes interleave differently each build). */
async function copiesWrittenIn(order: 'forward' | 'backward'): Promise<string> {
  // Where the build puts them: the memory-backed folder, whose listings follow the order files were made in.
  const copies = mkdtempSync(join(await copiesParent(10), 'copies-order-'));
  made.push(copies);
  const files = await htmlFiles(site);
  reserveCopies(site, files, copies);
  await writeIndexCopies(site, order === 'forward' ? files : [...files].reverse(), copies);
  return copies;
}

describe('the search index’s copies', () => {
  it('are listed in the same order however the writes interleave, so that Pagefind writes the same index every build', async () => {
    const first = listing(await copiesWrittenIn('forward'));
    const second = listing(await copiesWrittenIn('backward'));
    expect(second).toEqual(first);
  });

  it('are there for the pages with content to index, and only for them', async () => {
    const copies = await copiesWrittenIn('backward');
    const files = listing(copies).filter((path) => path.endsWith('.html'));
    expect(files.sort()).toEqual([...SEARCHABLE].sort());
  });
});
