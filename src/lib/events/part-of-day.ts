import { inBeijing } from '../dates/index.ts';

export type PartOfDay = 'morning' | 'afternoon' | 'evening';

/**
 * The part of the day an event begins in, by Beijing's clock: residents ask
 * for 晚上有什么活动 or 周六上午, and an event's page prints 19:30, which no
 * such word finds. Before noon the morning, from six in the evening the
 * evening; an event of whole days has none.
 */
export function partOfDayBegun(start: Date, allDay: boolean): PartOfDay | undefined {
  if (allDay) return undefined;
  const { hour } = inBeijing(start);
  return hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening';
}
