/**
 * The award levels a 百姓学习之星 or a brand project may have, in the words of
 * the site's province: 国家级, 省级 (自治区级, or 市级 for a municipality),
 * its cities' and its counties' as it calls them (市级 and 区县级; 盟市级 and
 * 旗县级 in 内蒙古). The keys in front matter stay the same everywhere; a
 * municipality has no `city` level.
 */
import { levelLabelsFor, type LevelKey } from '../../i18n/zh-CN/vocabulary.ts';
import aliases from '../events-import/label-aliases.json' with { type: 'json' };
import { choicesOf, type Choice } from '../input/choices.ts';
import { placeWords } from '../regions/index.ts';
import { provinceOwnWords } from '../regions/province-kind.ts';

export const LEVELS = ['national', 'provincial', 'city', 'district'] as const;

/** The province's labels, by key; a key it has no level for is absent. */
export function awardLevelLabels(): Readonly<Record<string, string>> {
  const place = placeWords();
  return levelLabelsFor(place.kind.level, place.divisions.awards);
}

/** The keys an entry of this province may use, in order. */
export function awardLevelKeys(): LevelKey[] {
  const labels = awardLevelLabels();
  return LEVELS.filter((key) => labels[key] !== undefined);
}

/** `省级`, `市级` …: what a page says for an entry's level (the key itself where the province has none, never blank). */
export function awardLevelLabel(level: LevelKey): string {
  return awardLevelLabels()[level] ?? level;
}

/**
 * What else editors write for each level, read as it: the words any province
 * uses (label-aliases.json), the province's own for itself (自治区级, 区级,
 * 全区 in an autonomous region: province-kinds.json) and its divisions' (盟级,
 * 旗县级 in 内蒙古). A word the province says of itself is its level's alone:
 * in an autonomous region 区级 is 自治区级, not a district's.
 */
export function awardLevelAliases(): Readonly<Record<LevelKey, readonly string[]>> {
  const place = placeWords();
  const own = provinceOwnWords(place.name);
  const words: Record<LevelKey, string[]> = {
    national: aliases.level.national,
    provincial: [...aliases.level.provincial, ...own],
    city: [...aliases.level.city, ...place.divisions.awardAliases.city],
    district: [...aliases.level.district, ...place.divisions.awardAliases.district],
  };
  const unique = (list: readonly string[]) => [...new Set(list)];
  return {
    national: unique(words.national),
    provincial: unique(words.provincial),
    city: unique(words.city).filter((w) => !own.includes(w)),
    district: unique(words.district).filter((w) => !own.includes(w)),
  };
}

/** The province's levels as editors name them (keys, labels, other words): read after the settings. */
export function awardLevelChoices(): Choice[] {
  return choicesOf(awardLevelKeys(), awardLevelLabels(), awardLevelAliases());
}
