import type { Polygon } from 'geojson';

/** A one-degree square whose west edge is at longitude `x`, wound counter-clockwise (as some source counties are). */
export const unitSquare = (x: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 0],
      [x + 1, 0],
      [x + 1, 1],
      [x, 1],
      [x, 0],
    ],
  ],
});
