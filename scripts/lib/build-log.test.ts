import { describe, expect, it } from 'vitest';
import { eventPageTimes, pageTimeByKind, parseBuildLog } from './build-log.ts';

// Lines as `npm run build` prints them (Astro 7's log, then scripts/build.ts), each with when it arrived.
const log = [
  [0, '06:03:10 [content] Syncing content'],
  [1200, '06:03:11 [content] Synced content'],
  [1300, '06:03:11 [build] Building static entrypoints...'],
  [5300, '06:03:15 [vite] ✓ built in 4.07s'],
  [5400, ' generating static routes '],
  [5500, '06:03:15   ├─ /events/index.html (+12ms) '],
  [5600, '06:03:15   ├─ /events/2023/gz-reading/index.html (+3ms) '],
  [5700, '06:03:15   ├─ /events/2023/gz-reading.ics (+1ms) '],
  [5800, '06:03:15   ├─ /events/calendar/2023-11/index.html (+20ms) '],
  [5900, '06:03:15   └─ /events/2022/x/index.html (+1.5s) '],
  [9400, '06:03:22 ✓ Completed in 4.00s.'],
  [9500, ' generating optimized images '],
  [9600, '06:03:22   ▶ /_astro/a.X_1.webp (before: 12kB, after: 6kB) (+61ms) (1/3)'],
  [9700, '06:03:22   ▶ /_astro/a.X_2.jpg (reused cache entry) (+1ms) (2/3)'],
  [9800, '06:03:22   ▶ /_astro/b.Y_1.webp (reused cache entry) (+1ms) (3/3)'],
  [10000, '06:03:23 ✓ Completed in 0.4s.'],
  [19800, '搜索索引已生成（search index）：254 个页面 → dist/pagefind/'],
  [19900, '已预压缩（.gz/.br）：393 个文本文件（其中 383 个未变，沿用上次构建的压缩文件），7.5 MB → gzip 2.0 MB，brotli 1.8 MB'],
  [
    20000,
    "用时（timings: check 1.2 s (while Astro loads the content) · astro 18.1 s · search 3.4 s (with the pages' compression) · compress 0.2 s）",
  ],
].map(([at, text]) => ({ at: at as number, text: text as string }));

describe('reading a build log', () => {
  const parsed = parseBuildLog(log);

  it('finds each phase', () => {
    expect(parsed.phases).toEqual({
      checkMs: 1200,
      contentSyncMs: 1200,
      bundleMs: 4100,
      pagesMs: 4000,
      imagesMs: 500,
      searchMs: 3400,
      compressMs: 200,
    });
  });

  it('reads each page’s render time, and picks out the event pages', () => {
    expect(parsed.pages.get('/events/index.html')).toBe(12);
    expect(parsed.pages.get('/events/2022/x/index.html')).toBe(1500);
    expect(eventPageTimes(parsed.pages).sort((a, b) => a - b)).toEqual([3, 1500]);
  });

  it('adds up the render time by kind of route, under a base path too', () => {
    // Each route with the kind a reader would call it; the expected sums come from this list.
    const routes: [path: string, ms: number, kind: string][] = [
      ['/events/2023/gz-reading/index.html', 3, 'event pages'],
      ['/gd/events/2022/x/index.html', 5, 'event pages'],
      ['/events/2023/gz-reading.ics', 1, 'one-event calendars (.ics)'],
      ['/events/index.html', 12, 'event lists and filters'],
      ['/events/page/2/index.html', 7, 'event lists and filters'],
      ['/events/2023/index.html', 6, 'event lists and filters'],
      ['/events/2023/page/3/index.html', 6, 'event lists and filters'],
      ['/events/type/seminar/index.html', 4, 'event lists and filters'],
      ['/events/for/elderly/page/2/index.html', 4, 'event lists and filters'],
      ['/events/in/440100/index.html', 9, 'event lists and filters'],
      ['/events/offline/page/4/index.html', 8, 'event lists and filters'],
      ['/events/online/index.html', 8, 'event lists and filters'],
      ['/events/calendar/2023-11/index.html', 20, 'month and day calendars'],
      ['/events/calendar/2023-11/18/index.html', 11, 'month and day calendars'],
      ['/regions/440100/index.html', 9, 'region pages'],
      // A region's own list of events is a list like the others.
      ['/regions/440100/events/page/2/index.html', 5, 'event lists and filters'],
      ['/share/events/2023/gz-reading.jpg', 140, 'share cards'],
      ['/events.ics', 30, 'other'],
      ['/events/2022.ics', 15, 'other'],
      ['/stats/2023/index.html', 110, 'other'],
    ];
    const expected = new Map<string, { routes: number; ms: number }>();
    for (const [, ms, kind] of routes) {
      const sum = expected.get(kind) ?? { routes: 0, ms: 0 };
      expected.set(kind, { routes: sum.routes + 1, ms: sum.ms + ms });
    }
    const byKind = pageTimeByKind(new Map(routes.map(([path, ms]) => [path, ms])));
    expect(new Map(byKind.map(({ kind, routes, ms }) => [kind, { routes, ms }]))).toEqual(expected);
    expect(byKind.map((k) => k.ms)).toEqual([...expected.values()].map((k) => k.ms).sort((a, b) => b - a));
  });

  it('tells encoded images from those taken from the cache', () => {
    expect(parsed.images).toEqual({ encoded: 1, reused: 2 });
  });

  it('counts the text files compressed, and those that took the last build’s copies', () => {
    expect(parsed.compressed).toEqual({ files: 393, reused: 383 });
    const first = parseBuildLog([{ at: 0, text: '已预压缩（.gz/.br）：393 个文本文件，7.5 MB → gzip 2.0 MB，brotli 1.8 MB' }]);
    expect(first.compressed).toEqual({ files: 393, reused: 0 });
  });

  it('tells a search index made anew from one taken from the last build', () => {
    expect(parsed.searchIndexReused).toBe(false);
    const line = '搜索索引未变，沿用上次构建的索引（search index unchanged, reused）：254 个页面 → dist/pagefind/';
    expect(parseBuildLog([{ at: 0, text: line }]).searchIndexReused).toBe(true);
  });
});
