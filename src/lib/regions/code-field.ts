import { inputText, type PlaceWords } from '../../i18n/zh-CN/input.ts';
import { SHAPES, withJsonShape } from '../input/json-shape.ts';
import { checked } from '../input/schema.ts';
import { allCounties, cities, fullRegionName, placeWords, regionByCode, province, type Region } from './index.ts';
import { provinceUnknown } from './province-unknown.ts';
import { resolveRegionName } from './resolve-name.ts';

const SIX_DIGITS = /^\d{6}$/;

/**
 * Why `value` is not a division code of the province; undefined when it is
 * one. The province's own code counts only when `province` says what to do
 * with it (`provinceMessage`): a statistics report or a landmark stands in
 * a city or county, whereas an event may be province-wide.
 */
export function regionCodeProblem(value: unknown, options: { provinceMessage?: string } = {}): string | undefined {
  const place = placeWords();
  if (value === undefined) return inputText.region.missing(place);
  if (typeof value === 'number') return inputText.region.quoteNumber(value);
  if (typeof value !== 'string') return inputText.region.notText(place, value);
  if (!SIX_DIGITS.test(value)) return nameForCodeProblem(value);
  const region = regionByCode(value);
  if (region?.level === 'province') return options.provinceMessage;
  if (region) return undefined;
  return value.slice(0, 2) === province().code.slice(0, 2)
    ? inputText.region.unknown(place, value)
    : inputText.region.outside(place, value);
}

/**
 * While the province is unknown (site.json broken): what is wrong with the
 * value whatever the province, a code missing, unquoted or not six digits;
 * whether it is one of the province's divisions waits for the settings.
 */
function codeShapeProblem(value: unknown): string | undefined {
  const words = inputText.region.withoutProvince;
  if (value === undefined) return words.missing;
  if (typeof value === 'number') return inputText.region.quoteNumber(value);
  if (typeof value !== 'string') return words.notText(value);
  return SIX_DIGITS.test(value) ? undefined : words.shape(value);
}

/** A name where the code goes (`region: 天河`): say which code it is, or which it may be. */
function nameForCodeProblem(value: string): string {
  const match = resolveRegionName(value);
  if (match.status === 'found') return inputText.region.nameForCode(value, match.region.code, fullRegionName(match.region));
  if (match.status === 'ambiguous')
    return inputText.region.ambiguousName(
      value,
      match.candidates.map((r) => `${fullRegionName(r)} ${r.code}`),
    );
  return inputText.region.shape(placeWords(), value);
}

/**
 * A division code as a Zod field. `provinceMessage`, when given, rejects the
 * province's own code with that message (a city or county is needed there).
 */
export function regionCodeField(provinceMessage?: (place: PlaceWords) => string) {
  const field = checked((value, reject) => {
    const problem = provinceUnknown()
      ? codeShapeProblem(value)
      : regionCodeProblem(value, provinceMessage ? { provinceMessage: provinceMessage(placeWords()) } : {});
    return problem ? reject(problem) : (value as string);
  });
  // Made when a schema file is: the province's divisions come from the site settings, read on first use.
  return withJsonShape(field, () => regionCodeShape(provinceMessage === undefined));
}

/** Every code the field takes, each with its name for completion lists (`440106` 广州市天河区). */
function regionCodeShape(withProvince: boolean) {
  const regions: Region[] = [
    ...(withProvince ? [province()] : []),
    ...cities().flatMap((city) => [city, ...allCounties().filter((c) => c.parent === city.code)]),
  ];
  return {
    ...SHAPES.text,
    pattern: '^\\d{6}$',
    enum: regions.map((r) => r.code),
    enumDescriptions: regions.map(fullRegionName),
  };
}
