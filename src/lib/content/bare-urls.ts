/**
 * Bare addresses in Markdown end where the address ends. GFM turns
 * `www.moe.gov.cn` and `https://…` written in running text into links, and
 * stops only at a space or ASCII punctuation; Chinese text has neither, so
 * `（www.moe.gov.cn）公开发布的原文为准` became one link over the rest of the
 * sentence, with the Chinese in its address. An address is ASCII: the link
 * keeps what is ASCII (less trailing punctuation) and the rest is text again.
 */

/** Characters a bare address may hold (RFC 3986's, printable ASCII without quotes and angle brackets). */
const URL_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/;
/** Punctuation that ends a sentence rather than an address, as GFM drops it. */
const TRAILING = new Set(['.', ',', ':', ';', '!', '?', "'", '"', ')', ']']);

/**
 * `address` without its trailing punctuation, found from the end: the
 * regular expression it replaces (`/[.,…]+$/`) tried every dot of a long
 * run up to the letter after it, which took seconds over 40,000 dots.
 */
function withoutTrailing(address: string): string {
  let end = address.length;
  while (end > 0 && TRAILING.has(address[end - 1]!)) end -= 1;
  return address.slice(0, end);
}

export interface BareUrlSplit {
  /** The link's new address and text. */
  url: string;
  text: string;
  /** What follows the address, back as text. */
  rest: string;
}

/**
 * For a link GFM made from a bare address (its text is its address, without
 * the scheme GFM added), the part that is the address and what follows it;
 * undefined when the link is fine as it is or was written as a link.
 */
export function splitBareUrl(url: string, text: string): BareUrlSplit | undefined {
  const scheme = url.slice(0, url.length - text.length);
  if (!url.endsWith(text) || !['', 'http://', 'https://', 'mailto:'].includes(scheme)) return undefined;
  const address = withoutTrailing(URL_CHARS.exec(text)?.[0] ?? '');
  if (address === text || !/[A-Za-z0-9]/.test(address)) return undefined;
  return { url: `${scheme}${address}`, text: address, rest: text.slice(address.length) };
}

/** The part of a Sätteri MDAST link node and visitor context the plugin uses. */
interface LinkNode {
  url: string;
  children: readonly { type: string; value?: string }[];
}
interface NodeReplacer {
  replaceNode(node: never, replacement: never): void;
}

/** A Sätteri MDAST plugin (astro.config.mjs) that ends every bare address where the address ends. */
export function bareUrlsPlugin() {
  return {
    name: 'bare-urls',
    link: (node: LinkNode, ctx: NodeReplacer) => {
      const only = node.children.length === 1 ? node.children[0] : undefined;
      if (only?.type !== 'text' || typeof only.value !== 'string') return;
      const split = splitBareUrl(node.url, only.value);
      if (!split) return;
      ctx.replaceNode(
        node as never,
        [
          { type: 'link', url: split.url, title: null, children: [{ type: 'text', value: split.text }] },
          { type: 'text', value: split.rest },
        ] as never,
      );
    },
  };
}
