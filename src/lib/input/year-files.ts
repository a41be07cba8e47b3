import { existsSync, readdirSync } from 'node:fs';

/**
 * Data folders hold one file per year (`content/data/stats/2023.json`). Only
 * files named `<year>.json` count: an editor's `2024.json` makes a new year,
 * a `draft.json` or `2024.json.bak` beside it does not. Inside such a file,
 * `year` must agree with the name (see yearField).
 */
const YEAR_FILE_NAME = /^(\d{4})\.json$/;

/** Years with a file in `dir`, oldest first; [] when the folder does not exist. */
export function listYearFiles(dir: string): number[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => YEAR_FILE_NAME.exec(name)?.[1])
    .filter((year): year is string => year !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/** `2023` for `…/stats/2023.json`; undefined for any other file name (`draft.json` is tied to no year). */
export function yearOfFileName(file: string): number | undefined {
  const name = file.split(/[\\/]/).pop() ?? '';
  const match = YEAR_FILE_NAME.exec(name);
  return match ? Number(match[1]) : undefined;
}
