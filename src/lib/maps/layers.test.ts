import { describe, expect, it } from 'vitest';
import type { CeremonyProgress } from '../opening/index.ts';
import type { RegionProgress } from '../stats/index.ts';
import { readFileSync } from 'node:fs';
import { colorIn, LAYER_KEYS, MAP_PALETTE, progressLayers, swatchIn } from './layers.ts';

const reported = (code: string, activities: number, participants: number, status: 'on_time' | 'late' = 'on_time') =>
  ({
    code,
    name: code,
    shortName: code,
    level: 'city',
    status,
    submittedAt: '2023-11-20',
    activities,
    participants,
    byKind: {},
  }) as unknown as RegionProgress;
const missing = (code: string) =>
  ({
    code,
    name: code,
    shortName: code,
    level: 'city',
    status: 'not_reported',
    activities: null,
    participants: null,
    byKind: null,
  }) as RegionProgress;

describe('progress map layers', () => {
  const regions = [reported('a', 10, 1000), reported('b', 12, 1200, 'late'), reported('c', 300, 90000), missing('d')];
  const ceremonies = [
    { code: 'a', status: 'before_deadline' },
    { code: 'b', status: 'after_deadline' },
  ] as CeremonyProgress[];
  const [status, activities, participants, opening] = progressLayers(regions, ceremonies);

  it('colours reporting status, with a legend entry per status', () => {
    expect(status!.classOf).toEqual({ a: 'on_time', b: 'late', c: 'on_time', d: 'not_reported' });
    expect(status!.legend.map((l) => l.label)).toEqual(['按时报送', '逾期报送', '未报送']);
  });

  it('puts far-apart figures in different classes, with real breaks in the legend', () => {
    const rank = (code: string) => Number(activities!.classOf[code]!.slice(1));
    expect(rank('a')).toBeLessThanOrEqual(rank('b'));
    expect(rank('c')).toBeGreaterThan(rank('b'));
    expect(activities!.legend[0]!.label).toMatch(/以下$/);
    expect(activities!.legend.at(-2)!.label).toMatch(/及以上$/);
    expect(participants!.legend.some((l) => l.label.includes('人次'))).toBe(true);
  });

  it('says a class between two figures in words (至), which screen readers speak where they pass over a dash', () => {
    const spread = [5, 40, 90, 160, 300, 700, 1500].map((n, i) => reported(`r${i}`, n, n * 100));
    for (const layer of progressLayers(spread, []).slice(1, 3)) {
      const between = layer.legend.filter((l) => /\d[^\d,]+\d/.test(l.label));
      expect(between.length, layer.key).toBeGreaterThan(0);
      for (const { label } of between) {
        expect(label).toMatch(/^[\d,]+ 至 [\d,]+ (项|人次)$/);
      }
    }
  });

  it('keeps regions that have not reported apart from small figures', () => {
    expect(activities!.classOf.d).toBe('none');
    expect(activities!.legend.at(-1)!.label).toBe('未报送');
    expect(colorIn(activities!, 'd')).not.toBe(colorIn(activities!, 'a'));
  });

  it('shows opening ceremonies, missing ones as none', () => {
    expect(opening!.classOf).toEqual({ a: 'before_deadline', b: 'after_deadline', c: 'none', d: 'none' });
  });
});

describe('the map stylesheet (pages carry no inline style)', () => {
  // Each rule block of src/styles/map-palette.css: its selectors and declarations.
  const blocks = [
    ...readFileSync('src/styles/map-palette.css', 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .matchAll(/([^{}]+)\{([^}]*)\}/g),
  ].map(([, selectors, body]) => ({ selectors: selectors!.split(',').map((x) => x.trim()), body: body! }));

  it('names a class of one value by that value, never as 18–18 项', () => {
    // Close figures, as a city's counties report them: classes one apart.
    const close = [17, 18, 19, 20, 21, 25].map((n, i) => reported(`r${i}`, n, n * 100));
    const [, few] = progressLayers(close, []);
    const labels = few!.legend.map((l) => l.label);
    for (const label of labels) {
      const range = /^(\d+) 至 (\d+) /.exec(label);
      if (range) expect(range[1], label).not.toBe(range[2]);
    }
    expect(labels.some((l) => /^\d+ 项$/.test(l))).toBe(true);
  });

  it('colours every swatch of the palette, in every layer and in the legend, with the palette’s colour', () => {
    for (const [swatch, color] of Object.entries(MAP_PALETTE)) {
      const key = blocks.find((b) => b.selectors.includes(`.progress-map .legend__swatch.swatch-${swatch}`));
      expect(key, swatch).toBeDefined();
      expect(key!.body).toContain(`background: ${color};`);
      // The map's rules apart: a browser without :has() drops them, and keeps the legend's.
      const map = blocks.find((b) => b.selectors.some((s) => s.endsWith(`path.status-${swatch}`)));
      expect(map, swatch).toBeDefined();
      expect(map!.body).toContain(`fill: ${color};`);
      for (const layer of LAYER_KEYS)
        expect(map!.selectors).toContain(`.progress-map:has(.pick-${layer}:checked) .region-map path.${layer}-${swatch}`);
    }
  });

  it('shows the legend of the chosen layer', () => {
    const block = blocks.find((b) => b.body.includes('display: flex'));
    expect(block!.selectors).toEqual(LAYER_KEYS.map((layer) => `.progress-map:has(.pick-${layer}:checked) .legends .legend-${layer}`));
  });

  it('names a region’s colour in each layer by a swatch whose colour is its fill', () => {
    const regions = [reported('a', 10, 1000), reported('b', 300, 90000), missing('c')];
    for (const layer of progressLayers(regions, [])) {
      for (const code of ['a', 'b', 'c']) expect(MAP_PALETTE[swatchIn(layer, code)]).toBe(colorIn(layer, code));
    }
  });
});
