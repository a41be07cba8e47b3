import { inputText } from '../../i18n/zh-CN/input.ts';
import type { PlaceWords } from '../../i18n/zh-CN/input.ts';
import type { InputProblem } from '../input-problem.ts';
import { shortNameOf } from '../regions/index.ts';
import type { SiteSettings } from '../site-settings.ts';
import { publicSecurityNumber } from './filing.ts';
import type { SiteIdentity } from './settings.ts';

const m = inputText.settings.identity;

type Province = Pick<PlaceWords, 'name' | 'code' | 'filingPrefix' | 'publicSecurityPrefix'>;

/**
 * Filing numbers and a site code that belong to another province than the
 * site's: what a department that starts from the sample (粤ICP备… on a
 * Zhejiang site) or from another site's footer would publish on every page.
 * A site's numbers are its own province's: the ICP filing begins with the
 * province's short name, the public-security filing with it and with the
 * filing bureau's area code, and a government site's 网站标识码 with its
 * division code (a ministry's, `bm…`, with letters). Warnings, by field:
 * only the department knows its numbers.
 */
export function identityOfOtherProvince(identity: SiteIdentity | undefined, province: Province, file: string): InputProblem[] {
  if (!identity) return [];
  const digits = province.code.slice(0, 2);
  const problems: InputProblem[] = [];
  const warn = (field: string, message: string) => problems.push({ file, field: `identity.${field}`, message, severity: 'warning' });
  if (identity.icp && !identity.icp.replace(/\s+/g, '').startsWith(`${province.filingPrefix}ICP`)) {
    warn('icp', m.icpOfOtherProvince(identity.icp, province.name, province.filingPrefix));
  }
  const security = identity.publicSecurity;
  if (security && (!security.startsWith(province.publicSecurityPrefix) || !publicSecurityNumber(security)?.startsWith(digits))) {
    warn('publicSecurity', m.publicSecurityOfOtherProvince(security, province.name, province.publicSecurityPrefix, digits));
  }
  if (identity.siteCode && /^\d/.test(identity.siteCode) && !identity.siteCode.startsWith(digits)) {
    warn('siteCode', m.siteCodeOfOtherProvince(identity.siteCode, province.name, digits));
  }
  return problems;
}

/** The settings that name the site and the department behind it, by their keys. */
type Names = Pick<SiteSettings, 'name' | 'shortName' | 'description' | 'organizer' | 'pressContact' | 'annex' | 'identity'>;

/**
 * Another province named where the settings name the site and the
 * department behind it (`全民终身学习活动周 · 广东` on a Zhejiang site): the
 * sample's or another site's words left in. The site's own names are taken
 * out first, so that 浙江西湖 is not read as 江西. Warnings, by field; names
 * by full or short name (广东省, 广东).
 */
export function namesOfOtherProvince(settings: Names, own: string, others: readonly string[], file: string): InputProblem[] {
  const fields: [string, string | undefined][] = [
    ['name', settings.name],
    ['shortName', settings.shortName],
    ['description', settings.description],
    ['organizer', settings.organizer],
    ['pressContact.name', settings.pressContact.name],
    ['annex.authority', settings.annex?.authority],
    ['identity.siteName', settings.identity?.siteName],
    ['identity.sponsor', settings.identity?.sponsor],
    ['identity.operator', settings.identity?.operator],
  ];
  return fields.flatMap(([field, value]) => {
    if (!value) return [];
    const rest = [own, shortNameOf(own)].reduce((text, name) => text.replaceAll(name, '　'), value);
    const other = others.find((name) => rest.includes(shortNameOf(name)));
    return other
      ? [{ file, field, message: inputText.settings.namesOtherProvince(value, other, own), severity: 'warning' as const }]
      : [];
  });
}
