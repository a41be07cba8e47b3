import { contentDir } from '../lib/content-dir.ts';
import { readBadge } from '../lib/identity/badge.ts';
import type { SiteIdentity } from '../lib/identity/settings.ts';
import { buildTime } from '../lib/identity/build-date.ts';
import { ICP_QUERY_URL, publicSecurityNumber, publicSecurityQueryUrl } from '../lib/identity/filing.ts';
import { siteSettings, siteSettingsFile } from '../lib/site-settings.ts';
import { identityBadgePath } from '../lib/urls.ts';

/**
 * The government-site identity as the footer shows it: each part only when
 * its setting is filled, links built from the numbers, the badge as the
 * build copied it, and the build's own date as 最后更新.
 */
export interface IdentityView {
  /** 主办单位: the identity's sponsor, else the site's organiser (always set). */
  sponsor: string;
  operator?: string | undefined;
  siteCode?: string | undefined;
  icp?: { text: string; url: string } | undefined;
  publicSecurity?: { text: string; url: string } | undefined;
  badge?: { src: string; link?: string | undefined } | undefined;
  contact?: string | undefined;
  lastUpdated: Date;
}

let view: IdentityView | undefined;

export function siteIdentity(): IdentityView {
  if (view) return view;
  const settings = siteSettings();
  const identity: Partial<SiteIdentity> = settings.identity ?? {};
  const psbNumber = identity.publicSecurity ? publicSecurityNumber(identity.publicSecurity) : undefined;
  let badge: IdentityView['badge'];
  if (identity.badge) {
    const read = readBadge(contentDir(), identity.badge, siteSettingsFile());
    // check-inputs has reported a bad badge before the build got here.
    if (read.ok) badge = { src: identityBadgePath(read.badge.type), link: identity.badgeLink };
  }
  view = {
    sponsor: identity.sponsor ?? settings.organizer,
    operator: identity.operator,
    siteCode: identity.siteCode,
    icp: identity.icp ? { text: identity.icp, url: ICP_QUERY_URL } : undefined,
    publicSecurity: identity.publicSecurity && psbNumber ? { text: identity.publicSecurity, url: publicSecurityQueryUrl(psbNumber) } : undefined,
    badge,
    contact: identity.contact,
    lastUpdated: buildTime(),
  };
  return view;
}
