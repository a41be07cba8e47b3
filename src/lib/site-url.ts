import { inputText } from '../i18n/zh-CN/input.ts';
import { InputError } from './input-problem.ts';
import { siteUrlVerdict } from './site-settings.ts';

/**
 * The site's public address (scheme and host): the `url` site setting, or
 * the SITE_URL environment variable for a staging build. SITE_URL is held to
 * the same rule as `url`, since Astro would take a bare host, an ftp:// or a
 * path without a word and the canonicals, sitemap and share cards carry it.
 */
export function resolveSiteUrl(fromEnvironment: string | undefined, fromSettings: () => string): string {
  if (fromEnvironment === undefined || fromEnvironment.trim() === '') return fromSettings();
  const value = fromEnvironment.trim();
  const verdict = siteUrlVerdict(value);
  if (verdict === 'ok') return value;
  const m = inputText.settings;
  const message = verdict === 'path' ? m.siteUrlEnvironmentPath(new URL(value).pathname) : m.siteUrlEnvironment(fromEnvironment);
  throw new InputError([{ file: m.environment, field: 'SITE_URL', message }]);
}
