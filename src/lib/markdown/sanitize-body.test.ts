import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { MARKDOWN_FEATURES, sanitizeBodyPlugin } from './pipeline.ts';
import { renderBody } from '../../../tests/support/render-body.ts';

/** What Astro hands its Markdown plugins about the document. */
function astroData(frontmatter: Record<string, unknown>) {
  return { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
}

const render = (markdown: string) => renderBody(markdown);

describe('Markdown bodies keep what articles need', () => {
  it('keeps headings, lists, tables, quotes, code, figures and safe links', async () => {
    const html = await render(
      [
        '## 活动安排',
        '',
        '- 上午：开幕式',
        '1. 报名',
        '',
        '| 时间 | 内容 |',
        '| --- | --- |',
        '| 9:30 | 讲座 |',
        '',
        '> 让学习成为一种生活方式',
        '',
        '`npm` 和 <sub>2</sub> <kbd>Ctrl</kbd>',
        '',
        '<figure><img src="./photo.jpg" alt="现场"><figcaption>摄影：李明</figcaption></figure>',
        '',
        '[报名](https://example.org/a) [来信](mailto:a@example.org) [电话](tel:+862012345678) [本站](/events/) [下文](#安排)',
      ].join('\n'),
    );
    for (const part of [
      '<h2 id="user-content-活动安排">活动安排</h2>',
      '<li>上午：开幕式</li>',
      '<ol>',
      '<td>讲座</td>',
      '<blockquote>',
      '<code>npm</code>',
      '<sub>2</sub>',
      '<kbd>Ctrl</kbd>',
      '<figure><img src="./photo.jpg" alt="现场"><figcaption>摄影：李明</figcaption></figure>',
      '<a href="https://example.org/a">报名</a>',
      '<a href="mailto:a@example.org">来信</a>',
      '<a href="tel:+862012345678">电话</a>',
      '<a href="/events/">本站</a>',
      '<a href="#%E5%AE%89%E6%8E%92">下文</a>',
    ]) {
      expect(html).toContain(part);
    }
  });

  it('footnotes link to their notes, labelled in Chinese', async () => {
    const html = await render('正文[^1]\n\n[^1]: 注释内容。\n');
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets.length).toBe(2);
    for (const target of targets) expect(ids).toContain(target);
    expect(html).toContain('>注释</h2>');
    expect(html).toContain('aria-label="返回正文第 1 处引用"');
  });
});

describe('Markdown bodies lose everything that could run', () => {
  const payloads = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<svg onload=alert(1)><circle r="1"/></svg>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<details ontoggle=alert(1) open><summary>a</summary>b</details>',
    '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
    '<form action="javascript:alert(1)"><button>go</button></form>',
    '<style>body{display:none}</style>',
    '<a href="javascript:alert(1)">x</a> <a href="JaVaScRiPt:alert(1)">x</a> <a href="&#106;avascript:alert(1)">x</a>',
    '<a href="java\tscript:alert(1)">x</a> <a href=" javascript:alert(1)">x</a> <a href="vbscript:msgbox(1)">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '[x](javascript:alert(1)) [x](JAVASCRIPT:alert(1)) [x](&#106;avascript:alert(1)) <javascript:alert(1)>',
    '![x](javascript:alert(1)) <img src="data:image/svg+xml,<svg onload=alert(1)>">',
    '<p style="background:url(javascript:alert(1))" class="site-header">x</p>',
    '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=javascript:alert(1)"><link rel="stylesheet" href="https://evil.example/a.css">',
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  ];

  it.each(payloads)('%s', async (payload) => {
    const html = await render(`前文\n\n${payload}\n\n后文\n`);
    expect(html).not.toMatch(/<(script|iframe|object|embed|form|style|svg|math|base|meta|link)\b/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/\s(href|src|action|data|srcdoc)="?\s*(javascript|vbscript|data):/i);
    expect(html).not.toMatch(/\s(style|class)=/);
    expect(html).toContain('前文');
    expect(html).toContain('后文');
  });

  it('keeps the text of elements it unwraps, and drops the text of scripts and styles', async () => {
    const html = await render('<font color="red">红字</font><script>var secret = 1</script><style>.x{}</style>');
    expect(html).toContain('红字');
    expect(html).not.toContain('secret');
    expect(html).not.toContain('.x{}');
  });

  it('loads no image from another host', async () => {
    // `https:host/x` is relative on an https page but another host on an http one: the site may be served either way.
    const html = await render(
      '![远](https://evil.example/a.png) <img src="//evil.example/b.png"> <img src="\\\\evil.example/c.png"> <img src="https:evil.example/d.png"> <img src="http:evil.example/e.png">',
    );
    expect(html).not.toContain('evil.example');
  });

  it('prefixes editors\u2019 ids so that they cannot clobber the page\u2019s own, and fragment links follow', async () => {
    const html = await render('<a id="search-input" name="x">锚点</a> [去锚点](#search-input)');
    expect(html).not.toMatch(/id="search-input"/);
    expect(html).toContain('id="user-content-search-input"');
    expect(html).toContain('href="#user-content-search-input"');
  });
});

describe('a body cannot speak for the page', () => {
  it('gives headings prefixed ids, so that a heading cannot take the page\u2019s own (the skip link\u2019s main), and links to them follow', async () => {
    const html = await render('# main\n\n## 报名方式\n\n## 报名方式\n\n[去报名](#报名方式)');
    expect(html).not.toMatch(/id="main"/);
    expect(html).toContain('<h1 id="user-content-main">');
    expect(html).toContain('<h2 id="user-content-报名方式">');
    expect(html).toContain('<h2 id="user-content-报名方式-1">');
    expect(html).toContain('href="#user-content-报名方式"');
  });

  it('drops microdata, which would add a name and a picture on another host to the page\u2019s share preview', async () => {
    const html = await render(
      '<a itemprop="image" href="https://evil.example/share.png">分享图</a> <div itemscope itemtype="https://schema.org/Person"><span itemprop="name">伪造的标题</span></div>',
    );
    expect(html).not.toMatch(/itemprop|itemscope|itemtype/);
    expect(html).toContain('伪造的标题');
  });
});

describe('MDX bodies compile to no code of the author', () => {
  it('drops import, export, expressions and components', async () => {
    const source = [
      "import fs from 'node:fs'",
      'export const secrets = process.env',
      '',
      '# 标题 {process.env.HOME}',
      '',
      "{fs.readFileSync('/etc/passwd', 'utf8')}",
      '',
      '<Foo bar={globalThis.x} />',
      '',
      '<img src="x" onerror="alert(1)" />',
      '',
      '正文保留。',
    ].join('\n');
    const { code } = await mdxToJs(source, {
      hastPlugins: [sanitizeBodyPlugin],
      features: MARKDOWN_FEATURES,
      data: { astro: astroData({ layout: '../../evil.mjs' }) },
    });
    expect(code).not.toMatch(/node:fs|process|readFileSync|globalThis|Foo|onerror|evil/);
    expect(code).toContain('正文保留。');
  });

  it('forgets a front-matter layout, which Astro would import', async () => {
    const frontmatter: Record<string, unknown> = { title: 'x', layout: '../../evil.mjs' };
    await mdxToJs('正文', { hastPlugins: [sanitizeBodyPlugin], data: { astro: astroData(frontmatter) } });
    expect(frontmatter).toEqual({ title: 'x' });
  });
});
