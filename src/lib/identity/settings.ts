import { z } from 'zod';
import { inputText } from '../../i18n/zh-CN/input.ts';
import { checked, SHAPES, strictObject, withJsonShape } from '../input/index.ts';
import { publicSecurityNumber } from './filing.ts';

/**
 * The government-site identity in content/data/site.json (`identity`): what
 * 国办发〔2017〕47号 asks every page of a government site to carry, set by the
 * deploying department. Every field may be left out, or left as "" in a
 * template: an unset field is simply not shown (nor an empty label).
 */
const m = inputText.settings.identity;

/** A string, trimmed; "" or only spaces means not set. Anything else is rejected with `problem`. */
function optionalField(problem?: (value: string) => string, valid: (value: string) => boolean = () => true) {
  const field = checked((value, reject) => {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') return reject(inputText.text.notText(value));
    const trimmed = value.trim();
    if (trimmed === '') return undefined;
    return valid(trimmed) || !problem ? trimmed : reject(problem(trimmed));
  });
  // Text or null; "" is allowed (not set), so no pattern.
  return withJsonShape(field, { anyOf: [{ type: SHAPES.text.type }, { type: 'null' }] }).optional();
}

/** 网站标识码: ten letters or digits (`4400000035`, `bm05000001`). */
export const SITE_CODE = /^[0-9A-Za-z]{10}$/;
/** ICP 备案号: `粤ICP备05071218号`, `粤ICP备05071218号-1`. */
export const ICP_NUMBER = /^\p{Script=Han}ICP备\d{6,10}号(-\d{1,3})?$/u;
/** A path inside the content folder: no leading slash, no `..`. */
const CONTENT_PATH = /^(?!\/)(?!.*(^|\/)\.\.(\/|$))[\w./-]+$/;

const httpUrl = z.url({ protocol: /^https?$/, error: inputText.text.url });

export const identitySchema = strictObject(
  {
    /** SiteName: the department's website the 专题 belongs to (defaults to the site's name). */
    siteName: optionalField(),
    /** 主办单位 */
    sponsor: optionalField(),
    /** 承办单位 */
    operator: optionalField(),
    /** 网站标识码 (SiteIDCode) */
    siteCode: optionalField(m.siteCode, (v) => SITE_CODE.test(v)),
    /** ICP 备案号, linked to the MIIT filing site. */
    icp: optionalField(m.icp, (v) => ICP_NUMBER.test(v.replace(/\s+/g, ''))),
    /** 公安机关备案号, linked to the public-security filing site with its number. */
    publicSecurity: optionalField(m.publicSecurity, (v) => publicSecurityNumber(v) !== undefined),
    /** 党政机关网站标识: an image file in the content folder, which the build copies (never fetched). */
    badge: optionalField(m.badgePath, (v) => CONTENT_PATH.test(v)),
    /** Where the badge links to: the verification page the registration authority gave. */
    badgeLink: z.union([z.literal('').transform(() => undefined), httpUrl]).optional(),
    /** A contact line, shown as written: `联系电话：020-… 电子邮箱：…`. */
    contact: optionalField(),
  },
  { error: () => m.notObject },
).superRefine((identity, ctx) => {
  if (identity.badgeLink && !identity.badge) ctx.addIssue({ code: 'custom', path: ['badgeLink'], message: m.badgeLinkWithoutBadge });
});

export type SiteIdentity = z.infer<typeof identitySchema>;
