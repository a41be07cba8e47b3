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

/** `12月2日`, `十二月`, `下周六`: a date just after 至 or 到 (延期至12月2日): the new dates are known. */
const NUMERAL = `[0-9${words.numerals.join('')}]`;
const NEW_DATE = new RegExp(`^(?:${NUMERAL}+\\s*(?:${words.dateUnits.join('|')})|${words.relativeDays.join('|')})`, 'u');
/** `半小时`, `30分钟`, `两天`: a length of time just after 推迟 (推迟半小时开始): the new time is known. */
const TIME_LENGTH = new RegExp(`^(?:${NUMERAL}+|${words.halfOf})\\s*${words.measureWord}?\\s*(?:${words.timeLengths.join('|')})`, 'u');
const SENTENCE_END = /[。！？!?；;\n]/u;
const CLAUSE_END = /[，,、：:（）()]/u;

/** Where `word` stands in `clause` and says what happened: not after 不会 or 可, and 取消 at the clause's end or before what is called off. */
function says(clause: string, word: string, at: number): boolean {
  const before = clause.slice(0, at);
  if (words.notDone.some((no) => before.includes(no)) || words.mayBeDone.some((may) => before.endsWith(may))) return false;
  if (!words.needsObject.includes(word)) return true;
  const rest = clause.slice(at + word.length).trim();
  const particle = words.particlesAfter.find((p) => rest.startsWith(p));
  const after = (particle === undefined ? rest : rest.slice(particle.length)).trim();
  return after === '' || words.eventObjects.some((object) => after.startsWith(object));
}

/** A postponement to no dates given: not 延期至12月2日, nor 推迟半小时. */
function postponedIn(clause: string, word: string, at: number): boolean {
  if (!says(clause, word, at)) return false;
  const after = clause.slice(at + word.length).trim();
  if (TIME_LENGTH.test(after)) return false;
  const to = words.toNewDates.find((w) => after.startsWith(w));
  return to === undefined || !NEW_DATE.test(after.slice(to.length).trim());
}

/** Every place `word` stands in `text`. */
function placesOf(text: string, word: string): number[] {
  const places: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) places.push(at);
  return places;
}

/**
 * The status a note's words say the event has (`本次活动已取消`, `延期举办，时间另行通知`),
 * or undefined. A note that only mentions the words says none: what else was
 * called off (取消报名, 取消线下环节，改为线上直播), what would happen (如遇暴雨，活动延期举行;
 * 雨天改期), what may not be done (报名截止后不可取消), and a postponement to
 * dates or by a time the note gives (延期至12月2日, 推迟半小时开始): those are
 * new dates, written in start and end. status-words.json holds the words;
 * cancellation wins when a note says both.
 */
export function statusSaidIn(note: string): EventStatus | undefined {
  let text = note.normalize('NFKC');
  for (const phrase of words.notAboutTheEvent) text = text.replaceAll(phrase, '');
  let cancelled = false;
  let postponed = false;
  for (const sentence of text.split(SENTENCE_END)) {
    for (const clause of sentence.split(CLAUSE_END)) {
      // 如遇暴雨，活动延期举行，另行通知: the rest of the sentence says what would happen.
      if (words.conditions.some((condition) => clause.includes(condition))) break;
      if (words.partsOfAnEvent.some((part) => clause.includes(part))) continue;
      cancelled ||= words.cancelled.some((word) => placesOf(clause, word).some((at) => says(clause, word, at)));
      postponed ||= words.postponed.some((word) => placesOf(clause, word).some((at) => postponedIn(clause, word, at)));
    }
  }
  return cancelled ? 'cancelled' : postponed ? 'postponed' : undefined;
}
