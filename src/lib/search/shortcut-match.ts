/**
 * 栏目直达 on the search page: a query that names a section or a kind of
 * event as residents say it (学习之星, 书单, 老人 活动, 讲座) gets a link to
 * the page listing them all, above the results. Search ranks pages by the
 * words they hold, and leaves the lists themselves out of its index.
 * Runs in the browser: the list comes from the page (src/lib/search/shortcuts.ts).
 */
export interface SearchShortcut {
  href: string;
  /** The page's own heading: the link says where it goes. */
  label: string;
  /** Any of these in the query brings the link. */
  words: readonly string[];
  /** The list's pages as the index files them (the `type` filter's value), for a section of one kind of page. */
  kind?: string;
  /** Words that bring it as the whole query only (书: 读书会 and 书法 hold it too, and ask for no book). */
  alone?: readonly string[];
}

/** More would push the first result down a phone's screen. */
export const MAX_SHORTCUTS = 2;

/**
 * The shortcuts whose words the query (in Simplified characters) holds, in the site's order, at most
 * MAX_SHORTCUTS. A word inside another shortcut's longer word that the query holds does not count:
 * 带孩子 asks for 亲子家庭, though 孩子 alone asks for 青少年. Given more than one text (the query
 * as typed, and in the words pages say it in: 我老了 → 老人), a word held by any counts.
 */
export function matchShortcuts(query: string | readonly string[], shortcuts: readonly SearchShortcut[]): SearchShortcut[] {
  const texts = [query].flat().map((text) => text.replace(/\s+/gu, ''));
  if (!texts.some(Boolean)) return [];
  const held = shortcuts.map((shortcut) => [
    ...shortcut.words.filter((word) => texts.some((text) => text.includes(word))),
    ...(shortcut.alone ?? []).filter((word) => texts.includes(word)),
  ]);
  const covered = (word: string, own: number) =>
    held.some((words, other) => other !== own && words.some((longer) => longer.length > word.length && longer.includes(word)));
  return shortcuts.filter((_, i) => held[i]!.some((word) => !covered(word, i))).slice(0, MAX_SHORTCUTS);
}

/**
 * The kind of page a query names and nothing else (学习之星, 书单, 百姓学习之星,
 * after the question words are dropped): the reader wants those pages, but
 * ranked by the words alone, pages that mention them (a ceremony that
 * awards 学习之星) can come first. Undefined for any other query.
 */
export function kindNamedAlone(terms: string, shortcuts: readonly SearchShortcut[]): string | undefined {
  const text = terms.replace(/\s+/gu, '');
  if (!text) return undefined;
  for (const shortcut of shortcuts) {
    if (!shortcut.kind) continue;
    const names = [shortcut.label, ...shortcut.words, ...(shortcut.alone ?? [])].sort((a, b) => b.length - a.length);
    if (names.reduce((rest, name) => rest.split(name).join(''), text) === '') return shortcut.kind;
  }
  return undefined;
}

/** A place's events, and its figures and reporting where the latest statistics year has them. */
export interface PlaceShortcut extends SearchShortcut {
  report?: Pick<SearchShortcut, 'href' | 'label'>;
  /** A city's counties, listed on its page; the province's cities and counties, the list of places. */
  counties?: Pick<SearchShortcut, 'href' | 'label'>;
  /** The whole province's: every page is in it, so its name narrows no search (namedPlaces). */
  wholeProvince?: boolean;
}

/** Each place's events (src/lib/search/shortcuts.ts, placeShortcuts), and the words that ask for them beside its name. */
export interface PlaceShortcuts {
  links: PlaceShortcut[];
  /** A word that asks for events (活动): one of them is needed. */
  asks: string[];
  /** A word that asks for the place's report and figures (报了, 报送情况, 数据). */
  reportAsks: string[];
  /** Those of reportAsks that count (人数, 活动数): alone, they ask for the whole province's figures. */
  countAsks: string[];
  /** A word that asks which counties a place has (区, 县区, 下辖). */
  countiesAsks: string[];
  /** Words that may stand beside them and change nothing (的, 周末). */
  besides: string[];
  /** Names that hold a place's but name another place (中山大学, in 广州): they lead as a place's name does (namedPlaces). */
  lookalikes: string[];
}

/**
 * A city's or county's events, for a query that asks for the place's events
 * and nothing more (深圳有什么活动, 深圳市的活动, 深圳周末活动, 佛山顺德的活动;
 * question words already dropped from `terms`). A query for a thing in the
 * place (深圳大学活动; 中山纪念堂, where 中山 is a city too) is a search for
 * that thing, and the place's name alone is answered by its own page, first
 * in the results.
 */
export function placeNamedAlone(terms: string, places: PlaceShortcuts): SearchShortcut | undefined {
  return placeAsked(terms, places, places.asks);
}

/**
 * A city's or county's figures and reporting on its page, for a query that
 * asks for them and nothing more (广州报了吗, 顺德报送情况, 深圳的数据): the
 * index leaves the figures out, and the words alone find the notices.
 */
export function placeReportAsked(terms: string, places: PlaceShortcuts): Pick<SearchShortcut, 'href' | 'label'> | undefined {
  return (placeAsked(terms, places, places.reportAsks) ?? provinceCounted(terms, places))?.report;
}

/**
 * A city's list of its counties, on its page, for a query that asks which it has and nothing more (广州有几个区,
 * 广州下辖哪些区: 广州 区); the list of places for the province's (广东有几个市).
 */
export function placeCountiesAsked(terms: string, places: PlaceShortcuts): Pick<SearchShortcut, 'href' | 'label'> | undefined {
  return placeAsked(terms, places, places.countiesAsks)?.counties;
}

/** A count asked for with no place named (人数, 活动数): the site is the province's, and so is the count. */
function provinceCounted(terms: string, places: PlaceShortcuts): PlaceShortcut | undefined {
  const text = terms.replace(/\s+/gu, '');
  const asked = without(text, places.countAsks);
  if (asked === text || without(asked, places.besides) !== '') return undefined;
  return places.links.find((place) => place.wholeProvince);
}

const without = (text: string, words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).reduce((left, word) => left.split(word).join(''), text);

function placeAsked(terms: string, places: PlaceShortcuts, asks: readonly string[]): PlaceShortcut | undefined {
  const text = terms.replace(/\s+/gu, '');
  const asked = without(text, asks);
  if (asked === text) return undefined;
  return places.links.find((place) => {
    const rest = without(asked, place.words);
    return rest !== asked && without(rest, places.besides) === '';
  });
}

/**
 * The names of the province's cities and counties (深圳, 顺德, 羊城), whose
 * pages lead when a query that names one is searched word by word
 * (mergeWordResults); not the province's own (广东), which every page is in;
 * and the names that hold one but name another place (中山大学), which the
 * search keeps whole.
 */
export function namedPlaces(places: PlaceShortcuts): Set<string> {
  return new Set([...places.links.filter((place) => !place.wholeProvince).flatMap((place) => place.words), ...places.lookalikes]);
}

/**
 * The links to show, in order: each page once (广东最近有什么活动 asked for all the events twice, as the province's
 * and as what is to come), and not all the events beside a place's own list (深圳最近有什么活动: 深圳's list).
 */
export function shortcutsShown<S extends Pick<SearchShortcut, 'href'>>(
  links: readonly S[],
  place: S | undefined,
  places: PlaceShortcuts,
): S[] {
  const all = places.links.find((link) => link.wholeProvince)?.href;
  const seen = new Set<string>();
  return links.filter((link) => {
    const wider = place !== undefined && place.href !== all && link.href === all;
    if (wider || seen.has(link.href)) return false;
    seen.add(link.href);
    return true;
  });
}

/** `results` with those in `first` (the same search, of one kind) before the others, each once. */
export function putFirst<R extends { id: string }>(results: readonly R[], first: readonly R[]): R[] {
  const ids = new Set(first.map((r) => r.id));
  return [...first, ...results.filter((r) => !ids.has(r.id))];
}
