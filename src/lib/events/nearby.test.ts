import { describe, expect, it } from 'vitest';
import { seededRandom } from '../seeded-random.ts';
import { distanceKm } from '../geo/distance.ts';
import { nearbyAsBuilt, nearbyEvents, nearbyFinder, type NearbyCandidate } from './nearby.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

// Venues (WGS-84 [lng, lat]).
const GZ_LIBRARY: [number, number] = [113.3247, 23.1163]; // 广州图书馆
const GZ_TOWER: [number, number] = [113.3245, 23.1064]; // 广州塔, ~1 km away
const FOSHAN_LIBRARY: [number, number] = [113.1106, 23.0211]; // 佛山市图书馆, ~24 km
const SZ_LIBRARY: [number, number] = [114.0579, 22.5455]; // 深圳图书馆, ~100 km

const ev = (id: string, region: string, start: string, end: string, location?: [number, number]): NearbyCandidate => ({
  id,
  data: { region, start: new Date(start), end: new Date(end), venue: location ? { location } : undefined },
});

const target = ev('gz-read', '440106', '2023-11-18T01:30:00Z', '2023-11-18T03:30:00Z', GZ_LIBRARY);

describe('distance', () => {
  it('measures a great-circle distance in km', () => {
    expect(distanceKm(GZ_LIBRARY, GZ_TOWER)).toBeGreaterThan(0.9);
    expect(distanceKm(GZ_LIBRARY, GZ_TOWER)).toBeLessThan(1.3);
    expect(distanceKm(GZ_LIBRARY, SZ_LIBRARY)).toBeGreaterThan(95);
    expect(distanceKm(GZ_LIBRARY, SZ_LIBRARY)).toBeLessThan(110);
  });
});

describe('nearby events', () => {
  it('finds events in the same city within a week, but not the event itself', () => {
    const all = [
      target,
      ev('gz-county-tomorrow', '440113', '2023-11-19T01:00:00Z', '2023-11-19T03:00:00Z'), // 番禺区, no location
      ev('gz-in-6-days', '440100', '2023-11-24T01:00:00Z', '2023-11-24T03:00:00Z'),
    ];
    expect(nearbyEvents(target, all).map((e) => e.id)).toEqual(['gz-county-tomorrow', 'gz-in-6-days']);
  });

  it('leaves out what is more than 7 days before or after', () => {
    const all = [
      ev('gz-8-days-later', '440100', '2023-11-26T04:00:00Z', '2023-11-26T06:00:00Z'),
      ev('gz-8-days-before', '440100', '2023-11-09T23:00:00Z', '2023-11-10T01:00:00Z'),
      ev('gz-7-days-before', '440100', '2023-11-11T00:00:00Z', '2023-11-11T02:00:00Z'),
    ];
    expect(nearbyEvents(target, all).map((e) => e.id)).toEqual(['gz-7-days-before']);
  });

  it('counts a long event that is still on as near in time', () => {
    const month = ev('gz-reading-month', '440100', '2023-11-01T00:00:00Z', '2023-11-30T10:00:00Z');
    expect(nearbyEvents(target, [month]).map((e) => e.id)).toEqual(['gz-reading-month']);
  });

  it('includes a venue across the city line within the distance, not a far city', () => {
    const all = [
      ev('foshan', '440604', '2023-11-18T06:00:00Z', '2023-11-18T08:00:00Z', FOSHAN_LIBRARY),
      ev('shenzhen', '440304', '2023-11-18T06:00:00Z', '2023-11-18T08:00:00Z', SZ_LIBRARY),
      ev('foshan-no-location', '440604', '2023-11-18T06:00:00Z', '2023-11-18T08:00:00Z'),
    ];
    expect(nearbyEvents(target, all).map((e) => e.id)).toEqual(['foshan']);
    expect(nearbyEvents(target, all, { km: 10 })).toEqual([]);
  });

  it('puts the same day first, then the closer venue, and keeps to the limit', () => {
    const all = [
      ev('next-week-tower', '440100', '2023-11-23T01:00:00Z', '2023-11-23T03:00:00Z', GZ_TOWER),
      ev('same-day-foshan', '440604', '2023-11-18T06:00:00Z', '2023-11-18T08:00:00Z', FOSHAN_LIBRARY),
      ev('same-day-tower', '440106', '2023-11-18T11:00:00Z', '2023-11-18T13:00:00Z', GZ_TOWER),
      ev('same-day-unknown', '440100', '2023-11-18T05:00:00Z', '2023-11-18T06:00:00Z'),
    ];
    expect(nearbyEvents(target, all).map((e) => e.id)).toEqual([
      'same-day-tower',
      'same-day-foshan',
      'same-day-unknown',
      'next-week-tower',
    ]);
    expect(nearbyEvents(target, all, { limit: 2 })).toHaveLength(2);
  });

  it('gives online events of the same city as near', () => {
    const online = ev('gz-online', '440100', '2023-11-20T12:00:00Z', '2023-11-20T13:00:00Z');
    expect(nearbyEvents(target, [online])).toHaveLength(1);
  });
});

describe('the nearby finder (one index for a whole site)', () => {
  it('gives exactly what nearbyEvents gives, for every event of a random site', () => {
    const rand = seededRandom(7);
    const regions = ['440000', '440100', '440106', '440113', '440300', '440304', '440600', '441900', '445300'];
    const all: NearbyCandidate[] = Array.from({ length: 400 }, (_, i) => {
      const start = Date.UTC(2023, 9, 1) + Math.floor(rand() * 90) * DAY + Math.floor(rand() * 12) * HOUR;
      const long = rand() < 0.05 ? Math.floor(rand() * 30) * DAY : 0;
      // Venues scattered over the Pearl River Delta, some without coordinates.
      const location: [number, number] | undefined = rand() < 0.8 ? [112.8 + rand() * 1.6, 22.3 + rand() * 1.2] : undefined;
      return ev(
        `e${i}`,
        regions[Math.floor(rand() * regions.length)]!,
        new Date(start).toISOString(),
        new Date(start + 2 * HOUR + long).toISOString(),
        location,
      );
    });
    const find = nearbyFinder(all);
    for (const event of all)
      expect(
        find(event).map((e) => e.id),
        event.id,
      ).toEqual(nearbyEvents(event, all).map((e) => e.id));
    for (const options of [
      { km: 5, days: 1, limit: 3 },
      { km: 80, days: 14, limit: 10 },
    ]) {
      const findWith = nearbyFinder(all, options);
      for (const event of all.slice(0, 80))
        expect(findWith(event).map((e) => e.id)).toEqual(nearbyEvents(event, all, options).map((e) => e.id));
    }
  });
});

describe('the nearby list as the site is built', () => {
  // As nearbyEvents gives them (nearest first), with what a list needs to know.
  const listed = (id: string, start: string, end: string, more: { allDay?: boolean; status?: 'cancelled' } = {}) => ({
    id,
    data: { start: new Date(start), end: new Date(end), ...more },
  });
  const builtAt = new Date('2023-11-20T02:00:00Z'); // 10:00 on 20 November in Beijing
  const nearest = [
    listed('yesterday', '2023-11-19T01:30:00Z', '2023-11-19T03:30:00Z'),
    listed('tomorrow', '2023-11-21T01:00:00Z', '2023-11-21T09:00:00Z'),
    listed('called-off', '2023-11-21T01:00:00Z', '2023-11-21T03:00:00Z', { status: 'cancelled' }),
    listed('this-afternoon', '2023-11-20T06:30:00Z', '2023-11-20T08:30:00Z'),
    // All day on the 19th in Beijing: over at midnight, not at its start.
    listed('all-day-yesterday', '2023-11-18T16:00:00Z', '2023-11-18T16:00:00Z', { allDay: true }),
    listed('all-day-today', '2023-11-19T16:00:00Z', '2023-11-19T16:00:00Z', { allDay: true }),
  ];

  it('puts what is on or to come first, soonest first, then what was over, marked, and what is called off', () => {
    const shown = nearbyAsBuilt(nearest, builtAt).map(({ event, over }) => [event.id, over]);
    expect(shown).toEqual([
      ['all-day-today', false],
      ['this-afternoon', false],
      ['tomorrow', false],
      ['yesterday', true],
      ['called-off', false],
      ['all-day-yesterday', true],
    ]);
  });

  it('marks every event over once the build is after them all, in the nearness order', () => {
    const later = new Date('2023-12-31T04:00:00Z');
    const shown = nearbyAsBuilt(nearest, later);
    expect(shown.map(({ event }) => event.id)).toEqual(nearest.map((e) => e.id));
    expect(shown.map(({ event, over }) => [event.id, over])).toEqual(nearest.map((e) => [e.id, e.data.status === undefined]));
  });
});
