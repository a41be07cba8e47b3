/**
 * What a benchmark reads from the output of `npm run build` (Astro's log and
 * scripts/build.ts's own timing line): the time of each phase, the render
 * time of each page, and how many images were encoded or taken from the cache.
 */
import { stripVTControlCharacters } from 'node:util';

export interface LogLine {
  /** Milliseconds since the build started, when the line arrived. */
  at: number;
  text: string;
}

export interface BuildPhases {
  /** scripts/build.ts: the content check, while Astro loads the content. */
  checkMs?: number;
  /** Astro's content layer: "Syncing content" → "Synced content". */
  contentSyncMs?: number;
  /** Vite bundling the pages' code. */
  bundleMs?: number;
  /** Rendering every page and endpoint ("generating static routes"). */
  pagesMs?: number;
  /** Encoding images ("generating optimized images"). */
  imagesMs?: number;
  /** scripts/build.ts: Pagefind and the 繁简 table, with the pages' .gz and .br written meanwhile. */
  searchMs?: number;
  /** scripts/build.ts: .gz and .br of the search index's own text files, after it. */
  compressMs?: number;
}

export interface BuildLog {
  phases: BuildPhases;
  /** Render time of each route Astro wrote, by its output path (`/events/2023/x/index.html`). */
  pages: Map<string, number>;
  images: { encoded: number; reused: number };
  /** Text files given a .gz and .br, and of those the ones that took the last build's copies. */
  compressed: { files: number; reused: number };
  /** The last build's search index was taken, its pages' copies unchanged (scripts/search-index.ts). */
  searchIndexReused: boolean;
}

// Astro colours its log when it writes to a terminal; the bench reads a pipe, but be safe.
const plain = (text: string) => stripVTControlCharacters(text);

export function parseBuildLog(lines: readonly LogLine[]): BuildLog {
  const phases: BuildPhases = {};
  const pages = new Map<string, number>();
  const images = { encoded: 0, reused: 0 };
  const compressed = { files: 0, reused: 0 };
  let searchIndexReused = false;
  let section: 'pages' | 'images' | undefined;
  let sectionStart = 0;
  let syncStart: number | undefined;
  let bundleStart: number | undefined;
  for (const line of lines) {
    const text = plain(line.text);
    if (/\[content\] Syncing content/.test(text)) syncStart = line.at;
    else if (/\[content\] Synced content/.test(text) && syncStart !== undefined) phases.contentSyncMs = line.at - syncStart;
    else if (/Building static entrypoints/.test(text)) bundleStart = line.at;
    else if (/generating static routes/.test(text)) {
      section = 'pages';
      sectionStart = line.at;
      if (bundleStart !== undefined) phases.bundleMs = line.at - bundleStart;
    } else if (/generating optimized images/.test(text)) {
      section = 'images';
      sectionStart = line.at;
    } else if (/✓ Completed in/.test(text) && section) {
      phases[section === 'pages' ? 'pagesMs' : 'imagesMs'] = line.at - sectionStart;
      section = undefined;
    } else if (section === 'pages') {
      const page = /[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(m?s)\)/.exec(text);
      if (page) pages.set(page[1]!, Number(page[2]) * (page[3] === 's' ? 1000 : 1));
    } else if (section === 'images' && /▶ /.test(text)) {
      if (/reused cache entry|revalidated cache entry/.test(text)) images.reused++;
      else images.encoded++;
    }
    // "（其中 N 个未变…）" only when the build took copies from the last one.
    const packed = /已预压缩（\.gz\/\.br）：(\d+) 个文本文件(?:（其中 (\d+) 个未变)?/.exec(text);
    if (packed) {
      compressed.files = Number(packed[1]);
      compressed.reused = Number(packed[2] ?? 0);
    }
    if (/search index unchanged, reused/.test(text)) searchIndexReused = true;
    const timings = /timings: check ([\d.]+) s .* search ([\d.]+) s/.exec(text);
    if (timings) {
      phases.checkMs = Number(timings[1]) * 1000;
      phases.searchMs = Number(timings[2]) * 1000;
      const compress = /compress ([\d.]+) s/.exec(text);
      if (compress) phases.compressMs = Number(compress[1]) * 1000;
    }
  }
  return { phases, pages, images, compressed, searchIndexReused };
}

const EVENT_PAGE = /^\/(?:[^/]+\/)*events\/\d{4}\/[^/]+\/index\.html$/;

/** Render times of event detail pages (`/events/<year>/<slug>/`), not lists, filters or calendars. */
export function eventPageTimes(pages: ReadonlyMap<string, number>): number[] {
  return [...pages].filter(([path]) => EVENT_PAGE.test(path)).map(([, ms]) => ms);
}

/**
 * The kinds of route the site writes, first match wins (a site under a path
 * has its base in front). What each costs is what a decision to offer less
 * (fewer filters, no one-event calendars) would save.
 */
const ROUTE_KINDS: readonly (readonly [string, RegExp])[] = [
  // First: a card's path has the entry's (/share/events/2023/x.jpg).
  ['share cards', /\/share\/.+\.(?:jpg|png)$/],
  ['event pages', EVENT_PAGE],
  ['one-event calendars (.ics)', /\/events\/\d{4}\/[^/]+\.ics$/],
  ['event lists and filters', /\/events\/(?:index\.html$|page\/|\d{4}\/|type\/|for\/|in\/|online|offline)/],
  ['month and day calendars', /\/events\/calendar\//],
  // A region's page; its list of events (/regions/<code>/events/) is one of the lists above.
  ['region pages', /\/regions\//],
];

export interface RouteKindTime {
  kind: string;
  routes: number;
  /** Sum of the routes' render times. Several routes render at once, so this is a share of the pages step, not a wall time. */
  ms: number;
}

/** Render time by kind of route, most first; routes of no kind above are "other". */
export function pageTimeByKind(pages: ReadonlyMap<string, number>): RouteKindTime[] {
  const byKind = new Map<string, RouteKindTime>();
  for (const [path, ms] of pages) {
    const kind = ROUTE_KINDS.find(([, pattern]) => pattern.test(path))?.[0] ?? 'other';
    const entry = byKind.get(kind) ?? { kind, routes: 0, ms: 0 };
    entry.routes++;
    entry.ms += ms;
    byKind.set(kind, entry);
  }
  return [...byKind.values()].sort((a, b) => b.ms - a.ms);
}
