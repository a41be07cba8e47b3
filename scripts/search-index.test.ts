import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeStaleCopies } from './search-index.ts';

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
