/**
 * What residents call a city besides its name: 羊城 for 广州, 鹏城 for 深圳.
 * Data, by province: place-nicknames.json. Search reads them as synonyms
 * (src/lib/search/index-copy.ts) and as words that ask for the city's
 * events (src/lib/search/shortcuts.ts). Unlike the abbreviations
 * (abbreviations.json), a nickname is not rewritten to the city's name in
 * a query: 书香羊城 is an event's own title.
 */
import table from './place-nicknames.json' with { type: 'json' };
import { province, regionByCode } from './index.ts';

/** A division and its nicknames (place-nicknames.json). */
export interface PlaceNicknames {
  code: string;
  nicknames: readonly string[];
  /** Where each nickname is in use, for whoever reads the data file. */
  source: string;
}

const byProvince: Readonly<Record<string, readonly PlaceNicknames[]>> = table.provinces;

/** The place nicknames of the province `provinceCode`; none for a province the file leaves out. */
export function placeNicknames(provinceCode: string): readonly PlaceNicknames[] {
  return byProvince[provinceCode] ?? [];
}

/** The nicknames of the configured province's division `code`: `[羊城]` for 广州. */
export function nicknamesOf(code: string): readonly string[] {
  return placeNicknames(province().code).find((place) => place.code === code)?.nicknames ?? [];
}

/** Each division of the configured province with nicknames, as its short name followed by them: `[广州, 羊城]`. */
export function placeNicknameGroups(): readonly (readonly string[])[] {
  return placeNicknames(province().code).flatMap((place) => {
    const region = regionByCode(place.code);
    return region ? [[region.shortName, ...place.nicknames]] : [];
  });
}
