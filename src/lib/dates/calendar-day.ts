/**
 * The Beijing calendar day an instant falls on, as `YYYY-MM-DD`, without a
 * date library: pages' small scripts need it (tonight's lightings, an event
 * starting today), and luxon would blow their JavaScript budget. Intl is in
 * every browser and in Node; the reader's own zone plays no part.
 */
const BEIJING_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function beijingCalendarDay(instant: Date): string {
  const parts = Object.fromEntries(BEIJING_DAY.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The id of a day's cell in its month's calendar, which a link to that day ends with (`#day-2023-11-25`). */
export function calendarDayId(day: string): string {
  return `day-${day}`;
}
