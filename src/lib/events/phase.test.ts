import { describe, expect, it } from 'vitest';
import { eventPhaseAt, orderForNow, startsWhen } from './phase.ts';

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

  it('says a coming event starts today or tomorrow by Beijing’s calendar, whatever the reader’s zone', () => {
    // 14:30–16:30 Beijing on 20 November 2023.
    const talk = ev('talk', '2023-11-20T06:30:00Z', '2023-11-20T08:30:00Z');
    expect(startsWhen(talk, at('2023-11-19T16:00:00Z'))).toBe('today'); // 00:00 on the 20th in Beijing, still the 19th in UTC
    expect(startsWhen(talk, at('2023-11-20T06:00:00Z'))).toBe('today');
    expect(startsWhen(talk, at('2023-11-19T15:59:00Z'))).toBe('tomorrow'); // 23:59 on the 19th in Beijing
    expect(startsWhen(talk, at('2023-11-18T16:00:00Z'))).toBe('tomorrow');
    expect(startsWhen(talk, at('2023-11-18T15:59:00Z'))).toBeUndefined(); // two days ahead
    expect(startsWhen(talk, at('2023-11-20T07:00:00Z'))).toBeUndefined(); // on now
    expect(startsWhen(talk, at('2023-11-21T00:00:00Z'))).toBeUndefined(); // over
  });

  it('puts an event called off with what is over, in the list’s own order, whenever it was to be', () => {
    const off = (e: ReturnType<typeof ev>) => ({ ...e, calledOff: true });
    const list = [
      off(ev('off-now', '2023-11-18T00:00:00Z', '2023-11-18T10:00:00Z')),
      ev('long-past', '2023-11-01T00:00:00Z', '2023-11-01T02:00:00Z'),
      off(ev('off-soon', '2023-11-19T00:00:00Z', '2023-11-19T02:00:00Z')),
      ev('soon', '2023-11-19T00:00:00Z', '2023-11-19T02:00:00Z'),
    ];
    expect(orderForNow(list, at('2023-11-18T05:00:00Z')).map((x) => x.name)).toEqual(['soon', 'off-now', 'long-past', 'off-soon']);
  });
});
