import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { inputText } from '../i18n/zh-CN/input.ts';
import { normalizeBasePath } from './base-path.ts';
import { contentDir } from './content-dir.ts';
import { InputError } from './input-problem.ts';
import {
  asWritten,
  checked,
  dateProblem,
  findingsOf,
  isJsonObject,
  parseJson,
  readTextFile,
  SHAPES,
  strictObject,
  validateJsonText,
  withJsonShape,
  yearField,
  type Validation,
} from './input/index.ts';
import { provinceNames, provincesWithData, readRegionData } from './regions/data-files.ts';
import { annexSettingsSchema } from './stats/annex-settings.ts';
import { identitySchema } from './identity/settings.ts';
import { wechatSchema } from './wechat/settings.ts';
import { weekProblems } from './settings-dates.ts';

/**
 * content/data/site.json: what the deploying office sets without touching
 * code (the province, public URL and the path under it, press contact,
 * the annexes' forms, national portals, the government-site identity).
 */
const m = inputText.settings;
const text = withJsonShape(
  checked((value, reject) => (typeof value === 'string' && value.trim() !== '' ? value : reject(m.requiredText))),
  SHAPES.text,
);
const dateText = withJsonShape(
  checked((value, reject) => {
    const problem = dateProblem(value, false);
    return problem ? reject(problem) : (value as string);
  }),
  SHAPES.date,
);
const httpUrl = z.url({ protocol: /^https?$/, error: inputText.text.url });
/** The site's own address: scheme and host, its path being `base`. */
const siteUrl = httpUrl.refine((url) => pathOf(url) === '/', {
  error: (issue) => m.urlHasPath(pathOf(String(issue.input))),
});
/** The path of an address; `/` for text that is no address (the `url` rule has said so: Zod runs this refinement all the same). */
function pathOf(url: string): string {
  return URL.canParse(url) ? new URL(url).pathname : '/';
}
/** `value` by the `url` rule, for SITE_URL (src/lib/site-url.ts): 'path' when only its path is wrong. */
export function siteUrlVerdict(value: string): 'ok' | 'path' | 'bad' {
  // Not an address at all first: the path rule says nothing of such text.
  if (!httpUrl.safeParse(value).success) return 'bad';
  return siteUrl.safeParse(value).success ? 'ok' : 'path';
}
/** The path the site is served under (see base-path.ts), normalised to `/` or `/zt/xxzq/`. */
const basePathText = withJsonShape(
  checked((value, reject) => {
    const base = typeof value === 'string' ? normalizeBasePath(value) : undefined;
    return base ?? reject(m.basePath(asWritten(value)));
  }),
  { type: 'string', pattern: '^/?([A-Za-z0-9_~-][A-Za-z0-9._~-]*/?)*$' },
);

/**
 * The province the site serves: `{ "code": "460000", "name": "海南省" }`.
 * Its code picks the region data (src/lib/regions/data/<code>.json) and the
 * default boundary file; its name must be the data's, so a typo in either is
 * caught here.
 */
const province = strictObject(
  {
    code: withJsonShape(
      checked((value, reject) => {
        const known = provincesWithData();
        if (value === undefined) return reject(m.provinceCodeMissing);
        if (typeof value === 'number' && known.includes(String(value))) return reject(m.provinceCodeUnquoted(String(value)));
        return typeof value === 'string' && known.includes(value) ? value : reject(m.provinceCode(JSON.stringify(value), known));
      }),
      // Read when a schema file is made: every province with region data, each named for completion lists.
      () => {
        const names = provinceNames();
        return { type: 'string', enum: [...names.keys()], enumDescriptions: [...names.values()] };
      },
    ),
    name: text,
  },
  { error: (value) => (value === undefined ? m.provinceMissing : m.notObject) },
).superRefine((p, ctx) => {
  if (typeof p.code !== 'string' || typeof p.name !== 'string') return;
  const official = readRegionData(p.code).province.name;
  if (p.name !== official) ctx.addIssue({ code: 'custom', path: ['name'], message: m.provinceName(p.name, p.code, official) });
});

/**
 * An online form of the provincial notice's annexes: 宣传材料报送 (annex 2,
 * `materials`) and 活动数据报送 (annex 3, `activityData`), with the day it
 * closes when there is one.
 */
const formLink = strictObject({ url: httpUrl, deadline: dateText.optional() }, { error: () => m.notObject });

const TOP_KEYS = [
  'province',
  'url',
  'base',
  'name',
  'shortName',
  'description',
  'organizer',
  'year',
  'theme',
  'weekStart',
  'weekEnd',
  'pressContact',
  'forms',
  'boundaryFile',
  'portals',
  'annex',
  'identity',
  'wechat',
] as const;

/**
 * A JSON file in the project, by a path from its root: the build reads it and
 * a mistake shows its first characters, so a setting must not be able to name
 * /etc/passwd or /proc/self/environ, or climb out with `..`.
 */
const boundaryFileText = text.refine(
  (path) => /\.json$/i.test(path) && !isAbsolute(path) && !/^[a-z]:/i.test(path) && !path.split(/[\\/]/).includes('..'),
  {
    error: () => m.boundaryFileOutside,
  },
);

/** The whole file. Exported for the editors' JSON Schema (src/lib/editor-schemas). */
export function settingsSchema(file: string) {
  return strictObject({
    province,
    url: siteUrl,
    base: basePathText.default('/'),
    name: text,
    shortName: text,
    description: text,
    organizer: text,
    year: yearField(file),
    theme: text,
    weekStart: dateText,
    weekEnd: dateText,
    pressContact: strictObject(
      { name: text, phone: text, email: z.email({ error: inputText.text.email }) },
      { error: () => m.notObject },
    ),
    forms: strictObject({ materials: formLink, activityData: formLink.optional() }, { error: () => m.formsShape }),
    boundaryFile: boundaryFileText.optional(),
    portals: z.array(strictObject({ name: text, url: httpUrl.optional() }, { error: () => m.notObject }), {
      error: () => m.portalsNotArray,
    }),
    /** The Ministry's annex: who signs for the figures (联系人, 所在部门, 办公电话, 手机号码). */
    annex: annexSettingsSchema.optional(),
    identity: identitySchema.optional(),
    /** WeChat share cards through the department's 公众号: off unless set (src/lib/wechat). */
    wechat: wechatSchema.optional(),
  }).superRefine((settings, ctx) => {
    for (const { field, message } of weekProblems(settings)) ctx.addIssue({ code: 'custom', path: [field], message });
  });
}

/** The keys the file has (the catch-all for unknown keys is left out); `annex`, `identity` and `boundaryFile` may be absent. */
export type SiteSettings = Pick<z.infer<ReturnType<typeof settingsSchema>>, (typeof TOP_KEYS)[number]>;

export const SITE_SETTINGS_FILE = 'content/data/site.json';

export function siteSettingsFile(): string {
  return `${contentDir()}/data/site.json`;
}

export function validateSiteSettings(text: string, file = SITE_SETTINGS_FILE): Validation<SiteSettings> {
  return validateJsonText(text, file, { schema: settingsSchema(file), shape: m.shape, keys: TOP_KEYS });
}

/** The settings, or an InputError with every problem. */
export function parseSiteSettings(text: string, file = SITE_SETTINGS_FILE): SiteSettings {
  const result = validateSiteSettings(text, file);
  if (!result.ok) throw new InputError(result.problems);
  return result.data;
}

/** Reads and validates the settings file; every problem is returned, none thrown. */
export function checkSiteSettings(path = siteSettingsFile(), file = path): Validation<SiteSettings> {
  const read = readTextFile(path, file);
  return read.ok ? validateSiteSettings(read.text, file) : read;
}

let cachedProvince: { path: string; value: SiteSettings['province'] } | undefined;

/**
 * Only the `province` setting, checked on its own: the region data needs it
 * before anything else, and a mistake elsewhere in the settings must not
 * keep the other files from being checked. Read once per settings file.
 */
export function provinceSetting(path = siteSettingsFile()): SiteSettings['province'] {
  if (cachedProvince?.path !== path) cachedProvince = { path, value: oneSetting(path, 'province', province) };
  return cachedProvince.value;
}

let cachedBoundaryFile: { path: string; value: string | undefined } | undefined;

/**
 * Only the `boundaryFile` setting (undefined when it is not set), checked on
 * its own as the province is: with these two the lighting files and the
 * boundary file can be checked whatever else in the settings is wrong.
 */
export function boundaryFileSetting(path = siteSettingsFile()): string | undefined {
  if (cachedBoundaryFile?.path !== path)
    cachedBoundaryFile = { path, value: oneSetting(path, 'boundaryFile', boundaryFileText.optional()) };
  return cachedBoundaryFile.value;
}

/**
 * The settings that hold on their own, each top-level key by its own rule
 * (none when the file cannot be read as JSON): while another setting is
 * wrong, `npm run check` still trusts the site's address, portals and forms.
 */
export function settingsThatHold(path = siteSettingsFile()): Partial<SiteSettings> {
  const read = settingsJson(path);
  if (!read.ok || read.data === undefined) return {};
  const json = read.data;
  const shape = settingsSchema(path).shape;
  const held: Partial<Record<(typeof TOP_KEYS)[number], unknown>> = {};
  for (const key of TOP_KEYS) {
    const result = shape[key].safeParse(json[key]);
    if (result.success && result.data !== undefined) held[key] = result.data;
  }
  return held as Partial<SiteSettings>;
}

/** One top-level setting by its own rule, or an InputError naming the file and that setting's fields. */
function oneSetting<T extends z.ZodType>(path: string, key: (typeof TOP_KEYS)[number], schema: T): z.infer<T> {
  const read = settingsJson(path);
  if (!read.ok) throw new InputError(read.problems);
  const result = schema.safeParse(read.data?.[key]);
  if (!result.success) {
    throw new InputError(
      findingsOf(result.error.issues).map((f) => ({ file: path, field: [key, ...f.path].join('.'), message: f.message })),
    );
  }
  return result.data;
}

/** The settings file read as JSON: its top-level object, undefined for JSON that is no object; or why it cannot be read. */
function settingsJson(path: string): Validation<Record<string, unknown> | undefined> {
  const read = readTextFile(path, path);
  if (!read.ok) return read;
  const parsed = parseJson(read.text, path, m.shape);
  if (!parsed.ok) return parsed;
  return { ok: true, data: isJsonObject(parsed.value) ? parsed.value : undefined };
}

let cached: SiteSettings | undefined;
export function siteSettings(): SiteSettings {
  if (cached) return cached;
  const result = checkSiteSettings();
  if (!result.ok) throw new InputError(result.problems);
  cached = result.data;
  return cached;
}
