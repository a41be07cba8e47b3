import { eventsTemplateBuffer } from '../lib/events-import/template.ts';
import { buildTime } from '../lib/identity/build-date.ts';
import { siteSettings } from '../lib/site-settings.ts';

/**
 * The week's year's blank events sheet, made once per build: the endpoint
 * writes it (src/pages/events/sheet.xlsx.ts), and the submission page says
 * its size (src/components/SubmissionForms.astro).
 */
let sheet: Promise<Uint8Array<ArrayBuffer>> | undefined;

export function eventsSheetBytes(): Promise<Uint8Array<ArrayBuffer>> {
  sheet ??= eventsTemplateBuffer(siteSettings().year, buildTime());
  return sheet;
}
