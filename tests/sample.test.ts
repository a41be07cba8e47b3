import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSample } from './support/build-site.ts';
import { entryIds } from './support/fixture.ts';

// The one site test about the editors' sample: the README's `npm run build` works on it.
// Every other site test reads the fixture, so editors may change content/ freely.
describe('the sample in content/', () => {
  it('builds, with a page for every entry', () => {
    const result = buildSample();
    expect(result.status, result.output.slice(-2000)).toBe(0);
    const sample = resolve('content');
    const missing: string[] = [];
    for (const collection of ['events', 'books', 'learners', 'projects']) {
      for (const id of entryIds(collection, sample)) {
        if (!existsSync(join(result.outDir, collection, id, 'index.html'))) missing.push(`${collection}/${id}`);
      }
    }
    for (const id of entryIds('pages', sample)) if (!existsSync(join(result.outDir, id, 'index.html'))) missing.push(id);
    expect(missing).toEqual([]);
  });
});
