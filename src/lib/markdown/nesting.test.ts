import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_NESTING, RENDERER_NESTING_LIMIT, nestingBound, nestingDepth, tooDeepNesting } from './nesting.ts';
import { MARKDOWN_FEATURES, sanitizeBodyPlugin } from './pipeline.ts';
import type { BodyFormat } from './sanitize-body.ts';

const FRONT = '---\ntitle: 标题\n---\n'; // lines 1–3: a body's first line is 4

/** Bodies `levels` deep: text inside that many elements (a list level is two, <ul> and <li>). */
const divs = (levels: number) => `开头。\n\n${'<div>'.repeat(levels)}文字${'</div>'.repeat(levels)}\n\n结尾。\n`;
const quotes = (levels: number) => `开头。\n\n${'>'.repeat(levels - 1)} 文字\n\n结尾。\n`;
const list = (levels: number) =>
  `开头。\n\n${Array.from({ length: levels / 2 }, (_, i) => `${'  '.repeat(i)}- 第${i + 1}级`).join('\n')}\n\n结尾。\n`;

/** The site's renderer as astro.config.mjs sets it up, with the sanitiser whose tree Sätteri rebuilds. */
const renderer = await createSatteriMarkdownProcessor({
  syntaxHighlight: false,
  hastPlugins: [sanitizeBodyPlugin],
  features: MARKDOWN_FEATURES,
});

describe('the count that spares most bodies a second parse', () => {
  it('is never below the depth the parser finds: every sample body, and markup that nests most per character', () => {
    const samples = readdirSync('content', { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.mdx?$/.test(name))
      .map((name): [string, BodyFormat] => [readFileSync(join('content', name), 'utf8'), name.endsWith('.mdx') ? 'mdx' : 'markdown']);
    expect(samples.length).toBeGreaterThan(50);
    const dense = [
      divs(40),
      quotes(40),
      list(40),
      `${'<table><td>'.repeat(20)}格`,
      `${'> - 1. '.repeat(15)}文字`,
      `${'***'.repeat(10)}强调${'***'.repeat(10)}`,
      `| 表头 |\n| --- |\n| ${'[**~~`'.repeat(5)}格 |\n\n[^1]\n\n[^1]: ${'> '.repeat(5)}脚注`,
    ].map((body): [string, BodyFormat] => [FRONT + body, 'markdown']);
    for (const [source, format] of [...samples, ...dense]) {
      expect(nestingBound(source), source.slice(0, 80)).toBeGreaterThanOrEqual(nestingDepth(source, format));
    }
  });

  it('leaves the sample bodies unparsed by it: far within the limit', () => {
    const bodies = readdirSync('content/events', { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md'));
    const bounded = bodies.filter((name) => nestingBound(readFileSync(join('content/events', name), 'utf8')) <= MAX_BODY_NESTING);
    expect(bounded.length / bodies.length).toBeGreaterThan(0.9);
  });
});

describe('how deeply a body nests', () => {
  it('counts the elements around the deepest text: tags, quotes with their paragraph, two a list level', () => {
    expect(nestingDepth(FRONT + divs(7), 'markdown')).toBe(7);
    expect(nestingDepth(FRONT + quotes(7), 'markdown')).toBe(7);
    expect(nestingDepth(FRONT + list(8), 'markdown')).toBe(8);
  });

  it('keeps the limit below what the renderer publishes, which drops the whole body one level past its own', async () => {
    for (const body of [divs, quotes, list]) {
      const kept = await renderer.render(FRONT + body(MAX_BODY_NESTING));
      expect(kept.code).toContain('结尾');
      expect((await renderer.render(FRONT + body(RENDERER_NESTING_LIMIT))).code).toContain('结尾');
      await expect(renderer.render(FRONT + body(RENDERER_NESTING_LIMIT + 2))).rejects.toThrow(/nests deeper than 128 levels/);
    }
  });
});

describe('a body nested too deep to publish', () => {
  it('passes at the limit and is named one level past it, at the line where it passes the limit', () => {
    expect(tooDeepNesting(FRONT + divs(MAX_BODY_NESTING), 'markdown')).toBeUndefined();
    expect(tooDeepNesting(FRONT + divs(MAX_BODY_NESTING + 1), 'markdown')).toEqual({ line: 6 });
    // Line 6 holds the first level; the 51st level (102 elements) is line 56.
    expect(tooDeepNesting(FRONT + list(MAX_BODY_NESTING), 'markdown')).toBeUndefined();
    expect(tooDeepNesting(FRONT + list(140), 'markdown')).toEqual({ line: 56 });
    expect(tooDeepNesting(FRONT + quotes(MAX_BODY_NESTING + 1), 'mdx')).toEqual({ line: 6 });
  });

  it('is named, not a stack overflow, thousands of levels deep, tags opened line by line too', () => {
    const lines = `开头。\n\n${'<div>\n'.repeat(2500)}文字\n`;
    // Line 6 opens the first; the 101st <div> holds something from the next line on.
    expect(tooDeepNesting(FRONT + lines, 'markdown')).toEqual({ line: 6 + MAX_BODY_NESTING + 1 });
    expect(tooDeepNesting(FRONT + quotes(3000), 'markdown')).toEqual({ line: 6 });
    expect(tooDeepNesting(FRONT + divs(2500), 'markdown')).toEqual({ line: 6 });
  });

  it('does not count quote marks shown as code', () => {
    expect(tooDeepNesting(`${FRONT}\`\`\`\n${'>'.repeat(1500)}\n\`\`\`\n`, 'markdown')).toBeUndefined();
  });
});
