import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileLabelOf } from '../input-problem.ts';
import { checkContentFolder } from './check-entries.ts';

/** Front matter that a page accepts, so that only body problems are left. */
const PAGE = 'title: 关于\nsummary: 简介\n';

describe('checkContentFolder reads bodies too', () => {
  it('reads every Markdown and MDX entry of every collection, as Markdown or MDX by its extension', () => {
    const content = mkdtempSync(join(tmpdir(), 'bodies-'));
    mkdirSync(join(content, 'events/2023'), { recursive: true });
    mkdirSync(join(content, 'pages'), { recursive: true });
    writeFileSync(join(content, 'events/2023/a.md'), '---\ntitle: a\n---\n<script>x</script>\n');
    writeFileSync(join(content, 'pages/b.mdx'), `---\n${PAGE}---\n\n{1 + 1}\n`);
    writeFileSync(join(content, 'pages/c.md'), `---\n${PAGE}---\n{1 + 1} 在 Markdown 里只是文字\n`);
    const bodyProblems = checkContentFolder(content).problems.filter((p) => p.field === '正文（body）');
    expect(bodyProblems).toEqual([
      {
        file: fileLabelOf(join(content, 'events/2023/a.md')),
        item: '第 4 行',
        field: '正文（body）',
        message: '正文不能使用 HTML 元素 <script>，发布时会连同其中的内容一起删除',
      },
      {
        file: fileLabelOf(join(content, 'pages/b.mdx')),
        item: '第 6 行',
        field: '正文（body）',
        message: 'MDX 文件不能写 {…} 表达式（会在构建时运行代码）：“{1 + 1}”；如需显示花括号，请写作 \\{ 和 \\}',
      },
    ]);
  });
});
