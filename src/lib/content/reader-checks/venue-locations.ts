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
 * A venue that is not where the event says it is. Its `location` outside
 * the province, or in a county other than the event's region (a district's
 * event, or a city's, pinned in another): readers follow the venue's map
 * link to those coordinates, and a county's page lists what is held in it.
 * Its address naming another division (`广州市越秀区…` for a 天河区 event):
 * a file copied from another event often keeps its region. Warnings: an
 * event may be held outside its region, and a venue by a border may fall on
 * the other side of the simplified boundary.
 */
export function venueProblems(context: ReaderCheckContext): InputProblem[] {
  // Without valid settings the province is unknown, and without a boundary file where a point lies; both are reported in their own right.
  if (!context.settings) return [];
  const boundaries = boundariesLoad();
  const problems: InputProblem[] = [];
  for (const entry of context.entries) {
    if (entry.collection !== 'events') continue;
    const { region, venue } = entry.data as unknown as EventData;
    if (!venue) continue;
    const pinned = boundaries && venue.location ? locationProblem(region, venue.location) : undefined;
    if (pinned) problems.push(warning({ file: entry.file, field: 'venue.location', message: pinned }));
    const addressed = addressProblem(region, venue.address);
    if (addressed) problems.push(warning({ file: entry.file, field: 'venue.address', message: addressed }));
  }
  return problems;
}

function addressProblem(region: string, address: string): string | undefined {
  const named = regionNamedByAddress(address);
  const filed = regionByCode(region);
  if (!named || !filed || addressFitsRegion(named, filed)) return undefined;
  return text.addressElsewhere(address, placeNameOf(named.code), placeNameOf(region), region);
}

function locationProblem(region: string, location: readonly [number, number]): string | undefined {
  const [lng, lat] = location;
  const held = regionsAt(location);
  if (held.length === 0) return text.venueOutside(lng, lat, placeWords().name);
  if (heldWithin(region, held)) return undefined;
  return text.venueElsewhere(lng, lat, placeNameOf(held[0]!), placeNameOf(region), region);
}

/**
 * Whether a point whose polygon stands for `held` (regionsAt, not empty) lies
 * in `region`: anywhere in the province for its own events, in any of a
 * city's counties for the city's.
 */
export function heldWithin(region: string, held: readonly string[]): boolean {
  const level = levelOfCode(region);
  if (level === 'province') return true;
  return held.some((code) => (level === 'city' ? cityOf(code)?.code === region : code === region));
}
