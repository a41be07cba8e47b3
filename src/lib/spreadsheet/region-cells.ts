import type { CellValue } from './types.ts';

/**
 * The region a row names, from its city cell and its county cell as a form's
 * two questions export them, and as offices lay out a list (地市 | 区县): the
 * county within its city (`锡林郭勒盟` and `锡林浩特市` → `锡林郭勒盟锡林浩特市`,
 * which the region resolver reads as a name after its city's), the city's
 * own when the county cell is blank or says 本级 (`锡林郭勒盟盟本级`), the
 * county as typed when it names its city already. Either cell alone is the name.
 */
export function regionOfCells(city: CellValue, county: CellValue): CellValue {
  if (city === null || county === null) return county ?? city;
  const cityText = String(city).trim();
  const countyText = String(county).trim();
  return countyText.includes(cityText) ? countyText : `${cityText}${countyText}`;
}

/**
 * Which of the two cells a problem with that region is told at: the city's
 * when the sheet has no county column, or when the row's county cell is
 * blank and its city cell is not (the region is the city's own, read from
 * its cell alone); else the county's.
 */
export function regionCellColumn(hasCountyColumn: boolean, city: CellValue, county: CellValue): 'city' | 'region' {
  return !hasCountyColumn || (county === null && city !== null) ? 'city' : 'region';
}
