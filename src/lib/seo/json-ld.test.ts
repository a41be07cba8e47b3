import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseBeijing } from '../dates/index.ts';
import { bookJsonLd, breadcrumbJsonLd, eventJsonLd, personJsonLd, postalAddress, projectJsonLd, websiteJsonLd } from './json-ld.ts';
import { readRegionData } from '../regions/data-files.ts';
import { province } from '../regions/index.ts';
import { contentForProvince } from '../regions/test-support.ts';

const page = { url: 'https://example.cn/events/2023/gz-reading/', image: 'https://example.cn/share/events/2023/gz-reading.jpg' };
const base = {
  title: '读书会',
  summary: '一起读书。',
  start: parseBeijing('2023-11-18T19:30')!,
  end: parseBeijing('2023-11-18T21:00')!,
  region: '440106',
  organizer: '广州图书馆',
};
const venue = { name: '广州图书馆', address: '珠江东路4号', location: [113.3249, 23.1176] as [number, number] };

describe('Event JSON-LD', () => {
  it('gives Beijing times with their +08:00 offset, whatever the machine zone', () => {
    const ld = eventJsonLd({ ...base, venue }, page);
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Event');
    expect(ld.startDate).toBe('2023-11-18T19:30:00+08:00');
    expect(ld.endDate).toBe('2023-11-18T21:00:00+08:00');
  });

  it('places an event at a venue with its postal address and coordinates', () => {
    const ld = eventJsonLd({ ...base, venue, audience: ['老年人', '社区居民'] }, page);
    expect(ld.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(ld.location).toEqual({
      '@type': 'Place',
      name: '广州图书馆',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '珠江东路4号',
        addressLocality: '广州市天河区',
        addressRegion: province().name,
        addressCountry: 'CN',
      },
      geo: { '@type': 'GeoCoordinates', latitude: 23.1176, longitude: 113.3249 },
    });
    expect(ld.organizer).toEqual({ '@type': 'Organization', name: '广州图书馆' });
    expect(ld.audience).toEqual({ '@type': 'Audience', audienceType: '老年人、社区居民' });
    expect(ld.url).toBe(page.url);
    expect(ld.image).toEqual([page.image]);
  });

  it('places an online event at a virtual location, and one with both as mixed', () => {
    const online = eventJsonLd({ ...base, online: 'https://live.example.cn/1' }, page);
    expect(online.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(online.location).toEqual({ '@type': 'VirtualLocation', url: 'https://live.example.cn/1' });
    const mixed = eventJsonLd({ ...base, venue, online: 'https://live.example.cn/1' }, page);
    expect(mixed.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect((mixed.location as unknown[]).map((l) => (l as { '@type': string })['@type'])).toEqual(['Place', 'VirtualLocation']);
  });

  it('links registration as an offer and leaves out what is not known', () => {
    expect(eventJsonLd({ ...base, venue, registration: 'https://reg.example.cn/' }, page).offers).toMatchObject({
      url: 'https://reg.example.cn/',
    });
    const bare = eventJsonLd({ ...base, venue }, { url: page.url });
    expect(bare).not.toHaveProperty('offers');
    expect(bare).not.toHaveProperty('image');
    expect(bare).not.toHaveProperty('audience');
  });

  it('says scheduled for an event that is on, cancelled or postponed for one called off, keeping its dates', () => {
    expect(eventJsonLd({ ...base, venue }, page).eventStatus).toBe('https://schema.org/EventScheduled');
    const cancelled = eventJsonLd({ ...base, venue, status: 'cancelled' }, page);
    expect(cancelled.eventStatus).toBe('https://schema.org/EventCancelled');
    expect(cancelled.startDate).toBe(eventJsonLd({ ...base, venue }, page).startDate);
    expect(cancelled.name).toBe(base.title);
    expect(eventJsonLd({ ...base, venue, status: 'postponed' }, page).eventStatus).toBe('https://schema.org/EventPostponed');
  });

  it('offers no registration for an event called off, as its page does not', () => {
    const registration = 'https://reg.example.cn/';
    expect(eventJsonLd({ ...base, venue, registration, status: 'cancelled' }, page)).not.toHaveProperty('offers');
    expect(eventJsonLd({ ...base, venue, registration, status: 'postponed' }, page)).not.toHaveProperty('offers');
  });

  it('survives JSON round trips (nothing undefined, no Date objects)', () => {
    const ld = eventJsonLd({ ...base, venue }, page);
    expect(JSON.parse(JSON.stringify(ld))).toEqual(ld);
  });
});

describe('address', () => {
  it('names the city for a city code and only the province for the province', () => {
    expect(postalAddress('440300').addressLocality).toBe('深圳市');
    expect(postalAddress('440000')).toEqual({ '@type': 'PostalAddress', addressRegion: province().name, addressCountry: 'CN' });
  });
});

describe('address, in any province', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  /** What a reader calls the locality: a county with its city before it, a county directly under the province or a city alone. */
  const expectedLocality = (code: string, data: ReturnType<typeof readRegionData>) => {
    const county = data.counties.find((c) => c.code === code);
    const city = data.cities.find((c) => c.code === (county ? county.parent : code));
    return `${city?.name ?? ''}${county?.name ?? ''}`;
  };

  it.each(['440000', '500000', '460000'])('names each division of %s once, with its city where it has one', async (code) => {
    vi.stubEnv('CONTENT_DIR', contentForProvince(code));
    vi.resetModules();
    const { postalAddress: address } = await import('./json-ld.ts');
    const data = readRegionData(code);
    for (const region of [...data.cities, ...data.counties]) {
      const ld = address(region.code, '某路 1 号');
      expect(ld.addressLocality, region.name).toBe(expectedLocality(region.code, data));
      expect(ld.addressRegion).toBe(data.province.name);
    }
  });
});

describe('Book, Person, Project JSON-LD', () => {
  it('describes a book with ISBN, authors, publisher and its recommender', () => {
    const ld = bookJsonLd(
      {
        title: '乡土中国',
        summary: '经典。',
        authors: ['费孝通'],
        publisher: '人民出版社',
        isbn: '9787010000000',
        recommender: { name: '某某', role: '社长', press: '花城出版社' },
        reviewName: '社长（总编）荐书',
      },
      page,
    );
    expect(ld).toMatchObject({
      '@type': 'Book',
      name: '乡土中国',
      isbn: '9787010000000',
      author: [{ '@type': 'Person', name: '费孝通' }],
      publisher: { '@type': 'Organization', name: '人民出版社' },
    });
    expect(ld.review).toMatchObject({
      name: '社长（总编）荐书',
      author: { name: '某某', jobTitle: '社长', worksFor: { name: '花城出版社' } },
    });
    expect(ld.image).toEqual([page.image]);
  });

  it('describes a learner as a Person with the award', () => {
    const ld = personJsonLd(
      { name: '陈阿姨', summary: '退休后学会了剪辑。', region: '440604', occupation: '退休教师', award: '2023 年省级百姓学习之星' },
      page,
    );
    expect(ld).toMatchObject({ '@type': 'Person', name: '陈阿姨', jobTitle: '退休教师', award: '2023 年省级百姓学习之星' });
    expect(ld.homeLocation).toMatchObject({ address: { addressLocality: '佛山市禅城区' } });
  });

  it('describes a brand project as a Project run by its organisation', () => {
    const ld = projectJsonLd(
      {
        name: '社区夜校',
        summary: '晚上学。',
        region: '440300',
        organization: '深圳市社区教育学院',
        category: '社区教育',
        award: '2023 年省级终身学习品牌项目',
      },
      page,
    );
    expect(ld).toMatchObject({
      '@type': 'Project',
      parentOrganization: { '@type': 'Organization', name: '深圳市社区教育学院' },
      areaServed: { name: '深圳市' },
    });
  });
});

describe('BreadcrumbList and WebSite', () => {
  it('numbers the trail from 1 with absolute URLs', () => {
    const ld = breadcrumbJsonLd([
      { name: '首页', url: 'https://example.cn/' },
      { name: '活动', url: 'https://example.cn/events/' },
    ]);
    expect(ld['@type']).toBe('BreadcrumbList');
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: '首页', item: 'https://example.cn/' },
      { '@type': 'ListItem', position: 2, name: '活动', item: 'https://example.cn/events/' },
    ]);
  });

  it('tells how to search the site', () => {
    const ld = websiteJsonLd({
      name: '站点',
      url: 'https://example.cn/zt/xxzq/',
      searchUrl: 'https://example.cn/zt/xxzq/search/',
      organizer: '省教育厅',
    });
    expect(ld.url).toBe('https://example.cn/zt/xxzq/');
    expect(ld.potentialAction).toMatchObject({ target: 'https://example.cn/zt/xxzq/search/?q={search_term_string}' });
  });
});
