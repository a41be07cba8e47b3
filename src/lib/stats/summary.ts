/**
 * What `stats check` prints when a file is valid: enough for an official to
 * see at a glance whether the figures are complete enough to send on.
 */
import { regionLabel } from '../regions/index.ts';
import { aggregateMoeTable } from './aggregate.ts';
import { regionProgress } from './progress.ts';
import type { RegionProgress } from './progress.ts';
import type { StatsFile } from './schema.ts';

/** Early in the season most regions are missing: name the first few, count the rest. */
const MAX_NAMES = 20;

function names(entries: readonly RegionProgress[], withDay = false): string {
  const named = entries
    .slice(0, MAX_NAMES)
    .map((p) => (withDay && p.status !== 'not_reported' ? `${regionLabel(p.code)}（${p.submittedAt}）` : regionLabel(p.code)))
    .join('、');
  return entries.length > MAX_NAMES ? `${named} 等` : named;
}

export function statsSummary(stats: StatsFile, fileLabel: string): string {
  const table = aggregateMoeTable(stats);
  const progress = regionProgress(stats);
  const missingCities = progress.filter((p) => p.level === 'city' && p.status === 'not_reported');
  const missingCounties = progress.filter((p) => p.level === 'county' && p.status === 'not_reported');
  const late = progress.filter((p) => p.status === 'late');
  const lines = [
    `✓ ${fileLabel} 校验通过`,
    `  年度 ${stats.year}，报送截止 ${stats.deadline}（北京时间）`,
    `  报告 ${stats.reports.length} 条：地市级 ${table.reported.cities}/${table.cityCount}，县级 ${table.reported.counties}/${table.countyCount}`,
  ];
  if (missingCities.length > 0) lines.push(`  未报送的地市（${missingCities.length}）：${names(missingCities)}`);
  if (missingCounties.length > 0) lines.push(`  未报送的县级（${missingCounties.length}）：${names(missingCounties)}`);
  lines.push(late.length > 0 ? `  逾期报送（${late.length}）：${names(late, true)}` : '  没有逾期报送');
  if (stats.note) lines.push(`  说明：${stats.note}`);
  return lines.join('\n');
}
