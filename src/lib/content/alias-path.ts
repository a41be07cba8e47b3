/**
 * What an alias (an entry's old address, src/lib/content/aliases.ts) may be:
 * a plain path of this site from its root. Apart from the collections, so
 * that the field's schema (fields.ts) can use it.
 */
// One segment as an address carries it unescaped: the base path's rule, which refuses `.` and `..` too.
import { SEGMENT } from '../base-path.ts';

/** Why an alias is not a plain path of this site. */
export type AliasDefect = 'relative' | 'scheme' | 'host' | 'query' | 'dots' | 'characters';


/**
 * An alias as written, made the address the site serves (`/learners/x` →
 * `/learners/x/`: every entry's address is a folder), or why it cannot be one:
 * a full address or a scheme (`https://…`, `javascript:`), another host
 * (`//host/x/`), a query or fragment, `.`/`..`, a path not from the root,
 * characters an address would have to escape (spaces, Chinese, `\`).
 */
export function readAlias(raw: string): { ok: true; path: string } | { ok: false; defect: AliasDefect } {
  const value = raw.trim();
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value)) return { ok: false, defect: 'scheme' };
  if (value.startsWith('//') || value.startsWith('\\\\')) return { ok: false, defect: 'host' };
  if (/[?#]/.test(value)) return { ok: false, defect: 'query' };
  if (!value.startsWith('/')) return { ok: false, defect: 'relative' };
  // The home page: a page of the site's own, which the check names as such.
  if (value === '/') return { ok: true, path: '/' };
  const segments = value.slice(1).replace(/\/$/, '').split('/');
  if (segments.some((s) => s === '.' || s === '..')) return { ok: false, defect: 'dots' };
  if (!segments.every((s) => SEGMENT.test(s))) return { ok: false, defect: 'characters' };
  return { ok: true, path: `/${segments.join('/')}/` };
}

/** The JSON Schema pattern of an alias as written (readAlias's rule). */
export const ALIAS_PATTERN = '^\\s*(/|(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+/?)\\s*$';
