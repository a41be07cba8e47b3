import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { t2sConverter, T2S_TABLE_FILE } from '../src/lib/search/t2s-table.ts';
import { removeStaleCopies, writeT2sTable } from './search-index.ts';

const parent = mkdtempSync(join(tmpdir(), 'stale-copies-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('the search index’s leftover copies', () => {
  it('removes the copies a killed build left a day ago, and nothing else', async () => {
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    const folder = (name: string, old: boolean) => {
      const dir = join(parent, name);
      mkdirSync(join(dir, 'events'), { recursive: true });
      writeFileSync(join(dir, 'events', 'index.html'), '<main data-pagefind-body>活动</main>');
      if (old) utimesSync(dir, twoDaysAgo, twoDaysAgo);
      return dir;
    };
    const left = folder('search-copies-aB12cd', true);
    const running = folder('search-copies-Xy34zw', false);
    const someoneElses = folder('editor-drafts', true);
    await removeStaleCopies(parent);
    expect(existsSync(left)).toBe(false);
    expect(existsSync(running)).toBe(true);
    expect(existsSync(someoneElses)).toBe(true);
  });
});

describe('the Traditional→Simplified table of the search page', () => {
  it('converts the words the search page reads in a query, though no indexed page holds them', async () => {
    const site = join(parent, 'site');
    for (const dir of ['_astro', 'search', 'pagefind']) mkdirSync(join(site, dir), { recursive: true });
    // The page's script drops question words; its settings hold the shortcuts' words.
    writeFileSync(join(site, '_astro', 'search.js'), 'const fillers = ["有没有", "哪里"];');
    writeFileSync(join(site, 'search', 'index.html'), '<script type="application/json">{"words":["书单"]}</script>');
    await writeT2sTable(site, new Set('活动周'));
    const convert = t2sConverter(JSON.parse(readFileSync(join(site, 'pagefind', T2S_TABLE_FILE), 'utf8')));
    expect(convert('有沒有書單')).toBe('有没有书单');
    expect(convert('活動週')).toBe('活动周');
    // A character no page and no word of the page holds is not in the table: no page could match it.
    expect(convert('龍')).toBe('龍');
  });
});
