import { HTMLElement, parse, TextNode, type Node } from 'node-html-parser';
import { ADDED_WORDS_END, ADDED_WORDS_START } from './synonym-marks.ts';
import data from './synonyms.json' with { type: 'json' };

/**
 * Search that understands plain words: the words a page does not use but a
 * resident may type for what it does say (老人 for 长者, 统计表 for 数据).
 * Applied when indexing (scripts/search-index.ts hands Pagefind a copy of
 * each page with them added), not when searching: a query stays one
 * Pagefind search, so its ranking holds, and the pages readers get are
 * unchanged. The list is data: src/lib/search/synonyms.json.
 */
export type SynonymGroups = readonly (readonly string[])[];

export const SYNONYM_GROUPS: SynonymGroups = data.groups;

/**
 * A word a text gets when it uses one of its narrower words, and not the
 * other way: a page on a 星期六 is at the 周末 a resident asks for, a page
 * that says 周末 is not on a 星期六.
 */
export interface BroaderWord {
  readonly word: string;
  readonly narrower: readonly string[];
}

export const BROADER_WORDS: readonly BroaderWord[] = Object.entries(data.broader).map(([word, narrower]) => ({ word, narrower }));

/**
 * Whether the text uses the word. A Latin abbreviation (AI) counts only as a
 * word of its own, not inside another (EMAIL, MAIN); Chinese has no spaces,
 * so a Chinese word counts wherever it appears.
 */
export function usesWord(text: string, word: string): boolean {
  if (!/^[A-Z]+$/.test(word)) return text.includes(word);
  return new RegExp(`(?<![A-Za-z])${word}(?![A-Za-z])`).test(text);
}

/** Words added to a text that uses one of `uses`: a group gives its own words, a broader word itself. */
interface Rule {
  uses: readonly string[];
  adds: readonly string[];
}

const rulesOf = (groups: SynonymGroups, broader: readonly BroaderWord[]): Rule[] => [
  ...groups.map((group) => ({ uses: group, adds: group })),
  ...broader.map(({ word, narrower }) => ({ uses: narrower, adds: [word] })),
];

const usesAny = (text: string, rule: Rule) => rule.uses.some((word) => usesWord(text, word));

function wordsAdded(text: string, rules: readonly Rule[]): string[] {
  const added: string[] = [];
  for (const rule of rules) {
    if (!usesAny(text, rule)) continue;
    for (const word of rule.adds) if (!usesWord(text, word) && !added.includes(word)) added.push(word);
  }
  return added;
}

/** Words of every group the text touches that the text does not already contain, and the broader words of its words. */
export function synonymsFor(
  text: string,
  groups: SynonymGroups = SYNONYM_GROUPS,
  broader: readonly BroaderWord[] = BROADER_WORDS,
): string[] {
  return wordsAdded(text, rulesOf(groups, broader));
}

/**
 * The copy of a page that the index reads: after the first piece of indexed
 * text (inside data-pagefind-body, outside data-pagefind-ignore) that uses a
 * word of a group, the group's other words, in the same element, between the
 * marks of synonym-marks.ts. A synonym then weighs what the word it stands for
 * weighs there (a heading more than body text), and the page's ranking holds. The page itself (in dist/) is not
 * changed; a page Pagefind leaves out, or that needs no words, is returned as it is.
 */
export function withSynonyms(
  html: string,
  groups: SynonymGroups = SYNONYM_GROUPS,
  broader: readonly BroaderWord[] = BROADER_WORDS,
): string {
  if (!html.includes('data-pagefind-body')) return html;
  const root = parse(html, { comment: true });
  let changed = false;
  // Each group once, where the page first uses it (its title or lead, mostly): the
  // words count without making the page longer than it needs, which would lower its
  // rank for every other word.
  let unused = rulesOf(groups, broader);
  const visit = (node: Node) => {
    if (node instanceof TextNode) {
      const touched = unused.filter((rule) => usesAny(node.text, rule));
      unused = unused.filter((rule) => !touched.includes(rule));
      const words = wordsAdded(node.text, touched);
      if (words.length) {
        // Marked, so that the search page can leave them out of the excerpts readers see (synonym-marks.ts).
        node.rawText = `${node.rawText} ${ADDED_WORDS_START}${words.join(' ')}${ADDED_WORDS_END} `;
        changed = true;
      }
    } else if (
      node instanceof HTMLElement &&
      !node.hasAttribute('data-pagefind-ignore') &&
      !UNINDEXED.has(node.rawTagName?.toLowerCase())
    ) {
      for (const child of node.childNodes) visit(child);
    }
  };
  const bodies = root.querySelectorAll('[data-pagefind-body]');
  // Pagefind titles a result by its first heading: keep that as the page has it.
  const title = root.querySelector('[data-pagefind-meta^="title"]') ? undefined : bodies[0]?.querySelector('h1')?.text.trim();
  for (const body of bodies) visit(body);
  if (!changed) return html;
  if (title)
    bodies[0]!.insertAdjacentHTML(
      'beforeend',
      `<span hidden data-pagefind-ignore><span data-pagefind-meta="title">${escapeHtml(title)}</span></span>`,
    );
  return root.toString();
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Elements whose text is code or styling, never words. */
const UNINDEXED = new Set(['script', 'style', 'template', 'svg']);
