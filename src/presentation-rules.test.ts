import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Two rules of the presentation code (pages, components, layouts and the
 * content glue), read from the source: every word a reader sees comes from
 * the string table (src/i18n/zh-CN.ts), and every internal address from the
 * URL helper (src/lib/urls.ts), so that a second language, a renamed
 * section or a base path is a change in one place. Comments may say
 * anything.
 */
const HAN = /\p{Script=Han}/u;

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(keep)
    .map((name) => join(dir, name));
}

/** The source with comments blanked out (line numbers kept): `//` and block comments, and HTML comments. */
function withoutComments(source: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return source
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/(^|[^:'"`\\])\/\/[^\n]*/g, (match, before: string) => before + blank(match.slice(before.length)));
}

const astroFiles = () => filesUnder('src', (name) => name.endsWith('.astro'));
const presentationTs = () =>
  ['src/pages', 'src/components', 'src/layouts', 'src/content'].flatMap((dir) =>
    filesUnder(dir, (name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !/(^|\/)fixtures?\//.test(name)),
  );

function matchingLines(file: string, pattern: RegExp): string[] {
  return withoutComments(readFileSync(file, 'utf8'))
    .split('\n')
    .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

describe('reading the source', () => {
  it('blanks comments but keeps strings and markup', () => {
    const source = '// 注释\nconst a = \'文字\'; /* 说明 */\n<!-- 备注 -->\n<a href="https://x.cn/y">链接</a>';
    const kept = withoutComments(source).split('\n');
    expect(kept).toHaveLength(4);
    expect(HAN.test(kept[0]!)).toBe(false);
    expect(kept[1]).toContain("'文字'");
    expect(kept[1]).not.toContain('说明');
    expect(HAN.test(kept[2]!)).toBe(false);
    expect(kept[3]).toContain('链接');
    expect(ROOT_PATH.test(kept[3]!)).toBe(false);
    expect(ROOT_PATH.test('<a href="/events/">')).toBe(true);
    expect(ROOT_PATH.test("const home = '/';")).toBe(true);
    expect(ROOT_PATH.test('href={`/stats/${year}/`}')).toBe(true);
    expect(ROOT_PATH.test("x.replace(/\\//g, '-')")).toBe(false);
  });
});

describe('strings live in the string table', () => {
  it('no .astro file under src types Chinese text', () => {
    const files = astroFiles();
    expect(files.length).toBeGreaterThan(30);
    expect(files.flatMap((file) => matchingLines(file, HAN))).toEqual([]);
  });

  it('no TypeScript of pages, components, layouts or content glue types Chinese text', () => {
    const files = presentationTs();
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((file) => matchingLines(file, HAN))).toEqual([]);
  });
});

/**
 * A site path written by hand: an attribute (`href="/…"`, `src={`/…`}`,
 * `action='/…'`) or any string literal that starts with one slash
 * (`'/events/'`, `'/'`). `//host` and regular expressions are not paths.
 */
const ROOT_PATH = /(?:\b(?:href|src|srcset|action|poster|content)\s*=\s*\{?\s*["'`]\/(?!\/))|(?:["'`]\/(?![/*])[^"'`\s]*["'`])/;

describe('internal addresses come from the URL helper', () => {
  it('no .astro file writes a site path by hand', () => {
    expect(astroFiles().flatMap((file) => matchingLines(file, ROOT_PATH))).toEqual([]);
  });

  it('no TypeScript of pages, components, layouts or content glue writes a site path by hand', () => {
    expect(presentationTs().flatMap((file) => matchingLines(file, ROOT_PATH))).toEqual([]);
  });
});
