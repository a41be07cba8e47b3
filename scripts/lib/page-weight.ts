import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What a page costs a reader on first load (design.md's budgets), from a
 * built site: its HTML, the stylesheets it links and the scripts it loads
 * (following module imports, each counted once), gzip-compressed as a server
 * sends them. Images and the search index are left out, as the budget says,
 * and so is Pagefind's script, which loads only when the reader searches.
 */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
}

/** JavaScript ≤ 20 KB gzip before the reader touches search; each page ≤ 100 KB transferred without images and the index. */
export const PAGE_BUDGET = { js: 20 * 1024, total: 100 * 1024 } as const;

/** A page's or an asset's file in a built site, by its address in the site (`/events/` → events/index.html). */
export function builtFile(dist: string, url: string): string {
  const path = url.split(/[?#]/)[0]!;
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

/**
 * Measures pages of one built site (`dist`), each asset read and compressed once however many pages load it.
 * `url` is the page's address in the site (`/events/`, `/404.html`).
 */
export function pageWeigher(dist: string): (url: string) => PageWeight {
  /** Each asset's compressed size and, for a script, the modules it imports; undefined for a file the site lacks. */
  const assets = new Map<string, { size: number; imports: string[] } | undefined>();
  const assetOf = (url: string) => {
    if (!assets.has(url)) {
      const file = builtFile(dist, url);
      const text = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      assets.set(url, text === undefined ? undefined : { size: gz(text), imports: url.endsWith('.js') ? importsOf(text) : [] });
    }
    return assets.get(url);
  };
  /** A script and every module it imports, each counted once. */
  const scriptBytes = (url: string, seen: Set<string>): number => {
    const script = assetOf(url);
    if (seen.has(url) || !script) return 0;
    seen.add(url);
    return (
      script.size +
      script.imports.reduce((sum, spec) => sum + scriptBytes(spec.startsWith('/') ? spec : posix.join(dirname(url), spec), seen), 0)
    );
  };
  return (url) => {
    const page = readFileSync(builtFile(dist, url), 'utf8');
    const html = gz(page);
    const css = [...page.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].reduce(
      (sum, m) => sum + (assetOf(m[1]!)?.size ?? 0),
      0,
    );
    const seen = new Set<string>();
    const external = [...page.matchAll(/<script[^>]+src="([^"]+)"/g)].reduce((sum, m) => sum + scriptBytes(m[1]!, seen), 0);
    const inline = [...page.matchAll(/<script(?![^>]*(?:src=|application\/(?:ld\+)?json))[^>]*>([\s\S]*?)<\/script>/g)].reduce(
      (sum, m) => sum + (m[1]!.trim() ? gz(m[1]!) : 0) + importsOf(m[1]!).reduce((s, spec) => s + scriptBytes(spec, seen), 0),
      0,
    );
    const js = external + inline;
    return { html, css, js, total: html + css + js };
  };
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** The modules a script imports, but not Pagefind's (loaded only when the reader searches). */
function importsOf(script: string): string[] {
  return [...script.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)]
    .map((m) => m[1]!)
    .filter((spec) => !spec.includes('pagefind'));
}
