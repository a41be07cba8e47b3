import { describe, expect, it } from 'vitest';
import { eventPhaseAt, orderForNow } from './phase.ts';

const at = (iso: string) => new Date(iso);
const ev = (name: string, start: string, end: string) => ({ name, start: at(start), end: at(end) });

describe('event phase', () => {
  const e = ev('a', '2023-11-18T01:30:00Z', '2023-11-18T03:30:00Z');
  it('is next before the start, now until the end, past after', () => {
    expect(eventPhaseAt(e, at('2023-11-18T01:29:59Z'))).toBe('next');
    expect(eventPhaseAt(e, at('2023-11-18T01:30:00Z'))).toBe('now');
    expect(eventPhaseAt(e, at('2023-11-18T03:30:00Z'))).toBe('now');
    expect(eventPhaseAt(e, at('2023-11-18T03:30:01Z'))).toBe('past');
  });

  it('puts what is on now first, then the soonest, then what is over in the list\u2019s own order', () => {
    const list = [
      ev('long-past', '2023-11-01T00:00:00Z', '2023-11-01T02:00:00Z'),
      ev('later', '2023-11-25T00:00:00Z', '2023-11-25T02:00:00Z'),
      ev('recent-past', '2023-11-17T00:00:00Z', '2023-11-17T02:00:00Z'),
      ev('soon', '2023-11-19T00:00:00Z', '2023-11-19T02:00:00Z'),
      ev('on-now', '2023-11-18T00:00:00Z', '2023-11-18T10:00:00Z'),
    ];
    const order = orderForNow(list, at('2023-11-18T05:00:00Z')).map((x) => x.name);
    expect(order).toEqual(['on-now', 'soon', 'later', 'long-past', 'recent-past']);
  });
});
