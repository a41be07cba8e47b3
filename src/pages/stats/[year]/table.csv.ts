import type { APIRoute } from 'astro';
import { statsYearPaths } from '../../../content/data-files.ts';
import { siteSettings } from '../../../lib/site-settings.ts';
import { aggregateMoeTable, annexCsv, statsRemarks, type StatsFile } from '../../../lib/stats/index.ts';
import { annexLayout } from '../../../lib/stats/annex.ts';

/** `/stats/<year>/table.csv`: the Ministry's annex, the same sheet as table.xlsx (the note and 数据截至 under it), UTF-8 with BOM for Excel. */
export const getStaticPaths = statsYearPaths;

export const GET: APIRoute<{ stats: StatsFile }> = ({ props }) =>
  new Response(annexCsv(annexLayout(aggregateMoeTable(props.stats), siteSettings().annex, statsRemarks(props.stats))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
