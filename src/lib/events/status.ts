import words from './status-words.json' with { type: 'json' };

/**
 * What became of an event once it was announced. An event without `status`
 * takes place as its page says. `cancelled`: it will not take place at all.
 * `postponed`: not at the dates given, and the new ones are not known yet
 * (schema.org's EventPostponed); once they are, the editor writes the new
 * dates and takes `status` out. Either way the file stays (other sites and
 * calendars link to it), and every place that shows the event says so.
 */
export const EVENT_STATUSES = ['cancelled', 'postponed'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

interface WithStatus {
  status?: EventStatus | undefined;
}

/** The event will not take place at the dates it gives: nothing to sign up for, go to or be reminded of. */
export function isCalledOff(data: WithStatus): data is { status: EventStatus } {
  return data.status !== undefined;
}

/**
 * Featured (推荐: the home page's schedule first, /media/) only while it is
 * on: a journalist must not be offered a cancelled event as a case to cover.
 * Lists keep it, marked, so that a resident who saw it before learns it is off.
 */
export function isFeaturedNow(data: WithStatus & { featured?: boolean | undefined }): boolean {
  return data.featured === true && !isCalledOff(data);
}

/** schema.org's eventStatus, for the JSON-LD search engines read. */
export function schemaOrgEventStatus(data: WithStatus): string {
  switch (data.status) {
    case 'cancelled':
      return 'https://schema.org/EventCancelled';
    case 'postponed':
      return 'https://schema.org/EventPostponed';
    default:
      return 'https://schema.org/EventScheduled';
  }
}

/**
 * An event's status in a calendar file (RFC 5545 STATUS): CANCELLED, which
 * apps show struck through or drop; a postponed one stays in the calendar
 * as TENTATIVE (no value says "not at this time"), its title saying why.
 */
export function icsEventStatus(data: WithStatus): 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE' {
  return data.status === 'cancelled' ? 'CANCELLED' : data.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED';
}

/**
 * The status a note's words say the event has (`因台风取消`, `延期举办，时间另行通知`),
 * or undefined. Words about something else that was called off (取消报名, 报名延期)
 * do not count, nor a postponement to dates the note names (延期至12月2日): those
 * are new dates, written in start and end. status-words.json holds the words;
 * cancellation wins when a note says both.
 */
export function statusSaidIn(note: string): EventStatus | undefined {
  let text = note;
  for (const phrase of words.notAboutTheEvent) text = text.replaceAll(phrase, '');
  if (words.cancelled.some((word) => text.includes(word))) return 'cancelled';
  const putOff = words.postponed.some((word) => {
    const at = text.indexOf(word);
    return at >= 0 && !words.toNewDates.includes(text.charAt(at + word.length));
  });
  return putOff ? 'postponed' : undefined;
}
