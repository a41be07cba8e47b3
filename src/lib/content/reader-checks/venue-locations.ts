import { readerChecksText as text } from '../../../i18n/zh-CN/reader-checks.ts';
import { boundariesLoad, regionsAt } from '../../geo/index.ts';
import type { InputProblem } from '../../input-problem.ts';
import { addressFitsRegion, regionNamedByAddress } from '../../regions/address-region.ts';
import { cityOf, levelOfCode, placeNameOf, placeWords, regionByCode } from '../../regions/index.ts';
import { warning, type ReaderCheckContext } from './context.ts';

interface EventData {
  region: string;
  venue?: { address: string; location?: readonly [number, number] };
}

/**
 * A venue's address that names another division than the event's region
 * (`广州市越秀区…` for a 天河区 event): the event is listed on the region's
 * page, and a file copied from another event often keeps its region. A
 * warning, as for the coordinates.
 */
export function venueAddressProblems(context: ReaderCheckContext): InputProblem[] {
  if (!context.settings) return [];
  const problems: InputProblem[] = [];
  for (const entry of context.entries) {
    if (entry.collection !== 'events') continue;
    const { region, venue } = entry.data as unknown as EventData;
    const named = venue ? regionNamedByAddress(venue.address) : undefined;
    const filed = regionByCode(region);
    if (!named || !filed || addressFitsRegion(named, filed)) continue;
    const message = text.addressElsewhere(venue!.address, placeNameOf(named.code), placeNameOf(region), region);
    problems.push(warning({ file: entry.file, field: 'venue.address', message }));
  }
  return problems;
}

/**
 * A venue's `location` that is not where the event says it is: outside the
 * province, or in a county other than the event's region (a district's
 * event, or a city's, pinned in another). Readers follow the venue's map
 * link to those coordinates, and a county's page lists what is held in it.
 * Warnings: an event may be held outside its region, and a venue by a
 * border may fall on the other side of the simplified boundary.
 */
export function venueLocationProblems(context: ReaderCheckContext): InputProblem[] {
  // Without valid settings or a boundary file, where a point lies is unknown; both are reported in their own right.
  if (!context.settings || !boundariesLoad()) return [];
  const problems: InputProblem[] = [];
  for (const entry of context.entries) {
    if (entry.collection !== 'events') continue;
    const { region, venue } = entry.data as unknown as EventData;
    const location = venue?.location;
    if (!location) continue;
    const message = locationProblem(region, location);
    if (message) problems.push(warning({ file: entry.file, field: 'venue.location', message }));
  }
  return problems;
}

function locationProblem(region: string, location: readonly [number, number]): string | undefined {
  const [lng, lat] = location;
  const held = regionsAt(location);
  if (held.length === 0) return text.venueOutside(lng, lat, placeWords().name);
  const level = levelOfCode(region);
  const within = (code: string) => (level === 'city' ? cityOf(code)?.code === region : code === region);
  if (level === 'province' || held.some(within)) return undefined;
  return text.venueElsewhere(lng, lat, placeNameOf(held[0]!), placeNameOf(region), region);
}
