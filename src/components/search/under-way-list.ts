import { fillMessage } from '../../lib/search/result-view.ts';
import { readSpans, spanInWords, UNDER_WAY_SHOWN, underWayOn, type UnderWaySpan } from '../../lib/search/under-way.ts';

/** What the search page knows of the list (src/pages/search.astro): where it is, and its words. */
export interface UnderWayConfig {
  href: string;
  /** A span's days after its title, `{dates}` filled in. */
  dates: string;
  /** After the first UNDER_WAY_SHOWN, `{count}` filled in. */
  more: string;
  /** For screen readers, after the status, once the list is there: `{count}` filled in. */
  said: string;
}

/**
 * The box under the search status that names the events over several days
 * under way on a day no event begins on. The list is fetched the first time
 * such a day is asked for; a later query that names none hides the box, and
 * an answer that comes after the next query was asked is dropped.
 */
export function underWayList(
  box: HTMLElement,
  config: UnderWayConfig,
  /** Text as nodes, each date in it kept whole on a line (the search page's own, for its results). */
  withDates: (text: string) => Node[],
  /** The status line, which screen readers hear: the list comes after it was said. */
  status: HTMLElement,
): (day: string | undefined) => Promise<void> {
  const list = box.querySelector('ul')!;
  const more = box.querySelector<HTMLElement>('[data-search-under-way-more]')!;
  let spans: Promise<UnderWaySpan[]> | undefined;
  let asked = 0;
  return async (day) => {
    const ask = ++asked;
    box.hidden = true;
    if (day === undefined) return;
    spans ??= fetch(config.href)
      .then((response) => (response.ok ? response.json() : []))
      .then(readSpans)
      .catch(() => {
        spans = undefined;
        return [];
      });
    const under = underWayOn(day, await spans);
    if (ask !== asked || under.length === 0) return;
    list.replaceChildren(
      ...under.slice(0, UNDER_WAY_SHOWN).map((span) => {
        const item = document.createElement('li');
        const link = Object.assign(document.createElement('a'), { href: span[3] });
        link.append(...withDates(span[2]));
        item.append(link, ...withDates(fillMessage(config.dates, { dates: spanInWords(span) })));
        return item;
      }),
    );
    more.textContent = fillMessage(config.more, { count: under.length - UNDER_WAY_SHOWN });
    more.hidden = under.length <= UNDER_WAY_SHOWN;
    box.hidden = false;
    // The status was set before the list came: a sentence added to it, heard and not seen, says the list is there.
    const said = Object.assign(document.createElement('span'), {
      className: 'visually-hidden',
      textContent: fillMessage(config.said, { count: under.length }),
    });
    status.append(said);
  };
}
