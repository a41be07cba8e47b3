import { provincesWithData, readRegionData } from './data-files.ts';
import { shortNameOf } from './index.ts';

let names: readonly string[] | undefined;

/**
 * Every province's, city's and county's name as people shorten it, across
 * all provinces with a data file (广东, 广州, 天河, 北京, 海淀): the place
 * in 广州教育局 or 北京教委, a body's name written without 市 or 区. Whatever
 * the site's province, as a link may name any. Read once, on first use.
 */
export function shortPlaceNames(): readonly string[] {
  names ??= Object.freeze(
    [
      ...new Set(
        provincesWithData().flatMap((code) => {
          const data = readRegionData(code);
          return [data.province, ...data.cities, ...data.counties].map((division) => shortNameOf(division.name));
        }),
      ),
    ].filter((name) => /^\p{Script=Han}{2,}$/u.test(name)),
  );
  return names;
}
