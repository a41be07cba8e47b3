import ICAL from 'ical.js';

/** What a calendar app would read from our ICS, parsed by ical.js (an independent parser). */
export interface ParsedEvent {
  uid: string;
  summary: string;
  start: string;
  end: string;
  stamp: string;
  /** SEQUENCE: the version apps keep the highest of. */
  sequence: number;
  /** LAST-MODIFIED, when given. */
  lastModified: string | null;
  url: string | null;
  location: string | null;
  geo: [number, number] | null;
  description: string | null;
  /** STATUS (CANCELLED, TENTATIVE), when given. */
  status: string | null;
  /** VALARMs: what the app does, when (seconds from the start; negative is before) and what it says. */
  alarms: { action: string; trigger: number; description: string }[];
}

export function parseCalendar(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const geo = vevent.getFirstPropertyValue('geo') as unknown as [number, number] | null;
    const time = (name: string) => {
      const value = vevent.getFirstPropertyValue(name) as ICAL.Time;
      // Only UTC instants are acceptable: a floating time would be read in the reader's zone.
      if (value.zone?.tzid !== 'UTC') throw new Error(`${name} is not in UTC: ${value.toString()}`);
      return value.toJSDate().toISOString();
    };
    return {
      uid: event.uid,
      summary: event.summary,
      start: time('dtstart'),
      end: time('dtend'),
      stamp: time('dtstamp'),
      sequence: event.sequence,
      lastModified: vevent.hasProperty('last-modified') ? time('last-modified') : null,
      url: (vevent.getFirstPropertyValue('url') as string | null) ?? null,
      location: event.location ?? null,
      geo,
      description: event.description ?? null,
      status: (vevent.getFirstPropertyValue('status') as string | null) ?? null,
      alarms: vevent.getAllSubcomponents('valarm').map((alarm) => ({
        action: String(alarm.getFirstPropertyValue('action')),
        trigger: (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds(),
        description: String(alarm.getFirstPropertyValue('description')),
      })),
    };
  });
  return { calendar, events };
}
