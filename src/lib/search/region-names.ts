import { province, allCounties, cities } from '../regions/index.ts';

/**
 * 广州市 → 广州, 荔湾区 → 荔湾, 连山壮族瑶族自治县 → 连山, 海南省 → 海南:
 * every Guangdong division whose short name differs from its name. The search
 * page receives this map from the build (a few KB of HTML) rather than
 * bundling the whole regions table into its script.
 */
export function regionShortNames(): Record<string, string> {
  const map: Record<string, string> = {};
  for (const region of [province(), ...cities(), ...allCounties()]) {
    if (region.shortName !== region.name) map[region.name] = region.shortName;
  }
  return map;
}
