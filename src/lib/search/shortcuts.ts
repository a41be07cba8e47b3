import { t } from '../../i18n/zh-CN.ts';
import { AUDIENCES } from '../content/fields.ts';
import { EVENT_TYPES } from '../content/schemas.ts';
import { allCounties, countiesOf, fullRegionName, parentCity, placeWords, province, subdivisions } from '../regions/index.ts';
import { everydayNamedCodes } from '../regions/everyday-place-names.ts';
import { lookalikeNames } from '../regions/place-lookalikes.ts';
import { nicknamesOf } from '../regions/place-nicknames.ts';
import {
  collectionPath,
  entryPath,
  eventsCalendarPath,
  eventsForAudiencePath,
  eventsInCityPath,
  eventsModePath,
  eventTypePath,
  lightingPath,
  mediaPath,
  noticesPath,
  regionCountiesSectionPath,
  regionEventsPath,
  regionEventsSectionPath,
  regionStatsSectionPath,
  regionsPath,
  SITE_CONTACT_ID,
  statsPath,
} from '../urls.ts';
import fillers from './query-fillers.json' with { type: 'json' };
import { everydayPlaceAsNamed } from './region-names.ts';
import type { PlaceShortcut, PlaceShortcuts, SearchShortcut } from './shortcut-match.ts';

/** The latest statistics year, and the places its figures are shown for on their pages (src/components/RegionStats.astro). */
export interface PlaceFigures {
  year: number;
  codes: ReadonlySet<string>;
}

/** Each place's words, but for a word two places share: a query that says it names neither for sure. */
export function withoutSharedWords<P extends { words: readonly string[] }>(places: readonly P[]): P[] {
  const all = places.flatMap((place) => [...new Set(place.words)]);
  const shared = new Set(all.filter((word, i) => all.indexOf(word) !== i));
  return places.flatMap((place) => {
    const words = place.words.filter((word) => !shared.has(word));
    return words.length > 0 ? [{ ...place, words }] : [];
  });
}

/**
 * 栏目直达 to each place's events: a city's list (深圳市的活动), and a
 * county's own list where it has one (`ownList`), else the events on its
 * page. A place is named by its short name, as the search page reads a
 * query (佛山市顺德区 as 佛山顺德: shortenRegionNames), and a county with its
 * city's too. The search page offers one only to a query that asks for the
 * place's events alone (placeNamedAlone in shortcut-match.ts). Where the
 * latest statistics year has the place's figures (`figures`), its page's
 * figures and reporting too, for a query that asks for them (placeReportAsked).
 * The province itself (广东, 广东省, 全省) is one of them too: all the events,
 * and the latest year's statistics page with its reporting, as officials ask
 * for the whole (全省参加人数, 广东省报送情况).
 */
export function placeShortcuts(ownList: ReadonlySet<string>, figures?: PlaceFigures): PlaceShortcuts {
  const whole = province();
  const wholeLink = {
    href: collectionPath('events'),
    label: t.events.title,
    words: [whole.name, whole.shortName, placeWords().kind.whole, placeWords().kind.self],
    wholeProvince: true,
    counties: { href: regionsPath(), label: t.regions.title },
    ...(figures && {
      report: { href: statsPath(figures.year), label: t.search.shortcuts.placeReport.label(whole.name, figures.year) },
    }),
  };
  const first = subdivisions();
  const firstCodes = new Set(first.map((place) => place.code));
  const report = (code: string, name: string): Pick<PlaceShortcut, 'report'> =>
    figures?.codes.has(code)
      ? { report: { href: regionStatsSectionPath(code), label: t.search.shortcuts.placeReport.label(name, figures.year) } }
      : {};
  const cityLinks = first.map((city) => {
    const counties = countiesOf(city.code).length;
    return {
      href: eventsInCityPath(city.code),
      label: t.events.filters.inCity(city.name),
      // 羊城有什么活动: a city by what residents call it (src/lib/regions/place-nicknames.json).
      words: [city.shortName, ...nicknamesOf(city.code)],
      ...report(city.code, city.name),
      ...(counties > 0 && {
        counties: {
          href: regionCountiesSectionPath(city.code),
          label: t.regions.countiesCounted(city.name, counties, placeWords().divisions),
        },
      }),
    };
  });
  const everyday = everydayNamedCodes();
  const countyLinks = allCounties()
    .filter((county) => !firstCodes.has(county.code))
    .map((county) => {
      const city = parentCity(county.code);
      return {
        href: ownList.has(county.code) ? regionEventsPath(county.code) : regionEventsSectionPath(county.code),
        label: t.regions.eventsHeading(fullRegionName(county)),
        // 光明 alone is a word too (世界和平, 新兴职业): such a county is named with its city, 深圳光明.
        words: everyday.has(county.code)
          ? [everydayPlaceAsNamed(county)]
          : [county.shortName, ...(city ? [city.shortName + county.shortName] : [])],
        ...report(county.code, fullRegionName(county)),
      };
    });
  return {
    links: withoutSharedWords([wholeLink, ...cityLinks, ...countyLinks]),
    asks: [...t.search.shortcuts.placeEvents],
    reportAsks: [...t.search.shortcuts.placeReport.words, ...t.search.shortcuts.placeReport.counts],
    countAsks: [...t.search.shortcuts.placeReport.counts],
    countiesAsks: t.search.shortcuts.placeCounties(placeWords().divisions),
    // Particles (深圳的活动), words of when (深圳周末有什么活动: the list shows when), and the 有 of
    // 深圳有多少个活动 that stays when 多少个活动 is read as 活动数.
    besides: [...fillers.particles, ...fillers.qualifiers, ...fillers.thereIs.words],
    // 中山大学 is in 广州, not 中山市 (src/lib/regions/place-lookalikes.json).
    lookalikes: lookalikeNames(),
  };
}

/**
 * The page with the submission forms (content whose `action` is
 * submissionForm), for a query that asks how to send material (怎么投稿,
 * 上传照片): none when the site has no such page.
 */
export function submissionShortcut(page: { id: string; title: string } | undefined): SearchShortcut[] {
  return page ? [{ href: entryPath('pages', page.id), label: page.title, words: t.search.shortcuts.sections.submit }] : [];
}

/**
 * The footer's contact line, on the search page itself, for a query that asks how to reach the site (联系电话,
 * 怎么联系你们, 投诉): none when the site's identity gives no contact.
 */
export function contactShortcut(contact: string | undefined): SearchShortcut[] {
  return contact ? [{ href: `#${SITE_CONTACT_ID}`, label: t.site.identity.contact, words: t.search.shortcuts.sections.contact }] : [];
}

/**
 * Every 栏目直达 link of the search page (src/lib/search/shortcut-match.ts),
 * with the words that bring it (src/i18n, search.shortcuts): sections first,
 * then kinds of event, then whom events are for.
 */
export function searchShortcuts(): SearchShortcut[] {
  const words = t.search.shortcuts;
  const f = t.events.filters;
  return [
    { href: collectionPath('learners'), label: t.learners.title, words: words.sections.learners, kind: t.search.types.learners },
    { href: collectionPath('projects'), label: t.projects.title, words: words.sections.projects, kind: t.search.types.projects },
    {
      href: collectionPath('books'),
      label: t.books.title,
      words: words.sections.books,
      kind: t.search.types.books,
      alone: words.sectionsAlone.books,
    },
    { href: statsPath(), label: t.stats.title, words: words.sections.stats },
    { href: lightingPath(), label: t.lighting.crumb, words: words.sections.lighting },
    { href: eventsCalendarPath(), label: t.events.calendar.title, words: words.sections.calendar },
    { href: noticesPath(), label: t.notices.title, words: words.sections.notices },
    { href: mediaPath(), label: t.media.title, words: words.sections.media },
    {
      href: regionsPath(),
      label: t.regions.title,
      words: [...words.sections.regions, ...words.sections.placeList(placeWords().divisions.countyShort)],
    },
    { href: collectionPath('events'), label: t.events.title, words: words.sections.events },
    { href: eventsModePath('online'), label: f.byMode(f.modes.online), words: words.sections.online },
    { href: eventsModePath('offline'), label: f.byMode(f.modes.offline), words: words.sections.offline },
    ...EVENT_TYPES.flatMap((type) =>
      type in words.eventTypes
        ? [{ href: eventTypePath(type), label: t.eventTypes[type], words: words.eventTypes[type as keyof typeof words.eventTypes] }]
        : [],
    ),
    ...AUDIENCES.flatMap((audience) =>
      audience in words.audiences
        ? [
            {
              href: eventsForAudiencePath(audience),
              label: f.forAudience(t.audiences[audience]),
              words: words.audiences[audience as keyof typeof words.audiences],
            },
          ]
        : [],
    ),
  ];
}
