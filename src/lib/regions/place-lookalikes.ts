/**
 * Names that hold a place's short name but do not name it: 中山大学 (in
 * 广州, named for 孙中山), not 中山市. Data, by province:
 * place-lookalikes.json. Search keeps them whole when it looks for a
 * query's words one by one (src/components/search/search-page.ts), puts
 * the pages holding them first, as a place's (src/lib/search/shortcuts.ts),
 * and takes a page that holds the place only inside them for one that
 * does not hold it (src/lib/search/left-out-characters.ts).
 */
import table from './place-lookalikes.json' with { type: 'json' };
import { province } from './index.ts';

/** A name and the place's short name it holds (place-lookalikes.json). */
export interface PlaceLookalike {
  name: string;
  /** The short name inside it: `中山`. */
  holds: string;
  /** What it names, for whoever reads the data file. */
  is: string;
}

const byProvince: Readonly<Record<string, readonly PlaceLookalike[]>> = table.provinces;

/** The lookalikes of the province `provinceCode`; none for a province the file leaves out. */
export function placeLookalikes(provinceCode: string): readonly PlaceLookalike[] {
  return byProvince[provinceCode] ?? [];
}

/** The configured province's lookalike names: `[中山大学, …]`. */
export function lookalikeNames(): string[] {
  return placeLookalikes(province().code).map((lookalike) => lookalike.name);
}
