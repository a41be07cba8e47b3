import type { APIRoute } from 'astro';
import { statsYearPaths } from '../../../content/data-files.ts';
import { regionProgress, regionsCsv, statsAsOf, type StatsFile } from '../../../lib/stats/index.ts';

/** `/stats/<year>/regions.csv`: every city and county, reported or not, UTF-8 with BOM; each row says the day the figures are as of and the file's note. */
export const getStaticPaths = statsYearPaths;

export const GET: APIRoute<{ stats: StatsFile }> = ({ props }) =>
  new Response(regionsCsv(regionProgress(props.stats), { asOf: statsAsOf(props.stats), note: props.stats.note }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
