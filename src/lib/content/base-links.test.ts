import { describe, expect, it } from 'vitest';
import { baseLinksPlugin, rebaseHref } from './base-links.ts';

describe('links in Markdown under a base path', () => {
  it('puts site links under the base and leaves every other link alone', () => {
    expect(rebaseHref('/stats/', '/zt/xxzq/')).toBe('/zt/xxzq/stats/');
    expect(rebaseHref('/events/2023/a/#when', '/zt/xxzq/')).toBe('/zt/xxzq/events/2023/a/#when');
    expect(rebaseHref('/zt/xxzq/stats/', '/zt/xxzq/')).toBe('/zt/xxzq/stats/');
    expect(rebaseHref('/stats/', '/')).toBe('/stats/');
    // Copied from the live site (settings' base /zt/xxzq/) into a staging build under /staging/xxzq/ or at the root.
    expect(rebaseHref('/zt/xxzq/stats/', '/staging/xxzq/', '/zt/xxzq/')).toBe('/staging/xxzq/stats/');
    expect(rebaseHref('/zt/xxzq', '/staging/xxzq/', '/zt/xxzq/')).toBe('/staging/xxzq/');
    expect(rebaseHref('/zt/xxzq/stats/', '/', '/zt/xxzq/')).toBe('/stats/');
    expect(rebaseHref('/stats/', '/staging/xxzq/', '/zt/xxzq/')).toBe('/staging/xxzq/stats/');
    expect(rebaseHref('/zt/xxzq', '/zt/xxzq/')).toBe('/zt/xxzq/');
    // Only the whole segment: /zt/xxzq2/ is another path.
    expect(rebaseHref('/zt/xxzq2/', '/staging/xxzq/', '/zt/xxzq/')).toBe('/staging/xxzq/zt/xxzq2/');
    for (const other of ['https://www.moe.gov.cn/', '//cdn.example.cn/x.js', '#top', './photo.jpg', 'mailto:a@b.cn']) {
      expect(rebaseHref(other, '/zt/xxzq/')).toBe(other);
    }
  });

  it('sets href and src of the elements the processor hands it', () => {
    const set: [string, unknown][] = [];
    const ctx = { setProperty: (_node: unknown, key: string, value: unknown) => set.push([key, value]) };
    const { element } = baseLinksPlugin('/zt/xxzq/');
    element.visit({ properties: { href: '/submit/' } }, ctx);
    element.visit({ properties: { src: '/favicon.svg', href: 'https://x.cn/' } }, ctx);
    element.visit({ properties: { href: '#top' } }, ctx);
    expect(set).toEqual([
      ['href', '/zt/xxzq/submit/'],
      ['src', '/zt/xxzq/favicon.svg'],
    ]);
  });
});
