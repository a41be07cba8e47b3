import { beijingDay } from '../dates/index.ts';
import { allCounties, cities, province, type Region } from '../regions/index.ts';

/**
 * Has each city and county held (or scheduled) its opening ceremony, and
 * before the deadline (25 November in 2023)? From events of type
 * `opening_ceremony` and, where a statistics report gives one, its
 * `openingCeremony` date. The earliest known date counts.
 */
export type CeremonyStatus = 'before_deadline' | 'after_deadline' | 'none';

export interface CeremonySource {
  /** Beijing calendar day `YYYY-MM-DD`. */
  day: string;
  /** The event's id when the date comes from an event page; absent for a statistics report. */
  eventId?: string;
}

export interface CeremonyProgress {
  code: string;
  name: string;
  level: Region['level'];
  parent?: string;
  status: CeremonyStatus;
  /** The earliest ceremony known, if any. */
  day?: string;
  eventId?: string;
}

export interface CeremonyEvent {
  id: string;
  data: { type: string; region: string; start: Date };
}

export interface CeremonyReport {
  region: string;
  /** Beijing calendar day. */
  openingCeremony?: string;
}

/**
 * @param deadline `YYYY-MM-DD`, the last day on which a ceremony is on time (inclusive).
 * @param year only events and reports of this year count.
 */
export function ceremonyProgress(
  events: readonly CeremonyEvent[],
  reports: readonly CeremonyReport[],
  deadline: string,
  year: number,
): CeremonyProgress[] {
  const earliest = new Map<string, CeremonySource>();
  const consider = (code: string, source: CeremonySource) => {
    if (!source.day.startsWith(`${year}-`)) return;
    const known = earliest.get(code);
    // Prefer an event page (it can be linked) when the days tie.
    if (!known || source.day < known.day || (source.day === known.day && source.eventId && !known.eventId)) {
      earliest.set(code, source);
    }
  };
  for (const event of events) {
    if (event.data.type === 'opening_ceremony') consider(event.data.region, { day: beijingDay(event.data.start), eventId: event.id });
  }
  for (const report of reports) {
    if (report.openingCeremony) consider(report.region, { day: report.openingCeremony });
  }
  return [province(), ...cities(), ...allCounties()].map((region) => {
    const source = earliest.get(region.code);
    const entry: CeremonyProgress = {
      code: region.code,
      name: region.name,
      level: region.level,
      status: !source ? 'none' : source.day <= deadline ? 'before_deadline' : 'after_deadline',
    };
    if (region.parent) entry.parent = region.parent;
    if (source) {
      entry.day = source.day;
      if (source.eventId) entry.eventId = source.eventId;
    }
    return entry;
  });
}

/** How many of a level are in each status, for the list's summary line. */
export function ceremonyCounts(progress: readonly CeremonyProgress[], level: 'city' | 'county'): Record<CeremonyStatus, number> {
  const counts: Record<CeremonyStatus, number> = { before_deadline: 0, after_deadline: 0, none: 0 };
  for (const p of progress) if (p.level === level) counts[p.status] += 1;
  return counts;
}
