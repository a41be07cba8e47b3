import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { problemPage } from './problem-page.ts';

describe('the page npm run dev shows while content is wrong', () => {
  const page = problemPage([
    { file: 'content/events/2023/a.md', field: 'region', message: '未知的地区代码 449999' },
    { file: 'content/events/2023/b.md', item: '第 9 行', field: '正文（body）', message: '正文不能使用 HTML 元素 <script>' },
  ]);
  const html = parse(page);

  it('lists every problem as npm run check words it', () => {
    expect(html.querySelectorAll('li').map((li) => li.textContent)).toEqual([
      'content/events/2023/a.md › 字段“地区”（region）：未知的地区代码 449999',
      'content/events/2023/b.md › 第 9 行 › 字段 正文（body）：正文不能使用 HTML 元素 <script>',
    ]);
    expect(html.querySelector('h1')!.textContent).toBe('内容文件有误（2 处）');
  });

  it('escapes what the messages quote, and refreshes itself without a script', () => {
    expect(html.querySelectorAll('script')).toHaveLength(0);
    expect(page).toContain('&lt;script&gt;');
    expect(html.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')).toBe('2');
  });
});
