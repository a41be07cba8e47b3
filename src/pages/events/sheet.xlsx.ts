import type { APIRoute } from 'astro';
import { eventsSheetBytes } from '../../content/events-sheet.ts';

/**
 * `/events/sheet.xlsx`: the blank events sheet of the week's year, with its drop-downs and its sheet of
 * instructions, for a city's staff to download from the submission page, fill a row per event and send
 * back; the editors import it whole (`npm run import-events`).
 */
export const GET: APIRoute = async () =>
  new Response(await eventsSheetBytes(), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
