import type { Element, ElementContent, Root } from 'hast';
import { datesNamedIn } from '../dates/dates-in-words.ts';

/** Where the text is not prose to wrap: code shows what was typed, and a <time> is a date already. */
const NOT_PROSE = new Set(['code', 'pre', 'kbd', 'samp', 'time']);

/**
 * The dates an editor's body names (例如“2023年11月18日 9:30”, 11月25日前报送) as `<time datetime>`
 * elements, as the site marks its own and an entry's title (src/lib/dates/dates-in-words.ts):
 * global.css keeps a <time> whole, and a phone broke the submission page's example as
 * 2023年11月18 / 日. Runs on the sanitised tree: the elements are the site's, not the editor's.
 * Changes `tree` in place and returns it.
 */
export function markDatesInBody(tree: Root): Root {
  markWithin(tree);
  return tree;
}

function markWithin(parent: Root | Element): void {
  parent.children = parent.children.flatMap((child): ElementContent[] => {
    if (child.type === 'text') return datedNodes(child.value);
    if (child.type === 'element' && !NOT_PROSE.has(child.tagName)) markWithin(child);
    return [child as ElementContent];
  });
}

function datedNodes(text: string): ElementContent[] {
  return datesNamedIn(text).flatMap((part): ElementContent[] =>
    typeof part === 'string'
      ? [{ type: 'text', value: part }]
      : [
          {
            type: 'element',
            tagName: 'time',
            properties: { dateTime: part.datetime },
            children: [{ type: 'text', value: part.text }],
          },
          // The line may break after it: keep-all (global.css) took 举行 as one word with 2023年11月14日.
          { type: 'element', tagName: 'wbr', properties: {}, children: [] },
        ],
  );
}
