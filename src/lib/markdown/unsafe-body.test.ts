import { describe, expect, it } from 'vitest';
import { findUnsafeConstructs, unsafeBodyProblems } from './unsafe-body.ts';

const FRONT = '---\ntitle: 标题\n---\n';

describe('what npm run check reports in a Markdown body', () => {
  it('names a body nested too deep to publish, alone, thousands of levels deep too, instead of overflowing the stack', () => {
    const message =
      '正文嵌套太深：HTML 标签、引用（>）或列表一层套一层，到这一行超过了 100 层（列表每级算两层），发布时整篇正文会变成空白。请把嵌套展开：正常的文章最多嵌套几层';
    for (const body of [
      `开头。\n\n${'<div>'.repeat(130)}<script>x</script>${'</div>'.repeat(130)}`,
      `开头。\n\n${'>'.repeat(3000)} 文字`,
    ]) {
      expect(findUnsafeConstructs(FRONT + body, 'markdown')).toEqual([{ line: 6, message, unread: true }]);
    }
  });

  it('names Astro\u2019s image marker in a body, even in code, which would stop the build naming no file', () => {
    const body = ['正文。', '', '行内代码 `__ASTRO_IMAGE_="x"` 也不行。'].join('\n');
    expect(findUnsafeConstructs(FRONT + body, 'markdown')).toEqual([
      { line: 6, message: '正文不能出现 __ASTRO_IMAGE_（网站构建时给图片做的记号），否则整个网站无法生成：请删去或改写' },
    ]);
  });

  it('names a local image path with a query, in a footnote never cited too', () => {
    const body = ['![图](./photo.jpg?raw)', '', '[^x]: ![图](./x.js?.png)'].join('\n');
    expect(findUnsafeConstructs(FRONT + body, 'markdown').map((c) => c.line)).toEqual([4, 6]);
  });

  it('names each unsafe construct with the line of the file it is on', () => {
    const body = [
      '# 活动', // 4
      '',
      '<script>alert(1)</script>', // 6
      '',
      '你好 <b onclick="steal()">粗体</b> <img src=x onerror=alert(1)>', // 8
      '',
      '[报名](javascript:alert(1)) [活动页面](https://example.org)', // 10
      '',
      '<iframe srcdoc="<script>alert(1)</script>"></iframe>', // 12
      '',
      '![海报](https://evil.example/poster.png)', // 14
      '',
      '<font color="red">红字</font>', // 16
    ].join('\n');
    expect(findUnsafeConstructs(FRONT + body, 'markdown')).toEqual([
      { line: 6, message: '正文不能使用 HTML 元素 <script>，发布时会连同其中的内容一起删除' },
      { line: 8, message: '<b> 的 onclick=“steal()” 会在读者的浏览器里运行脚本，不允许使用，发布时会被删除' },
      { line: 8, message: '<img> 的 onerror=“alert(1)” 会在读者的浏览器里运行脚本，不允许使用，发布时会被删除' },
      {
        line: 10,
        message: '链接地址 “javascript:alert(1)” 不安全，发布时会被删除：只能用 http、https、mailto、tel 开头的地址，或本站地址',
      },
      { line: 12, message: '正文不能使用 HTML 元素 <iframe>，发布时会连同其中的内容一起删除' },
      {
        line: 14,
        message:
          '图片 “https://evil.example/poster.png” 在其他网站上：本站网页不从其他网站加载内容，请把图片文件放在该 Markdown 文件旁边，写作 ![图片说明](./photo.jpg)',
      },
      { line: 16, message: '正文不能使用 HTML 元素 <font>，发布时会被删除：请改用 Markdown 写法' },
    ]);
  });

  it.each([
    ['[a](JaVaScRiPt:alert(1))', 'JaVaScRiPt:alert(1)'],
    ['[a](&#106;avascript:alert(1))', 'javascript:alert(1)'],
    ['<javascript:alert(1)>', 'javascript:alert(1)'],
    ['<a href="&#x6A;avascript&colon;alert(1)">a</a>', 'javascript:alert(1)'],
    ['<a href="vbscript:msgbox(1)">a</a>', 'vbscript:msgbox(1)'],
    ['<a href="data:text/html;base64,PHNjcmlwdD4=">a</a>', 'data:text/html;base64,PHNjcmlwdD4='],
  ])('a link to %s, in any spelling', (markdown, url) => {
    expect(findUnsafeConstructs(FRONT + markdown, 'markdown')).toEqual([
      { line: 4, message: `链接地址 “${url}” 不安全，发布时会被删除：只能用 http、https、mailto、tel 开头的地址，或本站地址` },
    ]);
  });

  it('warns of an attribute the page will lose, by its HTML name, without stopping the build', () => {
    const body = [
      '<p style="position:fixed;top:0">覆盖</p>', // 4
      '',
      '<img src="./a.png" srcset="https://evil.example/a.png 2x" alt="图">', // 6
      '',
      '<input type="image" src="https://example.org/b.png">', // 8
    ].join('\n');
    const problems = unsafeBodyProblems('a.md', FRONT + body, 'markdown');
    const removed = (tag: string, attribute: string, value: string, style = '') =>
      `<${tag}> 的 ${attribute}=“${value}” 不在正文允许的属性之列，发布时会被删除${style}：请删去，或改用 Markdown 写法`;
    expect(problems.filter((p) => p.severity === 'warning')).toEqual([
      {
        file: 'a.md',
        item: '第 4 行',
        field: '正文（body）',
        severity: 'warning',
        message: removed('p', 'style', 'position:fixed;top:0', '（样式由网站统一设置）'),
      },
      {
        file: 'a.md',
        item: '第 6 行',
        field: '正文（body）',
        severity: 'warning',
        message: removed('img', 'srcset', 'https://evil.example/a.png 2x'),
      },
      {
        file: 'a.md',
        item: '第 8 行',
        field: '正文（body）',
        severity: 'warning',
        message: removed('input', 'src', 'https://example.org/b.png'),
      },
    ]);
  });

  it('reports a script address in an attribute the page loses anyway as the error it is', () => {
    const body = [
      '<img src="./a.png" srcset="javascript:alert(1) 1x" alt="图">', // 4
      '',
      '<a href="https://example.org/" formaction="java&#x09;script:alert(1)">链接</a>', // 6
      '',
      '<img src="./a.png" srcset="./a.png 1x, DATA:image/svg+xml,<svg onload=alert(1)> 2x" alt="图">', // 8
    ].join('\n');
    const problems = unsafeBodyProblems('a.md', FRONT + body, 'markdown').filter((p) => /含有会运行脚本/.test(p.message));
    expect(problems.map((p) => [p.item, p.severity])).toEqual([
      ['第 4 行', undefined],
      ['第 6 行', undefined],
      ['第 8 行', undefined],
    ]);
    expect(problems[0]!.message).toBe(
      '<img> 的 srcset=“javascript:alert(1) 1x” 含有会运行脚本或打开任意内容的地址（javascript:、data: 等），不允许使用，发布时会被删除',
    );
  });

  it('cuts a long payload so that the message stays one line', () => {
    const [found] = findUnsafeConstructs(`${FRONT}<img src=x onerror="${'a'.repeat(100)}">`, 'markdown');
    expect(found!.message).toBe(`<img> 的 onerror=“${'a'.repeat(57)}…” 会在读者的浏览器里运行脚本，不允许使用，发布时会被删除`);
  });

  it('says nothing about what articles may use', () => {
    const body = [
      '## 小标题',
      '',
      '- 一 [链接](https://example.org) [邮件](mailto:a@example.org) [电话](tel:020-1234) [本站](/books/) [锚点](#x)',
      '',
      '| 表 | 格 |',
      '| --- | --- |',
      '| 1 | 2 |',
      '',
      '<figure><img src="./a.jpg" alt="图"><figcaption>摄影：某某</figcaption></figure>',
      '',
      '![本地图片](./photo.jpg) H<sub>2</sub>O <details><summary>更多</summary>内容</details>',
      '',
      '正文[^1]',
      '',
      '[^1]: 注释。',
    ].join('\n');
    expect(findUnsafeConstructs(FRONT + body, 'markdown')).toEqual([]);
  });
});

describe('what npm run check reports in an MDX body', () => {
  it('names import/export, expressions and tags: code that would run at build time', () => {
    const source = [
      '---',
      'title: 标题',
      '---',
      "import fs from 'node:fs'", // 4
      '',
      '# 标题 {process.env.HOME}', // 6
      '',
      '<Video src="./a.mp4" />', // 8
      '',
      '[报名](javascript:alert(1))', // 10
    ].join('\n');
    expect(findUnsafeConstructs(source, 'mdx')).toEqual([
      { line: 4, message: "MDX 文件不能写 import 或 export（会在构建时运行代码）：“import fs from 'node:fs'”，请删去" },
      { line: 6, message: 'MDX 文件不能写 {…} 表达式（会在构建时运行代码）：“{process.env.HOME}”；如需显示花括号，请写作 \\{ 和 \\}' },
      { line: 8, message: 'MDX 文件不能使用 <Video> 标签：本站没有提供可在正文中使用的组件，请改用 Markdown 写法' },
      {
        line: 10,
        message: '链接地址 “javascript:alert(1)” 不安全，发布时会被删除：只能用 http、https、mailto、tel 开头的地址，或本站地址',
      },
    ]);
  });

  it('names an MDX syntax error with its line', () => {
    expect(findUnsafeConstructs(`${FRONT}正文\n\n价格 < 10 {元\n`, 'mdx')).toEqual([
      {
        line: 6,
        message: expect.stringMatching(/^MDX 语法有误（.+）：MDX 里 < 和 \{ 有特殊含义，普通文字中请写作 \\< 和 \\\{$/),
      },
    ]);
  });

  it('accepts plain Markdown in an MDX file', () => {
    expect(findUnsafeConstructs(`${FRONT}# 标题\n\n正文 \\{ 花括号 \\} [链接](https://example.org)\n`, 'mdx')).toEqual([]);
  });
});

describe('as input problems', () => {
  it('names the file, the line and the body', () => {
    expect(unsafeBodyProblems('content/events/2023/x.md', `${FRONT}\n<script>x</script>`, 'markdown')).toEqual([
      {
        file: 'content/events/2023/x.md',
        item: '第 5 行',
        field: '正文（body）',
        message: '正文不能使用 HTML 元素 <script>，发布时会连同其中的内容一起删除',
      },
    ]);
  });
});
