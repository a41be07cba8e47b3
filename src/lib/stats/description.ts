/**
 * What a shared link to a year's statistics says under its title (og:description,
 * the microdata WeChat reads): the year's progress and totals, figures a
 * journalist can quote, rather than the site's description.
 */
import { stats as words } from '../../i18n/zh-CN/stats.ts';
import { formatDateZh, parseBeijingDate } from '../dates/index.ts';
import { provinceShape } from '../regions/index.ts';
import { aggregateMoeTable, moeTotals } from './aggregate.ts';
import type { StatsFile } from './schema.ts';

export function statsDescription(stats: StatsFile): string {
  const table = aggregateMoeTable(stats);
  const totals = moeTotals(table);
  const lead = words.summary(
    formatDateZh(parseBeijingDate(stats.deadline)!),
    table.cityCount > 0 ? `${table.reported.cities}/${table.cityCount}` : undefined,
    `${table.reported.counties}/${table.countyCount}`,
    table.late.length,
  );
  return `${words.year(stats.year)}：${lead}${words.totals(provinceShape(), totals.all, totals.cities, totals.counties)}`;
}
