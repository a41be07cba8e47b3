/**
 * The two filing numbers a site in China shows, and where a reader checks
 * them: the ICP filing on MIIT's site (one search page for every number),
 * the public-security filing on the Ministry of Public Security's site,
 * queried by the number's 14 digits.
 */

/** MIIT's ICP filing search (工业和信息化部政务服务平台). */
export const ICP_QUERY_URL = 'https://beian.miit.gov.cn/';

/** `粤公网安备 44010402000001号` → `44010402000001`; undefined when the text is not such a number. */
export function publicSecurityNumber(text: string): string | undefined {
  return /^\p{Script=Han}公网安备\s*(\d{14})\s*号$/u.exec(text.trim())?.[1];
}

/** The public-security filing's own page (全国互联网安全管理平台), by its number. */
export function publicSecurityQueryUrl(number: string): string {
  return `https://beian.mps.gov.cn/#/query/webSearch?code=${number}`;
}

/**
 * A filing's text cut where its number starts (粤公网安备 | 44010402000001号,
 * 粤ICP备 | 12345678号-1), or whole when it has none: the footer lets a line
 * break there, where a phone would otherwise break inside the number.
 */
export function filingParts(text: string): string[] {
  const at = text.search(/\d/);
  return at > 0 ? [text.slice(0, at), text.slice(at)] : [text];
}
