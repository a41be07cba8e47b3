/**
 * `npm run bench:pages [-- DIST]`: what each page type costs a reader on
 * first load, from the built site (run `npm run build` first), as
 * scripts/lib/page-weight.ts measures it. Prints figures, asserts nothing:
 * tests/page-weight.test.ts holds every page of the test site to the budgets.
 *
 * Budgets (design.md): JavaScript ≤ 20 KB gzip before the reader touches
 * search; each page type ≤ 100 KB transferred without images and the index.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { cliText } from '../src/i18n/zh-CN/cli.ts';
import { parseOptions as parseCliOptions, runCommand, UsageError } from '../src/lib/cli/index.ts';
import { builtFile, PAGE_BUDGET, pageWeigher } from './lib/page-weight.ts';

const HELP = `用法：npm run bench:pages [-- 构建目录]

  构建目录   要测量的网站（默认 dist，先运行 npm run build）
  -h, --help 显示本说明

对每类页面，按服务器 gzip 压缩后的大小，列出首次打开时下载的 HTML、样式表和脚本（不含图片与搜索索引），
与预算（JS ≤ 20 KB，合计 ≤ 100 KB）对照。只打印数字，不判定。
退出码：0 完成；2 用法错误或找不到构建结果`;

const OPTIONS = { help: { type: 'boolean', short: 'h' } } as const;
/** The build measured: the argument, else dist/ (set by main before anything reads it). */
let dist = 'dist';

const firstIn = (dir: string, depth = 1): string | undefined => {
  const full = join(dist, dir);
  if (!existsSync(full)) return undefined;
  for (const name of readdirSync(full).sort()) {
    const candidate = posix.join(dir, name);
    if (existsSync(join(dist, candidate, 'index.html'))) {
      if (depth <= 1) return `/${candidate}/`;
    }
    if (depth > 1) {
      const deeper = firstIn(candidate, depth - 1);
      if (deeper) return deeper;
    }
  }
  return undefined;
};

/** The page of each type to measure, found in `dist` once main has read it from the arguments. */
const pageTypes = (): [string, string | undefined][] => [
  ['首页 home', '/'],
  ['活动列表 events', '/events/'],
  ['活动 event', firstIn('events/2023')],
  ['活动筛选 filter', firstIn('events/type')],
  ['荐书列表 books', '/books/'],
  ['荐书 book', firstIn('books')],
  ['学习之星 learner', firstIn('learners')],
  ['品牌项目 project', firstIn('projects')],
  ['地市 city', '/regions/440100/'],
  ['县区 county', '/regions/440106/'],
  ['数据 stats', '/stats/'],
  ['统计表 table', firstIn('stats', 2)],
  ['亮灯 lighting', '/lighting/'],
  ['搜索 search', '/search/'],
  ['媒体 media', '/media/'],
  ['通知 notice', firstIn('notices')],
  ['404', '/404.html'],
];

const kb = (n: number) => (n / 1024).toFixed(1);

function report(): void {
  const rows: string[][] = [];
  const weigh = pageWeigher(dist);
  for (const [name, url] of pageTypes()) {
    if (!url || !existsSync(builtFile(dist, url))) {
      rows.push([name, url ?? '—', '（无此页）', '', '', '', '']);
      continue;
    }
    const { html, css, js, total } = weigh(url);
    const flags = [js > PAGE_BUDGET.js ? 'JS 超预算' : '', total > PAGE_BUDGET.total ? '总量超预算' : ''].filter(Boolean).join('，');
    rows.push([name, url, kb(html), kb(css), kb(js), kb(total), flags || 'ok']);
  }

  const header = ['页面类型', 'URL', 'HTML', 'CSS', 'JS', '合计 KB (gzip)', '预算'];
  const widths = header.map((h, i) =>
    Math.max(...[h, ...rows.map((r) => r[i]!)].map((c) => [...c].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0))),
  );
  const pad = (c: string, w: number) =>
    c + ' '.repeat(Math.max(0, w - [...c].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0)));
  console.log(`首次加载的传输量（不含图片与搜索索引），构建目录 ${dist}；预算：JS ≤ 20 KB，合计 ≤ 100 KB`);
  for (const row of [header, ...rows]) console.log(row.map((c, i) => pad(c, widths[i]!)).join('  '));
}

function main(argv: string[]): number {
  const { values, positionals } = parseCliOptions({ args: argv, allowPositionals: true, options: OPTIONS });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`只能给一个构建目录：${positionals.join(' ')}`);
  dist = positionals[0] ?? 'dist';
  if (!existsSync(join(dist, 'index.html')))
    throw new UsageError(`找不到构建结果（no build found）：${dist}/index.html。请先运行 npm run build。`);
  report();
  return 0;
}

await runCommand(main, { usageHint: cliText.helpHint('bench:pages'), knownOptions: Object.keys(OPTIONS) });
