import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allCounties, cities, cityOf } from '../../src/lib/regions/index.ts';
import { seededRandom } from '../../src/lib/seeded-random.ts';
import { EVENT_WORDS, isbn13, personName, picker, sampleSentences } from './synthetic-text.ts';

/**
 * A large synthetic site for the search benchmark: N content pages shaped
 * like the real detail pages (same data-pagefind-* markup as
 * SearchFacets.astro), with Chinese text drawn from the sample content's own
 * sentences plus invented names, so that the vocabulary grows with N as a
 * real site's does. The built sample site's /search/ page and assets are
 * copied in, so the same page script runs over it.
 */

export interface SyntheticSite {
  dir: string;
  pages: number;
  /** Queries that are known to hit particular generated pages. */
  probes: { isbn: string; person: string };
}

const TYPES = ['主题阅读', '社长（总编）荐书', '线上社会大讲堂', '数字阅读分享', '开幕式', '研讨活动', '开放参观', '其他活动'];
const AUDIENCES = ['老年人', '青少年', '亲子家庭', '职工', '社区居民', '所有人'];

export function generateSyntheticSite(options: {
  dir: string;
  pages: number;
  sampleSite: string;
  contentDir?: string;
  seed?: number;
}): SyntheticSite {
  const { dir, pages, sampleSite } = options;
  const rand = seededRandom(options.seed ?? 20231118);
  const pick = picker(rand);
  const sentences = sampleSentences(options.contentDir ?? 'content');
  const places = [...cities(), ...allCounties()];
  if (existsSync(dir)) rmSync(dir, { recursive: true });
  mkdirSync(dir, { recursive: true });

  // The real search page and its assets, from the built sample site.
  cpSync(join(sampleSite, 'search'), join(dir, 'search'), { recursive: true });
  cpSync(join(sampleSite, '_astro'), join(dir, '_astro'), {
    recursive: true,
    filter: (src) => !/\.(avif|webp|jpe?g|png)$/.test(src),
  });
  for (const f of ['404.html', 'favicon.svg']) if (existsSync(join(sampleSite, f))) cpSync(join(sampleSite, f), join(dir, f));

  const probes = { isbn: '', person: '' };
  for (let i = 0; i < pages; i++) {
    const place = pick(places);
    const city = cityOf(place.code)?.name ?? place.name;
    const person = personName(rand);
    const roll = rand();
    const kind = roll < 0.5 ? 'events' : roll < 0.7 ? 'books' : roll < 0.85 ? 'learners' : 'projects';
    const body = Array.from({ length: 4 + Math.floor(rand() * 8) }, () => pick(sentences));
    body.splice(Math.floor(rand() * body.length), 0, `${person}来自${place.name}，多年来坚持学习，也带动身边的人一起学习。`);
    let title: string;
    const facets: string[] = [];
    let hidden = `${city} ${place.name}`;
    if (kind === 'events') {
      title = `${place.shortName}${pick(EVENT_WORDS)}（第${1 + Math.floor(rand() * 30)}期）`;
      const month = 10 + Math.floor(rand() * 3);
      const day = 1 + Math.floor(rand() * 28);
      const date = `2023-${month}-${String(day).padStart(2, '0')}`;
      facets.push(
        `<span data-pagefind-filter="type">活动</span><span data-pagefind-meta="type">活动</span>`,
        `<span data-pagefind-filter="event_type">${pick(TYPES)}</span>`,
        `<span data-pagefind-filter="audience">${pick(AUDIENCES)}</span>`,
        `<span data-pagefind-meta="date">2023年${month}月${day}日</span>`,
        `<span data-pagefind-sort="date">${date}T09:00:00+08:00</span>`,
      );
    } else if (kind === 'books') {
      const isbn = isbn13(rand);
      if (!probes.isbn && i > pages / 2) probes.isbn = isbn;
      title = `《${pick(sentences)
        .replace(/[^\p{Script=Han}]/gu, '')
        .slice(0, 2 + Math.floor(rand() * 4))}》`;
      body.unshift(
        `作者：${person}。ISBN ${isbn.slice(0, 3)}-${isbn.slice(3, 4)}-${isbn.slice(4, 8)}-${isbn.slice(8, 12)}-${isbn.slice(12)}。`,
      );
      hidden += ` ${isbn}`;
      facets.push(`<span data-pagefind-filter="type">荐书</span><span data-pagefind-meta="type">荐书</span>`);
    } else {
      title = kind === 'learners' ? person : `“${place.shortName}${pick(EVENT_WORDS)}”`;
      if (kind === 'learners' && !probes.person && i > pages / 2) probes.person = person;
      const label = kind === 'learners' ? '百姓学习之星' : '品牌项目';
      facets.push(`<span data-pagefind-filter="type">${label}</span><span data-pagefind-meta="type">${label}</span>`);
    }
    const summary = pick(sentences);
    facets.push(
      `<span data-pagefind-filter="city">${city}</span><span data-pagefind-meta="place">${place.name}</span>`,
      `<span data-pagefind-filter="year">2023</span><span data-pagefind-meta="summary">${summary}</span>`,
    );
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body>
<header><a href="/">示例站点</a></header>
<main data-pagefind-body><article><div hidden data-pagefind-ignore>${facets.join('')}</div><p hidden>${hidden}</p>
<h1>${title}</h1><p class="lead" data-pagefind-weight="5">${summary}</p>
${body.map((s) => `<p>${s}</p>`).join('\n')}
</article></main></body></html>`;
    const pageDir = join(dir, kind, `s${i}`);
    mkdirSync(pageDir, { recursive: true });
    writeFileSync(join(pageDir, 'index.html'), html);
  }
  return { dir, pages, probes };
}
