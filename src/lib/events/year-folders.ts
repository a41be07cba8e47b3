/**
 * Events are filed by year (content/events/2023/gz-reading.md), and the
 * folder is part of their address (/events/2023/gz-reading/); shortened,
 * that address is the list of the year's events (/events/2023/), which is
 * so exactly the events filed under it.
 */
const YEAR_FOLDER = /^(\d{4})\/[^/]+$/;

/** The year folder an event's file is directly in (`2023/gz-reading` → 2023), or undefined. */
export function eventFolderYear(id: string): number | undefined {
  const match = YEAR_FOLDER.exec(id);
  return match ? Number(match[1]) : undefined;
}

/** Events by the year folder they are in, the years in order; events in none are left out. */
export function eventsByFolderYear<T extends { id: string }>(events: readonly T[]): Map<number, T[]> {
  const byYear = new Map<number, T[]>();
  for (const event of events) {
    const year = eventFolderYear(event.id);
    if (year === undefined) continue;
    const filed = byYear.get(year);
    if (filed) filed.push(event);
    else byYear.set(year, [event]);
  }
  return new Map([...byYear].sort(([a], [b]) => a - b));
}
