import type { Element, Nodes, Root } from 'hast';
import { domainToASCII, domainToUnicode } from 'node:url';
import { CHINESE_SCRIPT_TLDS } from './chinese-script-tlds.ts';
import {
  claimsOfficialSite,
  isOfficialAddress,
  namesOfficialBody,
  NO_SETTINGS,
  sayItIsASite,
  type OfficialSites,
} from './official-sites.ts';
import { safeDecode } from './sanitize-body.ts';
import { elementsOf } from './tree.ts';

/**
 * Links whose words name one place and whose address goes to another:
 * `[www.gd.gov.cn](https://phish.example/)`, a press e-mail that writes to
 * someone else, a hotline that dials another number. A reader trusts what a
 * government page shows; a taken-over editor account, or text pasted from a
 * fake notice, would use exactly this. An address in Chinese characters
 * (`教育厅.中国`) is compared as the browser would go to it, in punycode.
 * Words that are no address but claim an official site (`广东省教育厅官网`,
 * `国家智慧教育平台`, `官网`), or are a body's name alone (`广东省教育厅`:
 * `named`), must go to a government or education host (official-sites.ts
 * says which words and which hosts).
 */
export type DeceptiveLink =
  | { kind: 'web'; shown: string; actual: string }
  | { kind: 'official'; shown: string; actual: string }
  | { kind: 'named'; shown: string; actual: string }
  | { kind: 'email'; shown: string; actual: string }
  | { kind: 'phone'; shown: string; actual: string };

/**
 * Endings of host names people write without `https://` (`gd.gov.cn`,
 * `www.example.com`): enough to tell an address from `v1.2` or `photo.jpg`.
 */
const BARE_HOST_ENDINGS = new Set([
  'cn',
  'com',
  'net',
  'org',
  'gov',
  'edu',
  'info',
  'top',
  'xyz',
  'io',
  'me',
  'cc',
  'co',
  'hk',
  'mo',
  'tw',
  'site',
  'online',
  'app',
  'dev',
  'link',
  'vip',
  'shop',
  'club',
  'wang',
  'ink',
]);

/** An address inside a link's words: with a scheme, or a bare host (`www.x.cn/path`). */
// Labels in the scripts look-alike letters come from (Latin, Cyrillic, Greek), so that Chinese words around an address stay out of it.
const LABEL = String.raw`[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\d-]+`;
const WEB_ADDRESS = new RegExp(String.raw`(?:[a-z][a-z0-9+.-]*://)?(?:${LABEL}\.)+${LABEL}(?::\d+)?`, 'giu');
/**
 * An address in Chinese characters: labels of Han or Latin letters and digits,
 * ending in a Chinese-script top-level domain (checked against
 * CHINESE_SCRIPT_TLDS) that no letter follows, or only words that say it is
 * a site (`教育厅.中国官网`, `.中国首页`: hanAddress). Words glued to its front
 * (`请访问教育厅.中国`) are part of it, as they would be of the host typed:
 * taking only a tail would let `育厅.中国` pass for `教育厅.中国`.
 */
const HAN_LABEL = String.raw`[\p{Script=Han}\p{Script=Latin}\d-]+`;
const HAN_ADDRESS = new RegExp(String.raw`(?:[a-z][a-z0-9+.-]*://)?(?:${HAN_LABEL}\.)+\p{Script=Han}+(?![\p{L}\p{N}])`, 'giu');
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
/** A phone number as written on a page: digits with spaces, dashes, brackets, a leading +. */
const PHONE = /^\+?[\d\s()（）-]{7,}$/u;

/** The words a reader sees for an element: its text, and images' descriptions. */
function wordsOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && node.tagName === 'img') return String(node.properties.alt ?? '');
  return 'children' in node ? node.children.map(wordsOf).join('') : '';
}

/** `www.` is the same site as the name without it. */
const siteName = (host: string) => host.replace(/^www\./, '');

/** The same site, or one a subdomain of the other (`edu.gd.gov.cn` shown as `gd.gov.cn`). */
function sameSite(a: string, b: string): boolean {
  const x = siteName(a);
  const y = siteName(b);
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}

/** Hosts that the words show, as the browser would write them (lower case, punycode). */
function shownHosts(words: string): { written: string; host: string }[] {
  const found: { written: string; host: string }[] = [];
  for (const match of words.matchAll(WEB_ADDRESS)) {
    const written = match[0];
    const hasScheme = written.includes('://');
    const ending = written.replace(/:\d+$/, '').split('.').at(-1)!.toLowerCase();
    if (!hasScheme && !BARE_HOST_ENDINGS.has(ending)) continue;
    try {
      const url = new URL(hasScheme ? written : `https://${written}`);
      if (url.hostname) found.push({ written, host: url.hostname });
    } catch {
      // Not an address after all (`1..2`): nothing shown to compare.
    }
  }
  for (const match of words.matchAll(HAN_ADDRESS)) {
    const address = hanAddress(match[0]);
    if (address) found.push(address);
  }
  return found;
}

const isChineseScriptTld = (label: string) => CHINESE_SCRIPT_TLDS.has(domainToASCII(label));

/**
 * The address in a run of Chinese-script labels: the whole run when its last
 * label is a top-level domain, else the run up to a top-level domain that
 * only site words follow (`教育厅.中国` of `教育厅.中国官网`); other words
 * after a dot (`附件.中国教育报`) are words.
 */
function hanAddress(run: string): { written: string; host: string } | undefined {
  const labels = run.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split('.');
  // A numbered heading (`1.中国教育`) has only digits before its dot.
  if (labels.slice(0, -1).every((label) => /^\d+$/.test(label))) return undefined;
  const last = [...labels.at(-1)!];
  let cut = last.length;
  if (!isChineseScriptTld(last.join(''))) {
    cut = last.length - 1;
    while (cut > 0 && !(isChineseScriptTld(last.slice(0, cut).join('')) && sayItIsASite(last.slice(cut).join('')))) cut--;
    if (cut === 0) return undefined;
  }
  const written = run.slice(0, run.length - last.slice(cut).join('').length);
  const host = domainToASCII(written.replace(/^[a-z][a-z0-9+.-]*:\/\//i, ''));
  return host ? { written, host } : undefined;
}

/**
 * A host as the editor should read it: in Chinese characters when it was
 * written so, else as the browser sends it (a look-alike Cyrillic о stays
 * visible as punycode).
 */
function readableHost(host: string): string {
  const unicode = domainToUnicode(host);
  return unicode.split('.').every((label) => /^(?:[a-z0-9-]+|\p{Script=Han}+)$/u.test(label)) ? unicode : host;
}

/** A number's digits as dialled within China: `+86 20 …`, `0086 20 …` and `020-…` are one number. */
function dialled(phone: string): string {
  let digits = phone.replace(/\D/g, '');
  if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.startsWith('86') && digits.length >= 12) digits = digits.slice(2);
  return digits.replace(/^0+/, '');
}

/**
 * One link's verdict; undefined when its words and address agree, or the
 * words are no address and claim no official site. `official`: the hosts
 * beyond the government and education ones that the site trusts.
 */
export function deceptiveLink(words: string, href: string, official: OfficialSites = NO_SETTINGS): DeceptiveLink | undefined {
  const shown = words.trim();
  let target: URL;
  try {
    target = new URL(href);
  } catch {
    return undefined; // A path on this site: nowhere else to be taken.
  }
  if (target.protocol === 'mailto:') {
    if (!EMAIL.test(shown)) return undefined;
    const actual = safeDecode(target.pathname);
    return actual.toLowerCase() === shown.toLowerCase() ? undefined : { kind: 'email', shown, actual };
  }
  if (target.protocol === 'tel:') {
    if (!PHONE.test(shown)) return undefined;
    const actual = safeDecode(target.pathname);
    return dialled(shown) === dialled(actual) ? undefined : { kind: 'phone', shown, actual };
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return undefined;
  const actual = readableHost(target.hostname);
  const other = shownHosts(shown).find(({ host }) => !sameSite(host, target.hostname));
  if (other) return { kind: 'web', shown: other.written, actual };
  const claim = claimsOfficialSite(shown) ? 'official' : namesOfficialBody(shown) ? 'named' : undefined;
  return claim && !isOfficialAddress(target, official) ? { kind: claim, shown, actual } : undefined;
}

/** Every link in a body's tree whose words show another address than it goes to, or claim an official site it does not go to, with its element. */
export function deceptiveLinks(tree: Root, official: OfficialSites = NO_SETTINGS): { element: Element; link: DeceptiveLink }[] {
  const found: { element: Element; link: DeceptiveLink }[] = [];
  for (const element of elementsOf(tree)) {
    const href = element.tagName === 'a' ? element.properties.href : undefined;
    if (typeof href !== 'string') continue;
    const words = wordsOf(element);
    // An address written bare is its own link (`www.x.cn` → `http://www.x.cn`): its words are the address.
    const written = safeDecode(href);
    if (written === words || written === `http://${words}` || written === `mailto:${words}`) continue;
    const link = deceptiveLink(words, href, official);
    if (link) found.push({ element, link });
  }
  return found;
}
