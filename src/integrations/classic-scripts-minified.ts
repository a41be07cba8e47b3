import { minifySync } from 'vite';

/** Vite's plugin shape, as far as this one needs it (astro.config.mjs hands it to Vite). */
interface AssetsPlugin {
  name: string;
  apply: 'build';
  generateBundle: (options: unknown, bundle: Record<string, { type: string; fileName: string; source?: string | Uint8Array }>) => void;
}

/**
 * The classic scripts a page runs in its <head> before it is painted
 * (reading-modes-early.js, site-nav-fit.js, search-early.js) are imported
 * `?url&no-inline`, so that they load from a file under _astro/ (the policy
 * runs no inline script); Vite copies such a file as it is, with every
 * comment: render-blocking bytes on every page, and 1.3 KB gzip of the
 * search page's 20 KB budget. They are minified as they are written.
 */
export function classicScriptsPlugin(): AssetsPlugin {
  return {
    name: 'learning-week:classic-scripts-minified',
    apply: 'build',
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.js') || file.source === undefined) continue;
        file.source = minifiedClassicScript(file.fileName, Buffer.from(file.source).toString('utf8'));
      }
    },
  };
}

/** A classic script (not a module: its top-level names stay as they are), minified; a script that cannot be parsed stops the build. */
export function minifiedClassicScript(fileName: string, source: string): string {
  const { code, errors } = minifySync(fileName, source, { module: false });
  if (errors.length > 0) throw new Error(`${fileName}: ${errors.map((e) => e.message).join('; ')}`);
  return code;
}
