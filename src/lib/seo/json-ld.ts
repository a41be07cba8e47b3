import { beijingDay, toBeijingIso } from '../dates/index.ts';
import { isCalledOff, schemaOrgEventStatus, type EventStatus } from '../events/status.ts';
import { cityOf, fullRegionName, province, regionByCode } from '../regions/index.ts';

/**
 * schema.org JSON-LD for the pages media and search engines read: Event,
 * Book, Person (learners), Project (brand projects), BreadcrumbList and the
 * WebSite. Pure builders: the page passes what it shows, with absolute URLs.
 * Times carry the +08:00 offset, so no reader has to guess the zone.
 */
export type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

/** Where a page lives and what picture goes with it, both absolute. */
export interface PageRef {
  url: string;
  image?: string | undefined;
}

function withPage(ld: JsonLd, page: PageRef): JsonLd {
  ld.url = page.url;
  if (page.image) ld.image = [page.image];
  return ld;
}

/**
 * `广州市天河区` for a county of Guangzhou, `广州市` for the city; a county
 * directly under the province (a municipality's district, 海南's 文昌市) by
 * its own name, once.
 */
export function postalAddress(region: string, street?: string): JsonLd {
  const known = regionByCode(region);
  const address: JsonLd = { '@type': 'PostalAddress' };
  if (street) address.streetAddress = street;
  if (known && cityOf(known.code)) address.addressLocality = fullRegionName(known);
  address.addressRegion = province().name;
  address.addressCountry = 'CN';
  return address;
}

export interface EventInput {
  title: string;
  summary: string;
  start: Date;
  end: Date;
  /** Dates without times: schema.org takes them as dates (`2023-11-18`). */
  allDay?: boolean;
  region: string;
  organizer: string;
  venue?: { name: string; address: string; location?: readonly [number, number] | [number, number] | undefined } | undefined;
  online?: string | undefined;
  registration?: string | undefined;
  /** Who it is for, as the page says it (`老年人`, `亲子家庭`). */
  audience?: readonly string[];
  /** Called off (src/lib/events/status.ts); the dates stay the ones first announced, as schema.org asks. */
  status?: EventStatus | undefined;
}

const MODE = {
  offline: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  mixed: 'https://schema.org/MixedEventAttendanceMode',
} as const;

export function eventJsonLd(event: EventInput, page: PageRef): JsonLd {
  const places: JsonLd[] = [];
  if (event.venue) {
    const place: JsonLd = { '@type': 'Place', name: event.venue.name, address: postalAddress(event.region, event.venue.address) };
    if (event.venue.location) {
      const [longitude, latitude] = event.venue.location;
      place.geo = { '@type': 'GeoCoordinates', latitude, longitude };
    }
    places.push(place);
  }
  if (event.online) places.push({ '@type': 'VirtualLocation', url: event.online });
  const mode = event.venue && event.online ? 'mixed' : event.online ? 'online' : 'offline';

  const ld: JsonLd = {
    '@context': CONTEXT,
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    startDate: event.allDay ? beijingDay(event.start) : toBeijingIso(event.start),
    endDate: event.allDay ? beijingDay(event.end) : toBeijingIso(event.end),
    eventStatus: schemaOrgEventStatus(event),
    eventAttendanceMode: MODE[mode],
    location: places.length === 1 ? places[0] : places,
    organizer: { '@type': 'Organization', name: event.organizer },
    inLanguage: 'zh-CN',
  };
  if (event.audience?.length) ld.audience = { '@type': 'Audience', audienceType: event.audience.join('、') };
  // The page offers no registration for an event called off: neither does its description.
  if (event.registration && !isCalledOff(event)) ld.offers = { '@type': 'Offer', url: event.registration, category: 'registration' };
  return withPage(ld, page);
}

export interface BookInput {
  title: string;
  summary: string;
  authors: readonly string[];
  publisher: string;
  /** ISBN-13 digits, no hyphens. */
  isbn: string;
  recommender: { name: string; role: string; press: string };
  /** What the recommendation is called on the site (`社长（总编）荐书`). */
  reviewName: string;
}

export function bookJsonLd(book: BookInput, page: PageRef): JsonLd {
  const ld: JsonLd = {
    '@context': CONTEXT,
    '@type': 'Book',
    name: book.title,
    description: book.summary,
    isbn: book.isbn,
    author: book.authors.map((name) => ({ '@type': 'Person', name })),
    publisher: { '@type': 'Organization', name: book.publisher },
    inLanguage: 'zh-CN',
    // The recommendation is the reason the book is on the site: a review by a publisher's head.
    review: {
      '@type': 'Review',
      name: book.reviewName,
      author: {
        '@type': 'Person',
        name: book.recommender.name,
        jobTitle: book.recommender.role,
        worksFor: { '@type': 'Organization', name: book.recommender.press },
      },
    },
  };
  return withPage(ld, page);
}

export interface LearnerInput {
  name: string;
  summary: string;
  region: string;
  occupation: string;
  /** `2023 年省级百姓学习之星` */
  award: string;
}

export function personJsonLd(learner: LearnerInput, page: PageRef): JsonLd {
  const ld: JsonLd = {
    '@context': CONTEXT,
    '@type': 'Person',
    name: learner.name,
    description: learner.summary,
    jobTitle: learner.occupation,
    award: learner.award,
    homeLocation: { '@type': 'Place', address: postalAddress(learner.region) },
  };
  return withPage(ld, page);
}

export interface ProjectInput {
  name: string;
  summary: string;
  region: string;
  organization: string;
  /** `社区教育` */
  category: string;
  /** `2023 年省级终身学习品牌项目` */
  award: string;
}

/** schema.org's Project is a kind of Organization: the unit that runs it is its parent. */
export function projectJsonLd(project: ProjectInput, page: PageRef): JsonLd {
  const ld: JsonLd = {
    '@context': CONTEXT,
    '@type': 'Project',
    name: project.name,
    description: project.summary,
    parentOrganization: { '@type': 'Organization', name: project.organization },
    areaServed: { '@type': 'AdministrativeArea', name: regionByCode(project.region)?.name ?? project.region },
    address: postalAddress(project.region),
    keywords: project.category,
    award: project.award,
  };
  return withPage(ld, page);
}

export interface Crumb {
  name: string;
  /** Absolute URL; the page itself for the last crumb; none for a crumb that is not a page. */
  url?: string | undefined;
}

export function breadcrumbJsonLd(crumbs: readonly Crumb[]): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      ...(crumb.url ? { item: crumb.url } : {}),
    })),
  };
}

/**
 * The home page: the site, and how to search it. `url` is the home page's
 * absolute address and `searchUrl` the search page's (`…/search/`), both
 * base path included.
 */
export function websiteJsonLd(site: { name: string; url: string; searchUrl: string; organizer: string }): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    name: site.name,
    url: site.url,
    inLanguage: 'zh-CN',
    publisher: { '@type': 'GovernmentOrganization', name: site.organizer },
    potentialAction: {
      '@type': 'SearchAction',
      target: `${site.searchUrl}?q={search_term_string}`,
      'query-input': 'required name=search_term_string',
    },
  };
}
