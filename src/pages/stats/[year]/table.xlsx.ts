import type { APIRoute } from 'astro';
import { statsYearPaths } from '../../../content/data-files.ts';
import { buildTime } from '../../../lib/identity/build-date.ts';
import { siteSettings } from '../../../lib/site-settings.ts';
import { aggregateMoeTable, statsRemarks, type StatsFile } from '../../../lib/stats/index.ts';
import { annexLayout } from '../../../lib/stats/annex.ts';
import { annexXlsxBuffer } from '../../../lib/stats/annex-xlsx.ts';

/** `/stats/<year>/table.xlsx`: the Ministry's annex as a workbook, the same grid as the page, the note and 数据截至 under it. */
export const getStaticPaths = statsYearPaths;

export const GET: APIRoute<{ stats: StatsFile }> = async ({ props }) =>
  new Response(
    await annexXlsxBuffer(annexLayout(aggregateMoeTable(props.stats), siteSettings().annex, statsRemarks(props.stats)), buildTime()),
    {
      headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    },
  );
