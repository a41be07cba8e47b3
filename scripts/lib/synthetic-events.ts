import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoBounds, geoCentroid } from 'd3-geo';
import { AUDIENCES } from '../../src/lib/content/fields.ts';
import { EVENT_TYPES } from '../../src/lib/content/schemas.ts';
import { boundaryTopology } from '../../src/lib/geo/boundary-file.ts';
import { loadBoundaries, regionsAt } from '../../src/lib/geo/index.ts';
import { heldWithin } from '../../src/lib/content/reader-checks/venue-locations.ts';
import { allCounties, cities, cityOf, province, regionByCode, type Region } from '../../src/lib/regions/index.ts';
import { seededRandom } from '../../src/lib/seeded-random.ts';
import { EVENT_WORDS, personName, picker, sampleSentences, VENUE_WORDS } from './synthetic-text.ts';

/**
 * N synthetic events as editors would write them (content/events/<year>/<slug>.md,
 * the documented fields only, no covers), for the build benchmark. Events
 * spread over `years` editions ending with `lastYear`, each in the autumn
 * around that year's week (18–25 November), most of them short and at a venue
 * with coordinates, some online, a few running for weeks, as the sample's do.
 */
export interface SyntheticEventsOptions {
  /** The content folder to write into (its events/ gets the files). */
  contentDir: string;
  count: number;
  /** Where the sentences come from (default: the editors' sample, content/). */
  textFrom?: string;
  seed?: number;
  lastYear?: number;
  years?: number;
  /** Region codes to place events in (default: the province and every city and county). */
  regions?: readonly string[];
}

/** Written files, by id (`2023/synthetic-00042`). */
export function generateSyntheticEvents(options: SyntheticEventsOptions): string[] {
  const { contentDir, count, lastYear = 2023, years = 6 } = options;
  const rand = seededRandom(options.seed ?? 20231118);
  const pick = picker(rand);
  const sentences = sampleSentences(options.textFrom ?? 'content');
  const places = options.regions ? options.regions.map((code) => regionByCode(code)!) : [province(), ...cities(), ...allCounties()];
  const centre = centroids(places);
  const ids: string[] = [];
  const width = String(count).length;
  for (let i = 0; i < count; i++) {
    const year = lastYear - Math.floor(rand() * years);
    const place = pick(places);
    const id = `${year}/synthetic-${String(i).padStart(width, '0')}`;
    writeEvent(join(contentDir, 'events', `${id}.md`), syntheticEvent(rand, pick, sentences, place, year, centre));
    ids.push(id);
  }
  return ids;
}

type LngLat = [number, number];

/** Whether a venue at `point` lies where `place` is, as the content check sees it. */
function within(place: Region, point: LngLat): boolean {
  const held = regionsAt(point);
  return held.length > 0 && heldWithin(place.code, held);
}

/**
 * A point inside each city's and county's boundary: its centroid, or where a
 * centroid falls outside (a bay, a ring around another district, a county
 * drawn with its neighbour), the point of a grid over its area nearest to it.
 */
function centroids(places: readonly Region[]): Map<string, LngLat> {
  // The configured province's boundary file (content/data/site.json).
  const units = loadBoundaries(boundaryTopology());
  const shapes = new Map([...units.subdivisions, ...units.counties].map((unit) => [unit.code, unit.geometry]));
  const out = new Map<string, LngLat>();
  for (const place of places) {
    const shape = shapes.get(place.code) ?? (place.level === 'county' ? shapes.get(cityOf(place.code)?.code ?? '') : undefined);
    if (!shape) continue;
    const centre = geoCentroid(shape);
    const point = within(place, centre) ? centre : nearestInside(place, centre, geoBounds(shape));
    if (point) out.set(place.code, point);
  }
  return out;
}

function nearestInside(place: Region, centre: LngLat, [[west, south], [east, north]]: [LngLat, LngLat]): LngLat | undefined {
  const STEPS = 24;
  let best: LngLat | undefined;
  let bestDistance = Infinity;
  for (let i = 1; i < STEPS; i++) {
    for (let j = 1; j < STEPS; j++) {
      const point: LngLat = [west + ((east - west) * i) / STEPS, south + ((north - south) * j) / STEPS];
      const distance = Math.hypot(point[0] - centre[0], point[1] - centre[1]);
      if (distance < bestDistance && within(place, point)) [best, bestDistance] = [point, distance];
    }
  }
  return best;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** `2023-11-18T09:30` from a wall-clock time held as UTC. */
const wallClock = (ms: number) => new Date(ms).toISOString().slice(0, 16);
const yamlString = (s: string) => JSON.stringify(s);
/** A summary is plain text: a sentence's Markdown links `[text](/url/)` as their text. */
const withoutLinks = (s: string) => s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');

function syntheticEvent(
  rand: () => number,
  pick: ReturnType<typeof picker>,
  sentences: string[],
  place: Region,
  year: number,
  centre: Map<string, [number, number]>,
): string {
  const city = place.level === 'province' ? undefined : (cityOf(place.code) ?? place);
  const organizer = `${place.name}${pick(['教育局', '图书馆', '社区教育学院', '老年大学', '总工会'])}`;
  const title = `${place.shortName}${pick(EVENT_WORDS)}（第${1 + Math.floor(rand() * 30)}期）`;
  // Half in the week itself, the rest from September to December.
  const inWeek = rand() < 0.5;
  const month = inWeek ? 11 : 9 + Math.floor(rand() * 4);
  const day = inWeek ? 18 + Math.floor(rand() * 8) : 1 + Math.floor(rand() * 28);
  const hour = 8 + Math.floor(rand() * 12);
  const long = rand() < 0.05;
  // Beijing wall-clock times, counted as if UTC (Beijing has no daylight saving).
  const start = Date.UTC(year, month - 1, day, hour);
  const end = long
    ? start + (1 + Math.floor(rand() * 20)) * DAY + (18 - hour) * HOUR
    : start + (1 + Math.floor(rand() * 3)) * HOUR + 30 * MINUTE;
  const online = rand() < 0.25;
  const atVenue = !online || rand() < 0.3;
  const location = centre.get(place.code);
  const lines = [
    '---',
    `title: ${yamlString(title)}`,
    `region: "${place.code}"`,
    `year: ${year}`,
    `summary: ${yamlString(withoutLinks(pick(sentences)).slice(0, 120))}`,
    `type: ${pick(EVENT_TYPES)}`,
    `start: ${wallClock(start)}`,
    `end: ${wallClock(end)}`,
  ];
  if (atVenue) {
    lines.push(
      'venue:',
      `  name: ${yamlString(`${(city ?? place).shortName}${place.shortName === (city ?? place).shortName ? '' : place.shortName}${pick(VENUE_WORDS)}`)}`,
    );
    lines.push(
      `  address: ${yamlString(`${place.name}${pick(['学院路', '文化路', '人民路', '中山路', '解放路'])}${1 + Math.floor(rand() * 300)}号`)}`,
    );
    if (location) {
      const jitter = () => (rand() - 0.5) * 0.04;
      const near: LngLat = [Number((location[0] + jitter()).toFixed(4)), Number((location[1] + jitter()).toFixed(4))];
      // Spread around the point, but never over the boundary: the content check would warn, as it would for an editor's venue.
      const [lng, lat] = within(place, near) ? near : location.map((d) => Number(d.toFixed(4)));
      lines.push(`  location: [${lng}, ${lat}]`);
    }
  }
  if (online) lines.push(`online: https://live.example.org/${year}/${Math.floor(rand() * 1e6)}`);
  lines.push(`organizer: ${yamlString(organizer)}`);
  const audience = new Set([pick(AUDIENCES), ...(rand() < 0.3 ? [pick(AUDIENCES)] : [])]);
  lines.push(`audience: [${[...audience].join(', ')}]`);
  if (rand() < 0.3) lines.push(`registration: https://signup.example.org/${Math.floor(rand() * 1e6)}`);
  lines.push('---', '');
  const body = Array.from({ length: 3 + Math.floor(rand() * 6) }, () => pick(sentences));
  body.splice(
    Math.floor(rand() * body.length),
    0,
    `主讲人${personName(rand)}来自${place.name}，欢迎${city ? city.name : ''}市民参加。`,
  );
  // Paragraphs of two or three sentences, as the sample's bodies are.
  const paragraphs: string[] = [];
  for (let j = 0; j < body.length; j += 2) paragraphs.push(body.slice(j, j + 2).join(''));
  return `${lines.join('\n')}\n${paragraphs.join('\n\n')}\n`;
}

function writeEvent(file: string, text: string): void {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
}
