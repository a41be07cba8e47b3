import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCacheDir, contentCacheDir } from './build-cache.ts';

describe('where a build keeps its cache', () => {
  it('keeps one per content folder, so that two folders side by side never share one', () => {
    const [zj, bj] = [contentCacheDir('/srv/sites/zj'), contentCacheDir('/srv/sites/bj/')];
    expect(zj).not.toBe(bj);
    expect(zj.startsWith(resolve('/srv/sites/.astro-cache'))).toBe(true);
    // Beside the folder, never inside it: the content check would read it as content.
    expect(zj.startsWith(resolve('/srv/sites/zj') + '/')).toBe(false);
  });

  it('is Astro’s own for the project’s content, and the content folder’s for CONTENT_DIR', () => {
    expect(buildCacheDir('')).toBe(resolve('node_modules/.astro'));
    expect(buildCacheDir(join('tmp', 'content'))).toBe(contentCacheDir(join('tmp', 'content')));
  });
});
