import type { APIRoute } from 'astro';
import { statsYearPaths } from '../../../content/data-files.ts';
import { aggregateMoeTable, moeTableCsv, type StatsFile } from '../../../lib/stats/index.ts';

/** `/stats/<year>/table.csv`: the MoE table, UTF-8 with BOM for Excel. */
export const getStaticPaths = statsYearPaths;

export const GET: APIRoute<{ stats: StatsFile }> = ({ props }) =>
  new Response(moeTableCsv(aggregateMoeTable(props.stats)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
