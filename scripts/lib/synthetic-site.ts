import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allCounties, cities, cityOf } from '../../src/lib/regions/index.ts';
import { seededRandom } from '../../src/lib/seeded-random.ts';

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

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛龚邵万钱严覃戴莫孔汤'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彩春菊兰凤梅琳素云莲真环雪荣爱妹香月莺媛瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽'];
const EVENT_WORDS = ['读书会', '公开课', '开放日', '研讨会', '开幕式', '亲子共读', '智能手机课堂', '非遗体验课', '书法班', '摄影展', '线上讲堂', '职工夜校', '长者学堂', '科普讲座', '征文活动', '诗词大会', '粤剧赏析', '手工课', '读书分享会', '社区市集'];
const TYPES = ['主题阅读', '社长（总编）荐书', '线上社会大讲堂', '数字阅读分享', '开幕式', '研讨活动', '开放参观', '其他活动'];
const AUDIENCES = ['老年人', '青少年', '亲子家庭', '职工', '社区居民', '所有人'];

function isbn13(rand: () => number): string {
  const digits = [9, 7, 8, 7, ...Array.from({ length: 8 }, () => Math.floor(rand() * 10))];
  const sum = digits.reduce((s, d, i) => s + d * (i % 2 ? 3 : 1), 0);
  return [...digits, (10 - (sum % 10)) % 10].join('');
}

/** Sentences of the sample content (titles, summaries, bodies), the generator's raw text. */
function sampleSentences(contentDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md')) {
        const text = readFileSync(full, 'utf8').replace(/^---[\s\S]*?---/, '');
        for (const s of text.split(/(?<=[。！？])/)) if (/\p{Script=Han}{6,}/u.test(s)) out.push(s.replace(/[#*>\-\n]/g, '').trim());
      }
    }
  };
  walk(contentDir);
  return out;
}

export function generateSyntheticSite(options: { dir: string; pages: number; sampleSite: string; contentDir?: string; seed?: number }): SyntheticSite {
  const { dir, pages, sampleSite } = options;
  const rand = seededRandom(options.seed ?? 20231118);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
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
    const person = pick(SURNAMES) + pick(GIVEN) + (rand() < 0.7 ? pick(GIVEN) : '');
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
      title = `《${pick(sentences).replace(/[^\p{Script=Han}]/gu, '').slice(0, 2 + Math.floor(rand() * 4))}》`;
      body.unshift(`作者：${person}。ISBN ${isbn.slice(0, 3)}-${isbn.slice(3, 4)}-${isbn.slice(4, 8)}-${isbn.slice(8, 12)}-${isbn.slice(12)}。`);
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
