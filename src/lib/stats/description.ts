/**
 * What a shared link to a year's statistics says under its title (og:description,
 * the microdata WeChat reads): the year's progress and totals, figures a
 * journalist can quote, rather than the site's description.
 */
import { stats as words } from '../../i18n/zh-CN/stats.ts';
import { formatDateZh, parseBeijingDate } from '../dates/index.ts';
import { placeWords, provinceShape } from '../regions/index.ts';
import { aggregateMoeTable, moeTotals, reportedShares, type MoeTable } from './aggregate.ts';
import type { StatsFile } from './schema.ts';

/** The year page's lead: the deadline and how many reported (`报送截止 2023年11月25日。已报送：地市 20/21 个，…`). */
export function statsLead(stats: StatsFile, table: MoeTable = aggregateMoeTable(stats)): string {
  const shares = reportedShares(table);
  return words.summary(
    formatDateZh(parseBeijingDate(stats.deadline)!),
    shares.cities,
    shares.counties,
    table.late.length,
    placeWords().divisions,
  );
}

export function statsDescription(stats: StatsFile): string {
  const table = aggregateMoeTable(stats);
  const totals = moeTotals(table);
  return `${words.year(stats.year)}：${statsLead(stats, table)}${words.totals(provinceShape(), totals.all, totals.cities, totals.counties)}`;
}
