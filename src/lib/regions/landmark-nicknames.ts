/**
 * What residents call a landmark besides its name: 小蛮腰 for 广州塔, 莞图
 * for 东莞图书馆. Data, by province: landmark-nicknames.json. Search reads
 * them as synonyms (src/lib/search/index-copy.ts); the lighting check
 * takes a name and its nickname for one landmark (src/lib/lighting/same-landmark.ts).
 */
import table from './landmark-nicknames.json' with { type: 'json' };
import { province } from './index.ts';

/** A landmark and its nicknames (landmark-nicknames.json). */
export interface LandmarkNicknames {
  /** Its official name: `广州塔`. */
  name: string;
  /** The division it stands in. */
  region: string;
  nicknames: readonly string[];
  /** Where each nickname is in use, for whoever reads the data file. */
  source: string;
}

const byProvince: Readonly<Record<string, readonly LandmarkNicknames[]>> = table.provinces;

/** The landmark nicknames of the province `provinceCode`; none for a province the file leaves out. */
export function landmarkNicknames(provinceCode: string): readonly LandmarkNicknames[] {
  return byProvince[provinceCode] ?? [];
}

/** Each landmark of the configured province with nicknames, as its name followed by them: `[广州塔, 小蛮腰]`. */
export function landmarkNameGroups(): readonly (readonly string[])[] {
  return landmarkNicknames(province().code).map((landmark) => [landmark.name, ...landmark.nicknames]);
}
