import { defaultSchema, type Schema } from 'hast-util-sanitize';

/**
 * What an article body may contain once it is HTML: GitHub's README
 * allowlist (hast-util-sanitize's default schema), narrowed to what articles
 * on this site need. Everything else is removed by the sanitiser and reported
 * by `npm run check` (see unsafe-body.ts), so an editor learns of it.
 *
 * Differences from GitHub's schema, each tighter except the first:
 * - figure and figcaption are allowed (a photo with its caption and credit);
 * - no picture/source: `srcset` URLs are not checked for their scheme;
 * - links may use http, https, mailto and tel only (GitHub also allows irc and xmpp);
 * - no microdata (itemprop, itemscope, itemtype): the page is itself an
 *   item (itemscope on <html>, read by WeChat's share preview), and a body's
 *   `<a itemprop="image" href=…>` added a second name and picture to it;
 * - script, style and the other elements whose text is code or markup are
 *   removed with their content, not unwrapped into visible text.
 */
const PICTURE_ELEMENTS = new Set(['picture', 'source']);
const MICRODATA = new Set(['itemProp', 'itemScope', 'itemType']);
type Attributes = NonNullable<Schema['attributes']>;

function withoutMicrodata(attributes: Attributes): Attributes {
  const keep = (entry: Attributes[string][number]) => !MICRODATA.has(Array.isArray(entry) ? String(entry[0]) : entry);
  return Object.fromEntries(Object.entries(attributes).map(([tag, list]) => [tag, list.filter(keep)]));
}

export const BODY_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => !PICTURE_ELEMENTS.has(tag)), 'figure', 'figcaption'],
  attributes: withoutMicrodata(defaultSchema.attributes ?? {}),
  protocols: {
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
    longDesc: ['http', 'https'],
  },
  strip: [
    'script',
    'style',
    'template',
    'noscript',
    'textarea',
    'title',
    'xmp',
    'noembed',
    'noframes',
    'iframe',
    'object',
    'svg',
    'math',
  ],
};

/** The prefix the sanitiser puts before editors' ids and names, so that they cannot clobber the page's own. */
export const CLOBBER_PREFIX = BODY_SCHEMA.clobberPrefix ?? '';

/** Attributes whose value is a URL, as hast names them. */
export const URL_PROPERTIES = new Set(Object.keys(BODY_SCHEMA.protocols ?? {}));

/** Elements allowed in a body, by tag name. */
export const ALLOWED_ELEMENTS = new Set(BODY_SCHEMA.tagNames ?? []);

/** Elements removed together with everything inside them. */
export const STRIPPED_ELEMENTS = new Set(BODY_SCHEMA.strip ?? []);
