import { describe, expect, it } from 'vitest';
import { venueMapUrl } from './map-link.ts';

describe('venueMapUrl', () => {
  it('marks the venue by its WGS-84 coordinates when known', () => {
    const url = new URL(venueMapUrl({ name: '广州图书馆', address: '珠江东路4号', location: [113.3245, 23.1164] }));
    expect(url.hostname).toBe('uri.amap.com');
    expect(url.searchParams.get('position')).toBe('113.3245,23.1164');
    expect(url.searchParams.get('coordinate')).toBe('wgs84');
    expect(url.searchParams.get('name')).toBe('广州图书馆');
  });
  it('searches by address otherwise', () => {
    const url = new URL(venueMapUrl({ name: '文化馆', address: '韶关市浈江区' }));
    expect(url.pathname).toBe('/search');
    expect(url.searchParams.get('keyword')).toBe('韶关市浈江区 文化馆');
  });
});
