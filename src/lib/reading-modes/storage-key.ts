/**
 * Where a reader's 大字模式 and 高对比度 are remembered. localStorage is shared
 * by every page of an origin, and a 专题 lives under a department's domain
 * beside its other pages (and other 专题) at other paths: a key of the site's
 * own, under its base path, keeps them from reading or overwriting each other's
 * `large-text`. <html> carries the prefix; both reading-modes scripts add the mode.
 */
export function readingModesKeyPrefix(base: string): string {
  return `${base}#reading-modes:`;
}

/** The full key a mode is stored under, e.g. `/zt/xxzq/#reading-modes:large-text`. */
export function readingModeKey(base: string, mode: string): string {
  return `${readingModesKeyPrefix(base)}${mode}`;
}
