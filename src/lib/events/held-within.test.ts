import { describe, expect, it } from 'vitest';
import { heldWithin } from './held-within.ts';

/** Two districts side by side, split at longitude 113.3. */
const unitAt = ([lng]: readonly [number, number]) => (lng < 113 ? undefined : lng < 113.3 ? '440104' : '440106');
const isCounty = (code: string) => !code.endsWith('00');
const event = (id: string, region: string, location?: [number, number]) => ({
  id,
  data: { region, venue: location ? { location } : undefined },
});

describe('events held in a district though filed above it', () => {
  it('are the province’s and the city’s events whose venue lies in the district, in the order given', () => {
    const events = [
      event('province-ceremony', '440000', [113.27, 23.12]),
      event('city-month', '440100', [113.32, 23.12]),
      event('city-talk', '440100', [113.28, 23.13]),
    ];
    const held = heldWithin(events, unitAt, isCounty);
    expect(held.get('440104')?.map((e) => e.id)).toEqual(['province-ceremony', 'city-talk']);
    expect(held.get('440106')?.map((e) => e.id)).toEqual(['city-month']);
  });

  it('leave out a county’s own events, events with no venue point, and venues outside every district', () => {
    const events = [event('own', '440104', [113.27, 23.12]), event('online', '440000'), event('far', '440100', [112.5, 23])];
    expect(heldWithin(events, unitAt, isCounty).size).toBe(0);
  });
});
