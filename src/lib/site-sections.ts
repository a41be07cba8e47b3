import { t } from '../i18n/zh-CN.ts';
import { collectionPath, lightingPath, mediaPath, regionsPath, statsPath } from './urls.ts';

/** A section of the site: its page, which every page in it lies under, and its name in the header. */
export interface SiteSection {
  href: string;
  label: string;
}

/** The header's sections, in its order, base path included. */
export function siteSections(): SiteSection[] {
  const nav = t.site.nav;
  return [
    { href: collectionPath('events'), label: nav.events },
    { href: collectionPath('books'), label: nav.books },
    { href: collectionPath('learners'), label: nav.learners },
    { href: collectionPath('projects'), label: nav.projects },
    { href: regionsPath(), label: nav.regions },
    { href: statsPath(), label: nav.stats },
    { href: lightingPath(), label: nav.lighting },
    { href: mediaPath(), label: nav.media },
  ];
}
