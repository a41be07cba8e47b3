import { describe, expect, it } from 'vitest';
import { itemFactsMeta, itemStateAt, parseItemFacts, tonightAnchor, type ItemFacts } from './item-facts.ts';
import { toWordless } from './wordless-meta.ts';

const facts: Record<string, ItemFacts> = {
  'gz-grandview-screen': {
    when: [{ text: '11月20日（星期一）', datetime: '2023-11-20' }, '晚 18:30–21:30'],
    where: '广州市 · 天河区',
    start: '2023-11-20T18:30:00+08:00',
    end: '2023-11-20T21:30:00+08:00',
    night: 'night-2023-11-20',
  },
  'fs-fang-tower': {
    when: [{ text: '11月24日（星期五）', datetime: '2023-11-24' }, '晚 22:00–次日 00:30'],
    where: '佛山市 · 顺德区',
    start: '2023-11-24T22:00:00+08:00',
    end: '2023-11-25T00:30:00+08:00',
    night: 'night-2023-11-24',
  },
};
const at = (iso: string) => new Date(iso);

describe('item facts in a page’s metadata', () => {
  it('hold no letter, digit or space, which Pagefind would index as words to search, and read back whole', () => {
    const meta = itemFactsMeta(facts);
    expect(meta).not.toMatch(/[\p{L}\p{N}\s]/u);
    expect(parseItemFacts(meta)).toEqual(facts);
  });

  it('are none for a page without them, or with a field that is not theirs', () => {
    expect(parseItemFacts(undefined)).toEqual({});
    expect(parseItemFacts('1')).toEqual({});
    expect(parseItemFacts(JSON.stringify(facts))).toEqual({});
    expect(parseItemFacts(toWordless('{nope'))).toEqual({});
  });
});

describe('an item’s state by the reader’s clock', () => {
  const screen = facts['gz-grandview-screen']!;
  it('is lit during its window, over after it, tonight before it on its night, nothing on an earlier day', () => {
    expect(itemStateAt(screen, at('2023-11-20T19:30:00+08:00'))).toBe('lit');
    expect(itemStateAt(screen, at(screen.end))).toBe('over');
    expect(itemStateAt(screen, at('2023-11-20T12:00:00+08:00'))).toBe('tonight');
    expect(itemStateAt(screen, at('2023-11-19T20:00:00+08:00'))).toBeUndefined();
  });

  it('leads to tonight’s items on their page, during a night with some', () => {
    expect(tonightAnchor(facts, at('2023-11-20T19:30:00+08:00'))).toBe(screen.night);
    // After midnight, still the night before.
    expect(tonightAnchor(facts, at('2023-11-25T00:10:00+08:00'))).toBe(facts['fs-fang-tower']!.night);
    expect(tonightAnchor(facts, at('2023-11-21T19:30:00+08:00'))).toBeUndefined();
  });
});
