import { shortPlaceNames } from '../regions/short-place-names.ts';
import { traditionalReader } from '../regions/traditional.ts';
import type { SiteSettings } from '../site-settings.ts';
import { NATIONAL_PORTAL_HOSTS } from './national-portals.ts';
import words from './official-words.json' with { type: 'json' };

/**
 * Link words that claim an official site, and the hosts such a link may go
 * to. `[广东省教育厅官网](https://gd-edu-gov.example/)` is what a taken-over
 * editor account or a fake notice would write, so words that name a
 * government or Party body's site (a body and a site word: 教育厅官网,
 * 人民政府门户网站, 教育部报名系统), a national education platform
 * (国家智慧教育平台), or an official site without naming whose (官网,
 * 点此进入官方网站) must go to a government or education host: under
 * .gov.cn, .edu.cn, .gov or .政务 (registered only to 党政机关), a national
 * portal (national-portals.ts), or a host the site's settings name (its own
 * address, its portals); or to the exact address of a settings form.
 *
 * Only names that are a government body's count: a bare 厅, 局 or 部 is
 * also 展厅, 格局 and 俱乐部, so a department counts with its field
 * (教育厅, 公安局 …; official-words.json lists them); a library's, a
 * university's or a company's 官网, and 学习平台 or 报名系统 naming no body,
 * are the editor's to link wherever they are.
 *
 * Words are judged as Simplified (廣東省教育廳官網, pasted from a Hong Kong or
 * Taiwan page or written so to slip past), and words that are nothing but a
 * body's name (广东省教育厅, 教育部) claim its site as much as 官网 does:
 * that is what a reader takes such a link to be. Words that say what the
 * link is (广东省教育厅微信公众号, 新华网报道) are no name alone.
 */
export interface OfficialSites {
  /** Hosts whose subdomains are official too. */
  hosts: readonly string[];
  /** Addresses trusted as they are: a form on a shared host (docs.qq.com) trusts no other form there. */
  addresses: readonly string[];
}

/** Endings of hosts only government or education bodies are given. */
const OFFICIAL_ENDINGS = ['gov.cn', 'edu.cn', 'gov', 'xn--zfr164b' /* 政务 */];

const either = (list: readonly string[]) => list.join('|');
/** Characters a claim may hold between its body and its site word: words, not punctuation. */
const GAP = String.raw`[\p{L}\p{N}]{0,8}?`;
const BODY = `(?<!${either(words.notAfter)})(?:${either(words.bodies)}|(?:${either(words.departments)})(?:${either(words.ranks)}))`;
const SITE = `(?:${either(words.siteWords)})`;
const BODY_SITE = new RegExp(`${BODY}${GAP}${SITE}`, 'u');
const { prefixes, topics } = words.national;
const NATIONAL = new RegExp(`(?:${either(prefixes)})${GAP}(?:${either(topics)})${GAP}${SITE}`, 'u');
const { before, after } = words.unnamed;
const UNNAMED = new RegExp(`^(?:${either(before)})*(?:${either(words.unnamed.words)})(?:${either(after)})*$`, 'u');

const { wholeName } = words;
const UNIT = `${either(words.bodies)}|(?:${either(words.departments)})(?:${either([...words.ranks, ...wholeName.ranks])})`;
const needsPlace = new Set(wholeName.needsPlace);
const UNITS = new RegExp(`^(?<first>${UNIT})(?:${UNIT})*$`, 'u');
const placeEndings = new Set(wholeName.placeEndings);
let shortPlaces: { names: ReadonlySet<string>; longest: number } | undefined;

/**
 * Where the places before a body's name may end (0: none): after one of
 * `before`, each place is a name with its ending (广东省, 天河区, or the ending
 * alone: 市教育局) or a division's short name (广州, 深圳: read from the region
 * data on first use), optionally with one of afterPlace (广东省委). Worked out
 * position by position, not by one pattern: a pattern of repeated places
 * takes seconds to give up on 市市市…市 (each 市 a place or part of one).
 */
function placesEnd(plain: string): { all: Set<number>; named: Map<number, number[]> } {
  shortPlaces ??= (() => {
    const names = shortPlaceNames();
    return { names: new Set(names), longest: Math.max(...names.map((name) => name.length)) };
  })();
  const all = new Set([0, ...wholeName.before.filter((word) => plain.startsWith(word)).map((word) => word.length)]);
  // From each start, where a place with its ending ends (the Party committee check reads these).
  const named = new Map<number, number[]>();
  const reach = (from: number, to: number, withEnding: boolean) => {
    if (withEnding) named.set(from, [...(named.get(from) ?? []), to]);
    all.add(to);
    for (const word of wholeName.afterPlace) if (plain.startsWith(word, to)) all.add(to + word.length);
  };
  for (let at = 0; at < plain.length; at += 1) {
    if (!all.has(at)) continue;
    for (let end = at + 1; end <= Math.min(plain.length, at + 9); end += 1) {
      if (!/\p{Script=Han}/u.test(plain[end - 1]!)) break;
      if (placeEndings.has(plain[end - 1]!)) reach(at, end, true);
    }
    for (let length = 2; length <= shortPlaces.longest && at + length <= plain.length; length += 1) {
      if (shortPlaces.names.has(plain.slice(at, at + length))) reach(at, at + length, false);
    }
  }
  return { all, named };
}

/**
 * A body's name and nothing else: places (placesEnd), then bodies; the first
 * body may stand alone unless needsPlace says otherwise. Or a place's Party
 * committee alone (广州市委; 天河委, with no ending, is no name).
 */
function isWholeName(plain: string): boolean {
  const { all, named } = placesEnd(plain);
  for (const at of all) {
    const first = UNITS.exec(plain.slice(at))?.groups?.first;
    if (first !== undefined && (at > 0 || !needsPlace.has(first))) return true;
    const committee = (named.get(at) ?? []).some((end) => wholeName.committee.includes(plain.slice(end)));
    if (committee) return true;
  }
  return false;
}

/**
 * Traditional characters read as Simplified, character by character with
 * OpenCC's table (the one region names use, built once on first use); the
 * characters the words here are written with are kept (a word's own
 * character is never turned into another).
 */
const ownCharacters = new Set(
  JSON.stringify(words, (key, value: unknown) => (key === 'about' ? undefined : value)).match(/\p{Script=Han}/gu),
);
const asSimplified = traditionalReader(ownCharacters);

/** Link words as they are compared: Simplified, without spaces and punctuation. */
const plainWords = (linkWords: string) => asSimplified(linkWords.replace(/[\s\p{P}\p{S}]/gu, ''));

/** Whether link words claim an official site (a body's site word, a national platform, 官网 naming nobody). */
export function claimsOfficialSite(linkWords: string): boolean {
  const plain = plainWords(linkWords);
  return BODY_SITE.test(plain) || NATIONAL.test(plain) || UNNAMED.test(plain);
}

/** Whether link words are a government or Party body's name and nothing else (广东省教育厅, 国务院办公厅). */
export function namesOfficialBody(linkWords: string): boolean {
  const plain = plainWords(linkWords);
  if (plain.length > wholeName.maxLength) return false;
  return isWholeName(plain);
}

const TRAIL = new RegExp(`^(?:${either([...words.siteWords, ...words.unnamed.after])})+$`, 'u');

/** Whether words after an address only say it is a site (教育厅.中国 + 官网, 首页, 网站入口), in either script. */
export function sayItIsASite(trail: string): boolean {
  return TRAIL.test(asSimplified(trail));
}

/** `host` is `site` or one of its subdomains (never the other way: `le.ouchn.cn` trusts no other `ouchn.cn`). */
const within = (host: string, site: string) => host === site || host.endsWith(`.${site}`);

/** Whether an address is one an official claim may go to. */
export function isOfficialAddress(url: URL, trusted: OfficialSites): boolean {
  const host = url.hostname.replace(/\.$/, '');
  if (OFFICIAL_ENDINGS.some((ending) => within(host, ending))) return true;
  if ([...NATIONAL_PORTAL_HOSTS, ...trusted.hosts].some((site) => within(host, site.replace(/^www\./, '')))) return true;
  return trusted.addresses.some((address) => address === url.href);
}

const hostOf = (address: string | undefined) => (address && URL.canParse(address) ? new URL(address).hostname : undefined);
const hrefOf = (address: string | undefined) => (address && URL.canParse(address) ? new URL(address).href : undefined);

/** The settings whose addresses links claiming an official site may go to. */
export const OFFICIAL_SETTINGS = ['url', 'portals', 'forms'] as const;

/**
 * What the site's settings trust: its own host and its portals' hosts, and its forms' exact addresses.
 * Those of them that hold while another setting is wrong (settingsThatHold) are trusted all the same.
 */
export function officialSitesOf(settings: Partial<Pick<SiteSettings, (typeof OFFICIAL_SETTINGS)[number]>> | undefined): OfficialSites {
  if (!settings) return NO_SETTINGS;
  const hosts = [settings.url, ...(settings.portals ?? []).map((portal) => portal.url)].map(hostOf);
  const forms = [settings.forms?.materials.url, settings.forms?.activityData?.url].map(hrefOf);
  return {
    hosts: hosts.filter((host) => host !== undefined),
    addresses: forms.filter((href) => href !== undefined),
  };
}

/** Settings that could not be read: only the official endings and the national portals. */
export const NO_SETTINGS: OfficialSites = { hosts: [], addresses: [] };
