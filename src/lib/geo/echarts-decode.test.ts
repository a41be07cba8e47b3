import { describe, expect, it } from 'vitest';
import { decodeEchartsGeoJson, decodeRing } from './echarts-decode.ts';

describe('decodeRing (ECharts 4 compressed coordinates)', () => {
  it('decodes zigzag deltas from the ring offset, in 1/1024 degree', () => {
    // '@@' = (0, 0): the offset itself; 'DA' = zigzag 4 → +2, zigzag 1 → −1 (in 1/1024 degree).
    const offset: [number, number] = [113 * 1024, 23 * 1024];
    expect(decodeRing('@@DA', offset)).toEqual([
      [113, 23],
      [113 + 2 / 1024, 23 - 1 / 1024],
    ]);
  });
});

describe('decodeEchartsGeoJson', () => {
  it('decodes polygons and multipolygons and keeps ids and properties', () => {
    const out = decodeEchartsGeoJson({
      type: 'FeatureCollection',
      UTF8Encoding: true,
      features: [
        {
          type: 'Feature',
          id: '441900',
          properties: { name: '东莞市' },
          geometry: { type: 'Polygon', coordinates: ['@@BBAA'], encodeOffsets: [[1024, 2048]] },
        },
        {
          type: 'Feature',
          id: '440400',
          properties: { name: '珠海市' },
          geometry: { type: 'MultiPolygon', coordinates: [['@@'], ['@@C@']], encodeOffsets: [[[0, 0]], [[512, 512]]] },
        },
      ],
    });
    expect(out.features[0]).toEqual({
      type: 'Feature',
      id: '441900',
      properties: { name: '东莞市' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [1, 2],
            [1 + 1 / 1024, 2 + 1 / 1024],
            [1, 2],
          ],
        ],
      },
    });
    expect(out.features[1]!.geometry).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        [[[0, 0]]],
        [
          [
            [0.5, 0.5],
            [0.5 - 2 / 1024, 0.5],
          ],
        ],
      ],
    });
  });

  it('leaves a collection that is not encoded as it is', () => {
    const plain = decodeEchartsGeoJson({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [1, 2],
                [3, 4],
                [1, 2],
              ],
            ],
          },
        },
      ],
    });
    expect(plain.features[0]!.geometry.coordinates).toEqual([
      [
        [1, 2],
        [3, 4],
        [1, 2],
      ],
    ]);
  });
});
