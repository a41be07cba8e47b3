/**
 * Where editors' files live. Always `content/` for the site; tests point
 * CONTENT_DIR at a scratch copy so that they never touch an editor's files.
 */
export function contentDir(): string {
  return (process.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');
}
