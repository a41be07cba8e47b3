import { readerChecksText as text } from '../../../i18n/zh-CN/reader-checks.ts';
import type { InputProblem } from '../../input-problem.ts';
import { referencesOf } from './body-references.ts';
import { warning, type ReaderCheckContext } from './context.ts';

/**
 * `http://` links to a site the settings already know by an `https://`
 * address (the site itself, the national portals): browsers mark the plain
 * page 不安全, and WeChat may warn before opening it. Only hosts the site
 * knows are judged; others may have no https at all.
 */
const URL_FIELDS = ['online', 'registration', 'video', 'source'] as const;

function secureHosts(context: ReaderCheckContext): Set<string> {
  const hosts = new Set<string>();
  const forms = context.settings?.forms;
  const known = [context.settings?.url, forms?.materials.url, forms?.activityData?.url, ...(context.settings?.portals ?? []).map((p) => p.url)];
  for (const address of known) {
    if (!address) continue;
    try {
      const url = new URL(address);
      if (url.protocol === 'https:') hosts.add(url.hostname);
    } catch {
      // The settings' own check reports a bad address.
    }
  }
  return hosts;
}

/** The https:// form of `url` when it is an http:// link to a host in `hosts`. */
export function secureForm(url: string, hosts: ReadonlySet<string>): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' || !hosts.has(parsed.hostname)) return undefined;
  return url.trim().replace(/^http:/i, 'https:');
}

export function insecureLinks(context: ReaderCheckContext): InputProblem[] {
  const hosts = secureHosts(context);
  if (hosts.size === 0) return [];
  const problems: InputProblem[] = [];
  for (const entry of context.entries) {
    for (const field of URL_FIELDS) {
      const value = entry.data[field];
      const secure = typeof value === 'string' ? secureForm(value, hosts) : undefined;
      if (secure) problems.push(warning({ file: entry.file, field, message: text.httpLink(value as string, secure) }));
    }
    for (const reference of referencesOf(entry)) {
      const secure = secureForm(reference.url, hosts);
      if (secure) problems.push(warning({ file: entry.file, item: text.line(reference.line), field: text.bodyField, message: text.httpLink(reference.url, secure) }));
    }
  }
  return problems;
}
