import { describe, expect, it } from 'vitest';
import { formatMonthDayZh, parseBeijing, plainText, toBeijingIso, weekdayZh } from '../dates/index.ts';
import { regionByCode } from '../regions/index.ts';
import { FACT_SEPARATOR } from '../fact-separator.ts';
import { lightingItemFacts } from './search-facts.ts';
import type { LightingItem } from './types.ts';
import { lightingTimes } from './window.ts';

const bj = (text: string) => parseBeijing(text) as Date;

function item(id: string, region: string, start: string, end: string): LightingItem {
  return {
    id,
    year: 2023,
    region,
    place: id,
    kind: 'tower',
    location: [113.1, 22.9],
    start: bj(start),
    end: bj(end),
    message: '学习之夜 灯火可亲',
    organizer: '区教育局',
  };
}

describe('lightingItemFacts: what a search result says of each place', () => {
  const fang = item('fs-fang-tower', '440606', '2023-11-24T22:00', '2023-11-25T00:30');
  const late = item('dg-late', '441900', '2023-11-25T00:30', '2023-11-25T02:00');
  const facts = lightingItemFacts([fang, late]);

  it('names the night a place lights up, with its weekday, and its hours, the date marked', () => {
    const friday = bj('2023-11-24');
    const day = `${formatMonthDayZh(friday)}（${weekdayZh(friday)}）`;
    const { start, end } = lightingTimes(fang);
    expect(facts[fang.id]!.when).toEqual([{ text: day, datetime: '2023-11-24' }, `晚 ${start}–${end}`]);
    expect(plainText(facts[fang.id]!.when)).toBe(`${day}晚 ${start}–${end}`);
  });

  it('puts a window that starts after midnight on the night before, as the schedule does', () => {
    expect(facts[late.id]!.when[0]).toEqual({
      text: `${formatMonthDayZh(bj('2023-11-24'))}（${weekdayZh(bj('2023-11-24'))}）`,
      datetime: '2023-11-24',
    });
    expect(facts[late.id]!.night).toBe('night-2023-11-24');
  });

  it('says where, city and county (a city without counties alone), and the window in Beijing time', () => {
    expect(facts[fang.id]!.where).toBe(`${regionByCode('440600')!.name}${FACT_SEPARATOR}${regionByCode('440606')!.name}`);
    expect(facts[late.id]!.where).toBe(regionByCode('441900')!.name);
    expect(facts[fang.id]!.start).toBe(toBeijingIso(fang.start));
    expect(facts[fang.id]!.end).toBe(toBeijingIso(fang.end));
  });
});
