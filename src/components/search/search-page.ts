/**
 * The /search/ page in the browser: reads the query and filters from the URL,
 * loads Pagefind (only now: no other page fetches it), normalises the query
 * (src/lib/search) and renders results as the site's cards. Strings, the
 * card markup and Pagefind's address (under the site's base path) come from
 * the page's HTML.
 */
import {
  normalizeQuery,
  searchedAs,
  wordsAsPagesSayThem,
  type NormalizedQuery,
  type ToSimplified,
} from '../../lib/search/normalize-query.ts';
import {
  chineseWordSegmenter,
  filterCountsOfAny,
  mergeWordResults,
  partialMatchMessage,
  queryWords,
  wordsToSearchAlone,
  keepingNames,
  wholeQueryTerms,
  searchTermOf,
  type PartialMatch,
  type PartialMessages,
} from '../../lib/search/partial-match.ts';
import { charactersLeftOut, withoutWordsApart } from '../../lib/search/left-out-characters.ts';
import {
  kindNamedAlone,
  matchShortcuts,
  MAX_SHORTCUTS,
  namedPlaces,
  placeCountiesAsked,
  placeNamedAlone,
  placeReportAsked,
  putFirst,
  shortcutsShown,
  type PlaceShortcuts,
  type SearchShortcut,
} from '../../lib/search/shortcut-match.ts';
import { asksWhen } from '../../lib/search/asks-when.ts';
import { dayAnswer, quietDaysNote, type CalendarDays } from '../../lib/search/day-named.ts';
import { underWayList, type UnderWayConfig } from './under-way-list.ts';
import { readingHelp } from './reading-help.ts';
import { namesWeekAlone, themeShortcut, weekShortcut, type WeekLink } from '../../lib/search/week-named.ts';
import type { DatedText } from '../../lib/dates/index.ts';
import { FACT_SEPARATOR, splitAtHeldDots } from '../../lib/fact-separator.ts';
import { datesNamedIn } from '../../lib/dates/dates-in-words.ts';
import { ITEM_FACTS_META, itemStateAt, parseItemFacts, tonightAnchor, type ItemState } from '../../lib/search/item-facts.ts';
import {
  excerptParts,
  fillMessage,
  orderFilterValues,
  resultCard,
  resultFacts,
  type ResultCard,
  type ResultMeta,
  type SubResult,
} from '../../lib/search/result-view.ts';
import {
  activeFilterCount,
  FILTER_KEYS,
  pagefindOptions,
  parseSearchParams,
  toSearchParams,
  type FilterKey,
  type SearchState,
} from '../../lib/search/search-state.ts';
import { namesYear, newerYearsFirst } from '../../lib/search/newer-years-first.ts';
import { sharedSearch } from '../../lib/search/shared-search.ts';
import { pagefindWorkerPolicy, type TrustedTypesFactory } from '../../lib/security/trusted-types.ts';
import { T2S_TABLE_FILE, t2sConverter, type T2sTable } from '../../lib/search/t2s-table.ts';
import { fromWordless } from '../../lib/search/wordless-meta.ts';
import { placeBreakPieces } from '../../lib/search/place-break.ts';
import { answerPieces } from '../../lib/search/quoted-words.ts';

const PAGE_SIZE = 10;

type FilterCounts = Record<string, Record<string, number>>;
interface ResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text. */
  content: string;
  meta: ResultMeta;
  sub_results?: SubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  totalFilters?: FilterCounts;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options: object): Promise<PagefindSearch | null>;
}
interface PageConfig {
  /** Pagefind's folder, `/pagefind/` or `/zt/xxzq/pagefind/`. */
  pagefind: string;
  /** The site's base path: Pagefind prefixes result URLs with it. */
  base: string;
  regionShortNames: Record<string, string>;
  /** Places spelled in pinyin (guangzhou → 广州). */
  regionPinyin: Record<string, string>;
  shortcuts: SearchShortcut[];
  /** Words the index gives a page whole (无障碍), kept whole when a query is searched word by word. */
  keptWhole: string[];
  /** Words that ask how to read the site bigger (字太小): the header's switches, said above the results. */
  readingHelp: string[];
  /** The kinds of page a query that says when asks for first (events, lighting), as the type filter names them. */
  timedKinds: string[];
  /** The kind of page a query that asks when the week is, and names nothing else, asks for first (the notices). */
  weekDatesKind: string;
  /** Each city's and county's events, for a query that asks for a place's events alone. */
  places: PlaceShortcuts;
  calendar: CalendarDays;
  /** The week's days in the events calendar, for a query that asks when it is. */
  week: WeekLink;
  /** The week's theme on the home page, for a query that asks it. */
  theme: WeekLink;
  /** The events over several days, for a day no event begins on. */
  underWay: UnderWayConfig;
  filterLabels: Record<FilterKey, string>;
  filterOrder: Partial<Record<FilterKey, string[]>>;
  messages: Record<
    | 'loading'
    | 'found'
    | 'converted'
    | 'respelled'
    | 'empty'
    | 'noResults'
    | 'unavailable'
    | 'morePlaces'
    | 'sentenceEnd'
    | 'quietDays',
    string
  >;
  partial: PartialMessages;
  /** What a page of items' result says of an item's state (the lighting page's badge), and its link to tonight's items. */
  items: Record<ItemState | 'jumpTonight', string>;
  /** The week's year (site.json's `year`): its page comes first among a page's years. */
  weekYear: number;
  /** The page's name, and the same with a query (`搜索“{query}”`). */
  heading: string;
  titled: string;
}

function need<T extends Element>(selector: string): T {
  const el = document.querySelector<T>(selector);
  if (!el) throw new Error(`search page: missing ${selector}`);
  return el;
}

export function startSearchPage(): void {
  // Before Pagefind makes its search worker from a string (new Worker(url)), which the page's Trusted Types
  // refuse without this policy. The base as the build wrote it into this file, not as the page says.
  pagefindWorkerPolicy((window as { trustedTypes?: TrustedTypesFactory }).trustedTypes, () => location.href, import.meta.env.BASE_URL);
  const config = JSON.parse(need('#search-config').textContent ?? '{}') as PageConfig;
  const form = need<HTMLFormElement>('[data-search-form]');
  const input = need<HTMLInputElement>('#search-q');
  const filtersBox = need<HTMLDetailsElement>('[data-search-filters]');
  const groups = need<HTMLElement>('[data-filter-groups]');
  const filterCount = need<HTMLElement>('[data-filter-count]');
  const status = need<HTMLElement>('[data-search-status]');
  const answer = need<HTMLElement>('[data-search-answer]');
  const list = need<HTMLOListElement>('[data-search-results]');
  const shortcuts = need<HTMLElement>('[data-search-shortcuts]');
  const showReadingHelp = readingHelp(need<HTMLElement>('[data-search-reading-help]'), config.readingHelp);
  const showUnderWay = underWayList(
    need<HTMLElement>('[data-search-under-way]'),
    config.underWay,
    (text) => wordsWithDates(text),
    status,
  );
  const more = need<HTMLButtonElement>('[data-search-more]');
  const moreRow = need<HTMLElement>('[data-search-more-row]');
  const none = need<HTMLElement>('[data-search-none]');
  const resultTemplate = need<HTMLTemplateElement>('[data-result-template]');
  const filterTemplate = need<HTMLTemplateElement>('[data-filter-template]');
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  const ogUrl = document.querySelector<HTMLMetaElement>('meta[property="og:url"]');
  // The card's title: Open Graph, and the microdata WeChat reads.
  const cardTitles = [...document.querySelectorAll<HTMLMetaElement>('meta[property="og:title"], meta[itemprop="name"]')];
  const printSource = document.querySelector<HTMLElement>('.print-source');
  const built = {
    canonical: canonical?.getAttribute('href') ?? `${location.origin}${location.pathname}`,
    title: document.title,
    cardTitle: cardTitles[0]?.content ?? '',
    source: printSource?.textContent ?? '',
  };

  /** The query in the tab's title, the canonical address, the shared card and the printed source line; all as text. */
  function showQueryInHead(q: string) {
    const head = { canonical: built.canonical, title: built.title, heading: config.heading, titled: config.titled };
    const shared = sharedSearch(head, q);
    document.title = shared?.title ?? built.title;
    canonical?.setAttribute('href', shared?.url ?? built.canonical);
    ogUrl?.setAttribute('content', shared?.url ?? built.canonical);
    for (const meta of cardTitles) meta.setAttribute('content', shared?.shareTitle ?? built.cardTitle);
    if (printSource) printSource.textContent = shared ? built.source.replace(built.canonical, () => shared.printed) : built.source;
  }

  let state: SearchState = parseSearchParams(new URLSearchParams(location.search));
  let pagefind: Promise<Pagefind> | undefined;
  let converter: Promise<ToSimplified | undefined> | undefined;
  let generation = 0;
  let pending: PagefindResult[] = [];
  /** What the results shown were searched with: a page of items' result searches the query's words again. */
  let asked: { pf: Pagefind; terms: string } | undefined;
  // The names of kinds of pages (学习之星), the words the index gives a page whole (无障碍), and the names that
  // hold a place's but are another place's (中山大学, whose 中山 is no city) are kept whole when a query is
  // searched word by word.
  const browserSegmenter = chineseWordSegmenter();
  const segment =
    browserSegmenter &&
    keepingNames(browserSegmenter, [
      ...config.shortcuts.filter((shortcut) => shortcut.kind).flatMap((shortcut) => [shortcut.label, ...shortcut.words]),
      ...config.keptWhole,
      ...config.places.lookalikes,
    ]);

  // A city or county a query names leads its word-by-word results (请问深圳有没有…读书会: 深圳's first).
  const placesNamed = namedPlaces(config.places);

  // A plain string, not a template in import(): Vite would wrap that in its module-preload helper.
  const pagefindModule = `${config.pagefind}pagefind.js`;
  const loadPagefind = () =>
    (pagefind ??= import(/* @vite-ignore */ pagefindModule).then(async (pf: Pagefind) => {
      await pf.options({ excerptLength: 36, baseUrl: config.base });
      await pf.init();
      // Until its filter index is loaded, Pagefind answers a search with no filter in it with empty
      // filter counts, and the filter panel would offer nothing: load it with the rest.
      await pf.filters();
      return pf;
    }));
  // The Traditional→Simplified table is only fetched for queries with Han characters.
  const loadConverter = () =>
    (converter ??= fetch(`${config.pagefind}${T2S_TABLE_FILE}`)
      .then((r) => (r.ok ? (r.json() as Promise<T2sTable>) : undefined))
      .then((table) => (table ? t2sConverter(table) : undefined))
      .catch(() => undefined));

  function setPhase(phase: 'loading' | 'results' | 'none' | 'empty' | 'error', message: string) {
    answer.dataset.state = phase;
    // Each word quoted from the query in an element of its own, which the page keeps whole on a line.
    status.replaceChildren(
      ...answerPieces(message).map(({ text, quoted }) => {
        if (!quoted) return text;
        const word = document.createElement('span');
        word.className = 'search-status__quoted';
        word.textContent = text;
        return word;
      }),
    );
    none.hidden = phase !== 'none';
    if (phase !== 'results' && phase !== 'none') {
      shortcuts.hidden = true;
      showReadingHelp('');
      void showUnderWay(undefined);
    }
    if (phase !== 'results') {
      list.replaceChildren();
      moreRow.hidden = true;
    }
    if (phase !== 'loading') giveBackRoomUnseen();
  }

  // The answer had a screen's height from the first paint (search-early.js), so that nothing under
  // it would jump when it arrived. The room it does not use goes back when no reader sees a thing
  // move: at once if the answer already reaches the bottom of the screen (what moves up stays
  // below it), else at the reader's next click or key (a move the reader causes is no layout shift).
  const giveBackRoom = () => document.documentElement.setAttribute('data-search', 'shown');
  function giveBackRoomUnseen() {
    if (document.documentElement.getAttribute('data-search') !== 'pending') return;
    const shown = [...answer.children].flatMap((child) => [...child.getClientRects()]);
    const bottom = Math.max(answer.getBoundingClientRect().top, ...shown.map((rect) => rect.bottom));
    if (bottom >= window.innerHeight) giveBackRoom();
  }
  // Not while the answer is still on its way: without its room, its arrival would push down what is under it.
  const giveBackAfterInput = () => {
    if (answer.dataset.state !== undefined && answer.dataset.state !== 'loading') giveBackRoom();
  };
  document.addEventListener('click', giveBackAfterInput);
  document.addEventListener('keydown', giveBackAfterInput);

  function renderFilters(counts: FilterCounts, showCounts = true) {
    const fieldsets: Node[] = [];
    for (const key of FILTER_KEYS) {
      const chosen = state.filters[key] ?? [];
      const available = Object.entries(counts[key] ?? {}).filter(([value, n]) => n > 0 || chosen.includes(value));
      const values = orderFilterValues([...new Set([...available.map(([v]) => v), ...chosen])], config.filterOrder[key]);
      if (values.length === 0) continue;
      const fieldset = filterTemplate.content.firstElementChild!.cloneNode(true) as HTMLFieldSetElement;
      fieldset.querySelector('legend')!.textContent = config.filterLabels[key];
      const chips = fieldset.querySelector('.search-filter__chips')!;
      for (const value of values) {
        const label = document.createElement('label');
        label.className = 'chip';
        const box = Object.assign(document.createElement('input'), {
          type: 'checkbox',
          name: key,
          value,
          checked: chosen.includes(value),
        });
        const text = document.createElement('span');
        const n = counts[key]?.[value];
        text.textContent = n === undefined || !showCounts ? value : `${value}（${n}）`;
        label.append(box, text);
        chips.append(label);
      }
      fieldsets.push(fieldset);
    }
    // The chips are made anew: the one a keyboard or screen-reader user just ticked keeps the focus.
    const focused = document.activeElement;
    const refocus =
      focused instanceof HTMLInputElement && groups.contains(focused) ? { name: focused.name, value: focused.value } : undefined;
    groups.replaceChildren(...fieldsets);
    if (refocus)
      [...groups.querySelectorAll<HTMLInputElement>('input')]
        .find((box) => box.name === refocus.name && box.value === refocus.value)
        ?.focus();
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="sort"]')) radio.checked = radio.value === state.sort;
    const active = activeFilterCount(state);
    filterCount.textContent = active ? `（${active}）` : '';
    if (active || state.sort === 'date') filtersBox.open = true;
  }

  /**
   * Links to the lists the query names (学习之星, 老人 活动), whatever search finds: shown with the answer, so they move nothing.
   * Returns the sentence the status begins with when the query names a day no event begins on (今天, by the reader's clock).
   */
  function renderShortcuts(query: NormalizedQuery): string {
    // As searched: 讲坐, a slip of the input method, asks for the lectures.
    const asked = searchedAs(query);
    const day = dayAnswer(asked, config.weekYear, config.calendar, new Date());
    const week = weekShortcut(asked, config.week);
    const theme = themeShortcut(asked, config.theme);
    const place = placeNamedAlone(query.terms, config.places);
    const report = placeReportAsked(query.terms, config.places);
    const counties = placeCountiesAsked(query.terms, config.places);
    const links = shortcutsShown(
      [day?.shortcut, week, theme, place, report, counties]
        .filter((link) => link !== undefined)
        // In the pages' words too: 我老了 asks for the elderly's list, as 老人 does.
        .concat(matchShortcuts([asked, wordsAsPagesSayThem(asked)], config.shortcuts)),
      place,
      config.places,
    )
      .slice(0, MAX_SHORTCUTS)
      .map(({ href, label }) => {
        // A day's or the week's dates, each kept whole on a line.
        const link = Object.assign(document.createElement('a'), { href });
        link.append(...wordsWithDates(label));
        return link;
      });
    shortcuts.replaceChildren(shortcuts.firstElementChild!, ...links);
    shortcuts.hidden = links.length === 0;
    showReadingHelp(asked);
    // A day none begins on may be in the middle of a reading month: name what is still on (not for a month).
    void showUnderWay(day?.quietDays.find((quiet) => quiet.length === 10));
    return quietDaysNote(config.messages.quietDays, day?.quietDays ?? []);
  }

  /**
   * A page of items (the lighting schedule): each word of the query, as
   * typed (广州塔 whole; a chunk typed without spaces in its words: 佛山亮灯),
   * with the page's sub-results in that word's own search, to tell which
   * items hold it (resultCard's perWord); undefined for any other page.
   */
  async function itemsPerWord(result: PagefindResult, data: ResultData): Promise<{ word: string; subs: SubResult[] }[] | undefined> {
    if (!data.meta.items || !asked) return undefined;
    const { pf, terms } = asked;
    const wordsOf = (chunk: string) => {
      const parts = segment ? queryWords(chunk, segment) : [];
      return parts.length > 0 ? parts : [{ word: chunk }];
    };
    const words = [
      ...new Map(
        terms
          .split(/\s+/u)
          .filter(Boolean)
          .flatMap(wordsOf)
          .map((w) => [w.word, w]),
      ).values(),
    ];
    if (words.length === 1) return [{ word: words[0]!.word, subs: data.sub_results ?? [] }];
    return Promise.all(
      words.map(async (word) => {
        const found = await pf.search(searchTermOf(word), pagefindOptions(state));
        const same = found?.results.find((r) => r.id === result.id);
        return { word: word.word, subs: same ? ((await same.data()).sub_results ?? []) : [] };
      }),
    );
  }

  /** Words with their dates in <time>, which keeps each whole on a line; in an editor's words, a line may break after one (DatedText.astro). */
  function datedNodes(parts: DatedText, inWords = false): Node[] {
    return parts.flatMap((part): Node[] => {
      // Each · on the line of the character before it, as the site's own words (HeldDots.astro).
      if (typeof part === 'string')
        return splitAtHeldDots(part).map((piece, i) =>
          i % 2 === 1
            ? Object.assign(document.createElement('span'), { className: 'dot-held', textContent: piece })
            : document.createTextNode(piece),
        );
      const time = Object.assign(document.createElement('time'), { dateTime: part.datetime, textContent: part.text });
      return inWords ? [time, document.createElement('wbr')] : [time];
    });
  }

  /** An editor's words (a title, a summary, an excerpt) with the dates they name kept whole. */
  const wordsWithDates = (text: string) => datedNodes(datesNamedIn(text), true);

  /**
   * The items a result names, each with its night, hours, state (by the
   * reader's clock, as the lighting page's badge) and place. When several,
   * each is one link to its row, tapped anywhere on it; one alone is the
   * card's own link.
   */
  function placesOf(card: ResultCard, pageUrl: string, now: Date): HTMLElement {
    const several = card.places.length > 1;
    const places = Object.assign(document.createElement('ul'), {
      className: several ? 'result-places result-places--links' : 'result-places',
    });
    const line = (className: string, ...nodes: (Node | string)[]) => {
      const el = document.createElement(several ? 'span' : 'p');
      el.className = className;
      el.append(...nodes);
      return el;
    };
    for (const place of card.places) {
      const state = itemStateAt(place.facts, now);
      const badge = state
        ? [
            ' ',
            Object.assign(document.createElement('span'), {
              className: `result-places__state result-places__state--${state}`,
              textContent: config.items[state],
            }),
          ]
        : [];
      const lines = [
        line('result-places__when', ...datedNodes(place.facts.when), ...badge),
        line('result-places__where', place.facts.where),
      ];
      const li = document.createElement('li');
      if (several) {
        const link = Object.assign(document.createElement('a'), { href: place.href, className: 'result-places__place' });
        link.append(line('result-places__name', place.name), ...lines);
        li.append(link);
      } else li.append(...lines);
      places.append(li);
    }
    if (card.morePlaces > 0) {
      const li = Object.assign(document.createElement('li'), { className: 'result-places__more' });
      li.append(
        Object.assign(document.createElement('a'), {
          href: pageUrl,
          textContent: fillMessage(config.messages.morePlaces, { count: card.morePlaces }),
        }),
      );
      places.append(li);
    }
    return places;
  }

  /** The next batch of results; `fromButton`: the reader asked for it, and moves to the first new result (the button may go). */
  async function showMore(token: number, fromButton = false) {
    const batch = pending.splice(0, PAGE_SIZE);
    const items = await Promise.all(
      batch.map(async (r) => {
        const data = await r.data();
        return { data, perWord: await itemsPerWord(r, data) };
      }),
    );
    if (token !== generation) return;
    // The clock of the reader's phone, as the lighting page's badge reads it.
    const now = new Date();
    for (const { data: item, perWord } of items) {
      const li = resultTemplate.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
      li.dataset.url = item.url;
      const card = resultCard(item, { perWord, sentenceEnd: config.messages.sentenceEnd, now });
      const link = li.querySelector('a')!;
      link.href = card.href;
      // Its dates kept whole on a line, in one span as the site's own titles (DatedWords.astro).
      const title = document.createElement('span');
      title.append(...wordsWithDates(card.title));
      link.replaceChildren(title);
      const img = li.querySelector('img')!;
      const picture = fromWordless(item.meta.image ?? '');
      if (picture) img.src = picture;
      else img.remove();
      // The date kept whole on a line, as the site's own cards keep theirs (global.css, time).
      const facts = resultFacts(item.meta).map((fact) =>
        fact === item.meta.date
          ? Object.assign(document.createElement('span'), { className: 'result-card__date', textContent: fact })
          : fact,
      );
      // A place breaks between its city and county, as the site's own cards let it (PlaceName.astro).
      const drawn = facts.map((fact) =>
        typeof fact === 'string'
          ? placeBreakPieces(fact).flatMap((piece, i) => (i > 0 ? [document.createElement('wbr'), piece] : [piece]))
          : [fact],
      );
      li.querySelector('.result-card__meta')!.replaceChildren(
        ...drawn.flatMap((fact, i) => (i > 0 ? [FACT_SEPARATOR, ...fact] : fact)),
      );
      const text = li.querySelector('.result-card__text')!;
      const body = card.text;
      // The dates its words name kept whole on a line, as on the page itself (src/lib/markdown/dates-in-body.ts).
      if (!body) text.replaceWith(placesOf(card, item.url, now));
      else if (body.marked)
        text.replaceChildren(
          ...excerptParts(body.text).flatMap((part) => {
            const words = wordsWithDates(part.text);
            if (!part.marked) return words;
            const mark = document.createElement('mark');
            mark.append(...words);
            return [mark];
          }),
        );
      else text.replaceChildren(...wordsWithDates(body.text));
      // During the week: a link to tonight's items, whatever the query named (今晚 哪里亮灯).
      const tonight = item.meta.items ? tonightAnchor(parseItemFacts(item.meta[ITEM_FACTS_META]), now) : undefined;
      if (tonight) {
        const jump = Object.assign(document.createElement('p'), { className: 'result-card__tonight' });
        jump.append(
          Object.assign(document.createElement('a'), { href: `${item.url}#${tonight}`, textContent: config.items.jumpTonight }),
        );
        li.querySelector('.result-card__body')!.append(jump);
      }
      list.append(li);
      if (fromButton && item === items[0]!.data) link.focus();
    }
    moreRow.hidden = pending.length === 0;
  }

  /** The query as Pagefind searches it whole: 残疾人的活动 as 残疾人 活动, not 残疾 and 人的; 广州有亮灯 as 广州 亮灯 (wholeQueryTerms). */
  function searchedWhole(terms: string): string {
    return segment && terms ? wholeQueryTerms(terms, segment) : terms;
  }

  /**
   * Pagefind's results for the terms, or none when it did not find them as
   * typed (left-out-characters.ts): when it left out a character of them (it
   * wants the others on every result, so the first result tells); without
   * the first page's results (which the page loads to show anyway) that hold
   * a word of them only as its characters apart, and none when all do.
   */
  async function foundAsTyped(results: PagefindResult[], terms: string): Promise<PagefindResult[]> {
    const first = results[0];
    if (!first || !/\p{Script=Han}/u.test(terms)) return results;
    const firstData = await first.data();
    if (charactersLeftOut(terms, firstData).length > 0) return [];
    if (!segment) return results;
    const pages = await Promise.all(results.slice(0, PAGE_SIZE).map((result) => result.data()));
    return withoutWordsApart(results, pages, terms, segment, config.places.lookalikes);
  }

  /**
   * No page holds every word of the query: each word searched alone, the
   * pages holding the most of them first (src/lib/search/partial-match.ts).
   * The filters offered are the values some result has, without counts,
   * which the words' searches cannot give for their union.
   */
  async function searchWordByWord(pf: Pagefind, terms: string) {
    const words = segment ? wordsToSearchAlone(terms, segment) : [];
    if (words.length === 0) return undefined;
    const searches = await Promise.all(words.map((word) => pf.search(searchTermOf(word), pagefindOptions(state))));
    const found = await Promise.all(words.map((word, i) => foundAsTyped(searches[i]?.results ?? [], word.word)));
    const match: PartialMatch<PagefindResult> = mergeWordResults(
      words.map((word, i) => ({ ...word, results: found[i]! })),
      placesNamed,
    );
    return { match, filters: filterCountsOfAny(searches.map((s, i) => (found[i]!.length > 0 ? (s?.totalFilters ?? {}) : {}))) };
  }

  /**
   * A query that names a kind of page and nothing else (学习之星, 书单): the
   * pages of that kind first, then the others that hold the words, unless
   * the reader chose kinds or sorts by date. One that asks when the week is
   * and names nothing else (活动周是哪天; `asked`: the query as searched): the
   * notices, which give its dates. One that says when (周末带老人去哪): the
   * events and the lighting schedule first (src/lib/search/asks-when.ts).
   */
  async function kindFirst(pf: Pagefind, terms: string, results: PagefindResult[], asked = terms) {
    if (state.sort !== 'relevance' || state.filters.type?.length || results.length === 0) return results;
    const named = kindNamedAlone(terms, config.shortcuts);
    const weekDates = weekShortcut(asked, config.week) !== undefined && namesWeekAlone(terms);
    const kinds = named ? [named] : weekDates ? [config.weekDatesKind] : asksWhen(terms) ? config.timedKinds : [];
    if (kinds.length === 0) return results;
    const options = pagefindOptions(state);
    const ofKind = await pf.search(searchedWhole(terms), { ...options, filters: { ...options.filters, type: { any: kinds } } });
    return putFirst(results, ofKind?.results ?? []);
  }

  /**
   * The same page of several years among the first two pages' worth of
   * results, the week's year first (newer-years-first.ts), unless the reader
   * sorts by date or names a year. Their addresses are in their data, which
   * showing them loads anyway.
   */
  async function weekYearFirst(results: PagefindResult[], query: string) {
    if (state.sort !== 'relevance' || namesYear(query)) return results;
    const head = results.slice(0, PAGE_SIZE * 2);
    const urls = new Map(await Promise.all(head.map(async (r) => [r, (await r.data()).url] as const)));
    return [...newerYearsFirst(head, (r) => urls.get(r)!, config.weekYear), ...results.slice(head.length)];
  }

  async function run() {
    const token = ++generation;
    const raw = state.q;
    showQueryInHead(raw);
    setPhase('loading', config.messages.loading);
    try {
      const hasHan = /\p{Script=Han}/u.test(raw);
      const [pf, toSimplified] = await Promise.all([loadPagefind(), hasHan ? loadConverter() : undefined]);
      const query = normalizeQuery(raw, {
        toSimplified,
        regionShortNames: config.regionShortNames,
        regionPinyin: config.regionPinyin,
        now: new Date(),
      });
      if (token !== generation) return;
      if (!query.terms && activeFilterCount(state) === 0) {
        renderFilters(await pf.filters());
        if (token === generation) setPhase('empty', config.messages.empty);
        return;
      }
      const searched = searchedWhole(query.terms);
      const search = await pf.search(searched || null, pagefindOptions(state));
      if (token !== generation || !search) return;
      const shown = query.display || Object.values(state.filters).flat().join('、');
      const whole = await foundAsTyped(search.results, searched);
      if (token !== generation) return;
      const partial = whole.length === 0 ? await searchWordByWord(pf, searched) : undefined;
      if (token !== generation) return;
      // A query not found as typed (a character left out, words only apart) has found nothing: no chip counts its results.
      const counts = whole.length > 0 ? (search.totalFilters ?? (await pf.filters())) : {};
      renderFilters(partial ? partial.filters : counts, !partial);
      // Searched word by word, the words found may name a kind alone (聋哑人学习之星: 学习之星 was): that kind first too.
      const results = await weekYearFirst(
        partial
          ? await kindFirst(pf, partial.match.found.join(' '), partial.match.results)
          : await kindFirst(pf, query.terms, whole, searchedAs(query)),
        // As searched: 去年 names a year too (2025年, by the reader's clock).
        query.terms,
      );
      if (token !== generation) return;
      if (results.length === 0) {
        const dayNote = renderShortcuts(query);
        setPhase('none', dayNote + fillMessage(config.messages.noResults, { query: shown }));
        return;
      }
      list.replaceChildren();
      pending = [...results];
      asked = { pf, terms: query.terms };
      const found = partial
        ? partialMatchMessage(config.partial, shown, partial.match)
        : fillMessage(config.messages.found, { count: results.length, query: shown });
      // Traditional characters converted, or a slip of the input method mended (图书管): what was searched.
      const converted = query.convertedScript
        ? ` ${fillMessage(config.messages.converted, { query: searchedAs(query) })}`
        : query.respelled
          ? ` ${fillMessage(config.messages.respelled, { query: searchedAs(query) })}`
          : '';
      await showMore(token);
      if (token !== generation) return;
      // The day first: the results hold the query's words (活动), not that day's events.
      const dayNote = renderShortcuts(query);
      setPhase('results', dayNote + found + converted);
    } catch (error) {
      console.error(error);
      if (token === generation) setPhase('error', config.messages.unavailable);
    }
  }

  function readForm(): SearchState {
    const data = new FormData(form);
    const filters: SearchState['filters'] = {};
    for (const key of FILTER_KEYS) {
      const values = data.getAll(key).map(String);
      if (values.length) filters[key] = values;
    }
    return { q: input.value, filters, sort: data.get('sort') === 'date' ? 'date' : 'relevance' };
  }

  function update(push: boolean) {
    state = readForm();
    const params = toSearchParams(state).toString();
    const url = `${location.pathname}${params ? `?${params}` : ''}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void run();
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    update(true);
  });
  // A pinyin keyboard types letters (dushu) before the reader picks 读书: no search until the word is picked.
  let composing = false;
  const searchSoon = () => {
    clearTimeout(typing);
    typing = setTimeout(() => update(false), 300);
  };
  input.addEventListener('compositionstart', () => {
    composing = true;
    clearTimeout(typing);
  });
  input.addEventListener('compositionend', () => {
    composing = false;
    searchSoon();
  });
  input.addEventListener('input', (event) => {
    if (composing || (event as InputEvent).isComposing) return;
    searchSoon();
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) update(false);
  });
  need<HTMLButtonElement>('[data-clear-filters]').addEventListener('click', () => {
    for (const box of groups.querySelectorAll<HTMLInputElement>('input:checked')) box.checked = false;
    update(false);
  });
  more.addEventListener('click', () => void showMore(generation, true));
  window.addEventListener('popstate', () => {
    state = parseSearchParams(new URLSearchParams(location.search));
    input.value = state.q;
    void run();
  });

  input.value = state.q;
  filtersBox.hidden = false;
  void run();
}
