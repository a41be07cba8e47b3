import { endOf } from '../dates/index.ts';
import { buildTime } from '../identity/build-date.ts';
import { eventPhaseAt } from './phase.ts';

/**
 * Over when the site was built (SOURCE_DATE_EPOCH pins the moment): what a
 * page then says in its HTML, for readers without JavaScript too. An event's
 * page asks it of the event, the home page of the week (as an all-day event).
 * Apart from phase.ts, which the pages' scripts import: this reads the build's environment.
 */
export function overWhenBuilt(event: { start: Date; end: Date; allDay?: boolean | undefined }, environment = process.env): boolean {
  return eventPhaseAt({ start: event.start, end: endOf(event) }, buildTime(environment)) === 'past';
}
