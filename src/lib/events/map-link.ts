/**
 * A link that opens a venue in the reader's map app (高德 handles it in the
 * app, in WeChat and on the web) without embedding any third-party map.
 * Coordinates in content are WGS-84; the URI says so, and 高德 converts.
 */
export interface Venue {
  name: string;
  address: string;
  location?: readonly [number, number] | [number, number];
}

export function venueMapUrl(venue: Venue): string {
  if (venue.location) {
    const [lng, lat] = venue.location;
    const params = new URLSearchParams({
      position: `${lng},${lat}`,
      name: venue.name,
      coordinate: 'wgs84',
      callnative: '1',
    });
    return `https://uri.amap.com/marker?${params}`;
  }
  const params = new URLSearchParams({ keyword: `${venue.address} ${venue.name}`, callnative: '1' });
  return `https://uri.amap.com/search?${params}`;
}
