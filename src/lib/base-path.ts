import { inputText } from '../i18n/zh-CN/input.ts';
import { InputError } from './input-problem.ts';

/**
 * The path the whole site is served under. A 专题 lives under a department's
 * own domain (`https://edu.gd.gov.cn/zt/xxzq/`), so every address the site
 * writes starts with it. It is the `base` site setting, or the BASE_PATH
 * environment variable for a staging build; always `/` or `/a/b/`.
 */

/** One segment of a path, as URLs carry it without escaping. */
export const SEGMENT = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/;

/** `zt/xxzq`, `/zt/xxzq` or `/zt/xxzq/` → `/zt/xxzq/`; '' or `/` → `/`; undefined when it is not a plain path. */
export function normalizeBasePath(raw: string): string | undefined {
  const path = raw.trim();
  if (path.includes('//')) return undefined;
  const parts = path.split('/').filter((s) => s !== '');
  if (!parts.every((s) => SEGMENT.test(s))) return undefined;
  return parts.length ? `/${parts.join('/')}/` : '/';
}

/** BASE_PATH when set (a staging build), else the setting. A bad BASE_PATH stops with its name. */
export function resolveBasePath(fromEnvironment: string | undefined, fromSettings: () => string): string {
  if (fromEnvironment === undefined || fromEnvironment.trim() === '') return fromSettings();
  const base = normalizeBasePath(fromEnvironment);
  if (!base)
    throw new InputError([
      { file: inputText.settings.environment, field: 'BASE_PATH', message: inputText.settings.basePath(fromEnvironment) },
    ]);
  return base;
}
