/**
 * Sample cover images for the embedded sample content.
 *
 *   npx node scripts/generate-covers.ts            write every missing cover
 *   npx node scripts/generate-covers.ts --dry-run  only list what would be written
 *
 * For every Markdown entry under content/{events,books,learners,projects}
 * whose front matter names a local JPEG cover (`cover: { src: ./<slug>.jpg }`)
 * that does not exist yet, it renders a deterministic abstract picture
 * (gradients and geometric shapes seeded by the slug, no text: the build
 * machines have no CJK fonts) and writes it beside the Markdown file.
 * An existing file is never touched, so an editor's photo always wins.
 *
 * Licence: the generated images are made by this project and dedicated to the
 * public domain (CC0 1.0). The sample entries credit them as
 * “示例图片，由本项目脚本生成（CC0）”.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { seededRandom } from '../src/lib/seeded-random.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const COLLECTIONS = ['events', 'books', 'learners', 'projects'] as const;
type Collection = (typeof COLLECTIONS)[number];

/** Books are portrait (a book jacket); everything else is a 3:2 photo slot. */
const SIZES: Record<Collection, { width: number; height: number }> = {
  events: { width: 1200, height: 800 },
  learners: { width: 1200, height: 800 },
  projects: { width: 1200, height: 800 },
  books: { width: 600, height: 860 },
};
const JPEG_QUALITY = 78;

interface Palette {
  name: string;
  from: string;
  to: string;
  accents: [string, string, string];
}

// Each palette carries its Chinese name so that the alt text says truly what the picture shows.
const PALETTES: Palette[] = [
  { name: '橙色与深蓝色', from: '#1f3a68', to: '#2d5a8c', accents: ['#f28c28', '#f6b26b', '#e9eef5'] },
  { name: '青绿色与米黄色', from: '#0f6e6a', to: '#2a9d8f', accents: ['#f4e3b1', '#e9c46a', '#d8f0ec'] },
  { name: '朱红色与墨绿色', from: '#1d4739', to: '#2f6b55', accents: ['#d7412f', '#f08a5d', '#f3ede0'] },
  { name: '紫色与金黄色', from: '#3d2a6b', to: '#5b3f8f', accents: ['#f2c14e', '#f7dc8d', '#e6ddf4'] },
  { name: '天蓝色与珊瑚色', from: '#3b8dc4', to: '#6fb6df', accents: ['#f47c6b', '#ffd2c2', '#ffffff'] },
  { name: '橄榄绿与奶白色', from: '#4e5d2b', to: '#73843f', accents: ['#f6f1df', '#d9c98c', '#a9b86a'] },
  { name: '藏青色与杏色', from: '#17263f', to: '#2b3f61', accents: ['#f3c4a0', '#e8956b', '#c9d6ea'] },
  { name: '玫红色与浅灰色', from: '#8c2a4f', to: '#b33a67', accents: ['#ececec', '#f7b6c8', '#ffffff'] },
  { name: '岭南绿与砖红色', from: '#2e5e3e', to: '#4a7f55', accents: ['#b5533c', '#e3a277', '#efe6d2'] },
  { name: '靛蓝色与柠檬黄', from: '#23307a', to: '#3a4bb0', accents: ['#f5e663', '#fff6b0', '#b9c3f2'] },
];

type Motif = 'circles' | 'stripes' | 'triangles' | 'rings' | 'waves';
const MOTIF_NAMES: Record<Motif, string> = {
  circles: '圆形色块',
  stripes: '斜向条纹',
  triangles: '三角形',
  rings: '同心圆环',
  waves: '波浪线',
};
const MOTIFS = Object.keys(MOTIF_NAMES) as Motif[];

/** FNV-1a: a stable 32-bit seed from the slug. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

interface Design {
  palette: Palette;
  motifs: [Motif, Motif];
  rand: () => number;
}

function designFor(slug: string): Design {
  const rand = seededRandom(hash(slug));
  const palette = PALETTES[Math.floor(rand() * PALETTES.length)]!;
  const first = MOTIFS[Math.floor(rand() * MOTIFS.length)]!;
  const rest = MOTIFS.filter((m) => m !== first);
  const second = rest[Math.floor(rand() * rest.length)]!;
  return { palette, motifs: [first, second], rand };
}

/** The alt text for a slug's generated cover, e.g. “以橙色与深蓝色为主色、由圆形色块和斜向条纹构成的抽象示意封面（无文字）”. */
export function describeCover(slug: string): string {
  const { palette, motifs } = designFor(slug);
  return `以${palette.name}为主色、由${MOTIF_NAMES[motifs[0]]}和${MOTIF_NAMES[motifs[1]]}构成的抽象示意封面（无文字）`;
}

const f = (n: number) => n.toFixed(1);

function shapes(motif: Motif, d: Design, w: number, h: number): string {
  const { rand, palette } = d;
  const pick = () => palette.accents[Math.floor(rand() * 3)]!;
  const out: string[] = [];
  const size = Math.min(w, h);
  switch (motif) {
    case 'circles':
      for (let i = 0; i < 5; i++) {
        out.push(
          `<circle cx="${f(rand() * w)}" cy="${f(rand() * h)}" r="${f(size * (0.08 + rand() * 0.3))}" fill="${pick()}" fill-opacity="${(0.45 + rand() * 0.45).toFixed(2)}"/>`,
        );
      }
      break;
    case 'stripes': {
      const angle = -30 - rand() * 30;
      const gap = size * (0.07 + rand() * 0.05);
      const band: string[] = [];
      for (let x = -w; x < w * 2; x += gap * 2) {
        band.push(`<rect x="${f(x)}" y="${f(-h)}" width="${f(gap)}" height="${f(h * 3)}" fill="${pick()}" fill-opacity="0.35"/>`);
      }
      const top = rand() * h * 0.5;
      out.push(
        `<clipPath id="band"><rect x="0" y="${f(top)}" width="${w}" height="${f(h * (0.25 + rand() * 0.25))}"/></clipPath>`,
        `<g clip-path="url(#band)"><g transform="rotate(${f(angle)} ${w / 2} ${h / 2})">${band.join('')}</g></g>`,
      );
      break;
    }
    case 'triangles':
      for (let i = 0; i < 4; i++) {
        const cx = rand() * w;
        const cy = rand() * h;
        const r = size * (0.12 + rand() * 0.25);
        const a = rand() * Math.PI * 2;
        const pts = [0, 1, 2]
          .map((k) => `${f(cx + r * Math.cos(a + (k * 2 * Math.PI) / 3))},${f(cy + r * Math.sin(a + (k * 2 * Math.PI) / 3))}`)
          .join(' ');
        out.push(`<polygon points="${pts}" fill="${pick()}" fill-opacity="${(0.5 + rand() * 0.4).toFixed(2)}"/>`);
      }
      break;
    case 'rings': {
      const cx = w * (0.2 + rand() * 0.6);
      const cy = h * (0.2 + rand() * 0.6);
      const colour = pick();
      for (let i = 1; i <= 5; i++) {
        out.push(
          `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(size * 0.09 * i)}" fill="none" stroke="${colour}" stroke-width="${f(size * 0.018)}" stroke-opacity="${(0.85 - i * 0.12).toFixed(2)}"/>`,
        );
      }
      break;
    }
    case 'waves': {
      const colour = pick();
      for (let i = 0; i < 4; i++) {
        const y0 = h * (0.45 + i * 0.12);
        const amp = size * (0.03 + rand() * 0.05);
        const seg = w / 4;
        let path = `M0 ${f(y0)}`;
        for (let k = 0; k < 4; k++) {
          path += ` q${f(seg / 2)} ${f(k % 2 ? amp : -amp)} ${f(seg)} 0`;
        }
        out.push(
          `<path d="${path}" fill="none" stroke="${colour}" stroke-width="${f(size * 0.02)}" stroke-linecap="round" stroke-opacity="${(0.8 - i * 0.15).toFixed(2)}"/>`,
        );
      }
      break;
    }
  }
  return out.join('');
}

export function coverSvg(slug: string, width: number, height: number): string {
  const d = designFor(slug);
  const angle = Math.floor(d.rand() * 360);
  const body = shapes(d.motifs[0], d, width, height) + shapes(d.motifs[1], d, width, height);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<defs><linearGradient id="bg" gradientTransform="rotate(${angle} 0.5 0.5)">` +
    `<stop offset="0" stop-color="${d.palette.from}"/><stop offset="1" stop-color="${d.palette.to}"/></linearGradient></defs>` +
    `<rect width="100%" height="100%" fill="url(#bg)"/>${body}</svg>`
  );
}

export async function renderCover(slug: string, collection: Collection): Promise<Buffer> {
  const { width, height } = SIZES[collection];
  return sharp(Buffer.from(coverSvg(slug, width, height)))
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: JPEG_QUALITY, mozjpeg: true })
    .toBuffer();
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return /\.mdx?$/.test(entry.name) ? [path] : [];
  });
}

/** The `cover.src` of a front matter block, when it is a local JPEG (`./x.jpg`). */
function localCoverSrc(markdown: string): string | undefined {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(markdown)?.[1];
  if (!front) return undefined;
  const cover = /^cover:[^\n]*\n((?:[ \t]+[^\n]*\n?)*)/m.exec(front);
  const inline = /^cover:\s*\{[^}]*src:\s*['"]?(\.\/[^'",}\s]+\.jpe?g)/m.exec(front)?.[1];
  if (inline) return inline;
  return cover ? /^\s+src:\s*['"]?(\.\/[^'"\s]+\.jpe?g)['"]?\s*$/m.exec(cover[1]!)?.[1] : undefined;
}

async function main(): Promise<void> {
  const dryRun = process.argv.includes('--dry-run');
  let written = 0;
  let kept = 0;
  for (const collection of COLLECTIONS) {
    for (const file of markdownFiles(join(ROOT, 'content', collection))) {
      const src = localCoverSrc(readFileSync(file, 'utf8'));
      if (!src) continue;
      const target = resolve(dirname(file), src);
      if (existsSync(target)) {
        kept++;
        continue;
      }
      const slug = src.replace(/^\.\//, '').replace(/\.jpe?g$/, '');
      // 'wx' fails rather than overwrite, should a file appear meanwhile.
      if (!dryRun) writeFileSync(target, await renderCover(slug, collection), { flag: 'wx' });
      written++;
      console.log(`${dryRun ? '将生成' : '已生成'} ${relative(ROOT, target)}`);
    }
  }
  console.log(`封面：新生成 ${written} 张，已有 ${kept} 张保持不变。`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
