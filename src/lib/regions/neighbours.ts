import type { GeometryCollection, Topology } from 'topojson-specification';
import { neighbors } from 'topojson-client';
import { boundaryTopology } from '../geo/boundary-file.ts';
import { cityOf, countiesOf, regionByCode, subdivisions, type Region } from './index.ts';

/**
 * Which divisions border which, for the "相邻地区" links on region pages: two
 * county-level units are neighbours when their shapes share a border in the
 * boundary file (across city lines too); two cities are neighbours
 * when any of their counties are. A division the file draws inside another's
 * shape (光明区 inside 宝安区, see metadata.gaps) borders that one and its
 * neighbours. Borders across the sea do not count.
 */
type Topo = Topology<{ counties: GeometryCollection<{ code: string }> }> & {
  metadata?: { gaps?: { code: string; drawnWith: string }[] };
};

let cached: Map<string, Set<string>> | undefined;

/** County-level code (or 东莞/中山) → codes of the units that share a border with it. */
function unitNeighbours(): Map<string, Set<string>> {
  if (cached) return cached;
  const topo = boundaryTopology() as Topo;
  const geometries = topo.objects.counties.geometries;
  const codes = geometries.map((g) => (g.properties as { code: string }).code);
  const map = new Map<string, Set<string>>(codes.map((c) => [c, new Set<string>()]));
  neighbors(geometries).forEach((list, i) => {
    for (const j of list) if (codes[j] !== codes[i]) map.get(codes[i]!)!.add(codes[j]!);
  });
  for (const gap of topo.metadata?.gaps ?? []) {
    const host = map.get(gap.drawnWith);
    if (!host) continue;
    map.set(gap.code, new Set([gap.drawnWith, ...host]));
    host.add(gap.code);
    for (const other of map.get(gap.code)!) if (other !== gap.drawnWith) map.get(other)?.add(gap.code);
  }
  cached = map;
  return map;
}

const byCode = (a: Region, b: Region) => a.code.localeCompare(b.code);
const regions = (codes: Iterable<string>) =>
  [...codes]
    .map((c) => regionByCode(c))
    .filter((r): r is Region => r !== undefined)
    .sort(byCode);

/** County-level divisions (and 东莞/中山) that border a county, in code order. */
export function neighbouringCounties(code: string): Region[] {
  return regions(unitNeighbours().get(code) ?? []);
}

/** Cities (and counties directly under the province) that border one of them, in code order. */
export function neighbouringCities(cityCode: string): Region[] {
  if (cityOf(cityCode)?.code !== cityCode) return [];
  const own = countiesOf(cityCode).length ? countiesOf(cityCode).map((c) => c.code) : [cityCode];
  const found = new Set<string>();
  for (const unit of own) {
    for (const other of unitNeighbours().get(unit) ?? []) {
      const otherCity = cityOf(other)?.code;
      if (otherCity && otherCity !== cityCode) found.add(otherCity);
    }
  }
  return subdivisions().filter((c) => found.has(c.code));
}
