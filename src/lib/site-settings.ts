import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { InputError } from './input-problem.ts';
import { parseBeijingDate } from './dates/index.ts';
import { contentDir } from './content-dir.ts';

/**
 * content/data/site.json: what the deploying office sets without touching
 * code (public URL, press contact, submission form, portals).
 */
const dateText = z.string().refine((s) => parseBeijingDate(s) !== null, { error: '须为 YYYY-MM-DD 格式的日期' });
const httpUrl = z.url({ protocol: /^https?$/, error: '须为 http:// 或 https:// 开头的完整网址' });

const settingsSchema = z.object({
  url: httpUrl,
  name: z.string().min(1),
  shortName: z.string().min(1),
  description: z.string().min(1),
  organizer: z.string().min(1),
  year: z.number().int(),
  theme: z.string().min(1),
  weekStart: dateText,
  weekEnd: dateText,
  pressContact: z.object({ name: z.string().min(1), phone: z.string().min(1), email: z.email({ error: '邮箱格式不正确' }) }),
  submissionForm: httpUrl,
  boundaryFile: z.string().min(1),
  portals: z.array(z.object({ name: z.string().min(1), url: httpUrl.optional() })),
});

export type SiteSettings = z.infer<typeof settingsSchema>;

export const SITE_SETTINGS_FILE = 'content/data/site.json';

export function siteSettingsFile(): string {
  return `${contentDir()}/data/site.json`;
}

export function parseSiteSettings(text: string, file = SITE_SETTINGS_FILE): SiteSettings {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError([{ file, field: '(整个文件)', message: `不是有效的 JSON：${(error as Error).message}` }]);
  }
  const result = settingsSchema.safeParse(raw);
  if (result.success) return result.data;
  throw new InputError(
    result.error.issues.map((issue) => ({ file, field: issue.path.join('.') || '(整个文件)', message: issue.message })),
  );
}

let cached: SiteSettings | undefined;
export function siteSettings(): SiteSettings {
  cached ??= parseSiteSettings(readFileSync(siteSettingsFile(), 'utf8'), siteSettingsFile());
  return cached;
}
