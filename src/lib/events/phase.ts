import { beijingCalendarDay } from '../dates/calendar-day.ts';

/**
 * Where an event stands at a given instant. Kept free of date libraries: the
 * same code runs in the page's small script to put what is on now first.
 */
export type EventPhase = 'now' | 'next' | 'past';

export interface Timed {
  start: Date;
  end: Date;
}

/** An event in a list the page's script orders: one called off (status.ts) is on at no time. */
export interface Listed extends Timed {
  calledOff?: boolean;
}

export function eventPhaseAt(event: Timed, now: Date): EventPhase {
  if (now.getTime() < event.start.getTime()) return 'next';
  if (now.getTime() <= event.end.getTime()) return 'now';
  return 'past';
}

/**
 * A coming event's start in words a reader need not count for: `today` or
 * `tomorrow` by Beijing's calendar; undefined for later days, and for what
 * is on now or over.
 */
export function startsWhen(event: Timed, now: Date): 'today' | 'tomorrow' | undefined {
  if (eventPhaseAt(event, now) !== 'next') return undefined;
  const day = beijingCalendarDay(event.start);
  // Beijing has no daylight saving: 24 hours on is always the next day there.
  if (day === beijingCalendarDay(now)) return 'today';
  return day === beijingCalendarDay(new Date(now.getTime() + 24 * 3_600_000)) ? 'tomorrow' : undefined;
}

const PHASE_RANK: Record<EventPhase, number> = { now: 0, next: 1, past: 2 };

/**
 * What a resident wants first: on now, then coming up soonest first, then
 * what is over or called off, in the list's own order. Reversing the past per page put a
 * day list ("按开始时间排列") at 19:30, 15:00, 09:30 once the day was over,
 * and ran each page of a long list backwards between pages that go forwards.
 */
export function orderForNow<T extends Listed>(events: readonly T[], now: Date): T[] {
  const phase = (e: T): EventPhase => (e.calledOff ? 'past' : eventPhaseAt(e, now));
  return [...events].sort((a, b) => {
    const pa = phase(a);
    const pb = phase(b);
    if (pa !== pb) return PHASE_RANK[pa] - PHASE_RANK[pb];
    // Array sort is stable: what is over keeps the order the page was built in.
    return pa === 'past' ? 0 : a.start.getTime() - b.start.getTime();
  });
}

/** Chronological order, the build's default (it must not depend on when it runs). */
export function byStart<T extends Timed>(a: T, b: T): number {
  return a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime();
}
