import { describe, expect, it } from 'vitest';
import { unrenderedBodies } from './unrendered-bodies.ts';

describe('unrenderedBodies', () => {
  it('names a Markdown entry with text and no rendering, as Astro keeps one whose renderer failed', () => {
    expect(
      unrenderedBodies([
        { filePath: 'content/events/2023/a.md', body: '正文。', rendered: { html: '<p>正文。</p>' } },
        { filePath: 'content/events/2023/b.md', body: '<div>…</div>', rendered: undefined },
        // Rendered, to nothing: a comment left for later.
        { filePath: 'content/events/2023/c.md', body: '<!-- 正文待补充 -->', rendered: { html: '' } },
        { filePath: 'content/events/2023/d.md', body: '\n', rendered: { html: '' } },
        { filePath: 'content/pages/e.mdx', body: '正文。' },
      ]),
    ).toEqual(['content/events/2023/b.md']);
  });
});
