import type { SiteSettings } from '../site-settings.ts';

type FormSettings = Pick<SiteSettings, 'year' | 'forms'>;
export type ReportingForm = NonNullable<SiteSettings['forms']['activityData']>;

/**
 * The statistics form (the settings' `forms.activityData`) that a year's
 * progress page sends the regions still to report to: only on the week's
 * own year (an earlier year's form has closed) and only while a region has
 * not reported. Before any report, /stats/ names it whatever the year.
 */
export function formForRegionsToReport(
  settings: FormSettings,
  statsYear: number | undefined,
  stillToReport: number,
): ReportingForm | undefined {
  const form = settings.forms.activityData;
  if (!form) return undefined;
  if (statsYear === undefined) return form;
  return statsYear === settings.year && stillToReport > 0 ? form : undefined;
}
