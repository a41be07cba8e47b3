/**
 * The award levels a 百姓学习之星 or a brand project may have, in the words of
 * the site's province: 国家级, 省级 (自治区级, or 市级 for a municipality),
 * 市级 where the province has cities, 区县级. The keys in front matter stay
 * the same everywhere; a municipality has no `city` level.
 */
import { levelLabelsFor, type LevelKey } from '../../i18n/zh-CN/vocabulary.ts';
import { cities, placeWords } from '../regions/index.ts';

export const LEVELS = ['national', 'provincial', 'city', 'district'] as const;

/** The province's labels, by key; a key it has no level for is absent. */
export function awardLevelLabels(): Readonly<Record<string, string>> {
  return levelLabelsFor(placeWords().kind.level, cities().length > 0);
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
