import { build } from './zh-CN/build.ts';
import { deploy } from './zh-CN/deploy.ts';
import { calendar } from './zh-CN/calendar.ts';
import { cliText } from './zh-CN/cli.ts';
import { dates } from './zh-CN/dates.ts';
import { contentSafety } from './zh-CN/content-safety.ts';
import { devPreview } from './zh-CN/dev-preview.ts';
import { events } from './zh-CN/events.ts';
import { home } from './zh-CN/home.ts';
import { inputText } from './zh-CN/input.ts';
import { lighting } from './zh-CN/lighting.ts';
import { maps } from './zh-CN/maps.ts';
import { media } from './zh-CN/media.ts';
import { notices } from './zh-CN/notices.ts';
import { readAloud } from './zh-CN/read-aloud.ts';
import { regions } from './zh-CN/regions.ts';
import { search } from './zh-CN/search.ts';
import { books, learners, projects } from './zh-CN/showcases.ts';
import { site } from './zh-CN/site.ts';
import { spreadsheetText } from './zh-CN/spreadsheet.ts';
import { stats } from './zh-CN/stats.ts';
import { statsFormsText } from './zh-CN/stats-forms.ts';
import { audiences, eventTypes, levels, projectCategories } from './zh-CN/vocabulary.ts';

/**
 * Every string a reader or editor sees, under one keyed object: `t.events.title`,
 * `t.statsForms.annex.activity`, and functions for the strings that take values
 * (`t.learners.award(2023, 'provincial')`). The sections live in zh-CN/ so that
 * each stays readable; a second language would be a sibling with the same keys.
 * Pages and components turn keys and data into words here; src/lib returns
 * keys and data. Content text comes from content/.
 */
export const t = {
  site,
  home,
  events,
  books,
  learners,
  projects,
  notices,
  readAloud,
  regions,
  stats,
  /** Importing the form export, the e-mail template, the Ministry's annex. */
  statsForms: statsFormsText,
  /** Reading spreadsheets offices send in (any importer). */
  spreadsheet: spreadsheetText,
  /** The command-line tools' messages about arguments and files. */
  cli: cliText,
  lighting,
  maps,
  media,
  search,
  calendar,
  dates,
  build,
  /** `npm run nginx:config`. */
  deploy,
  /** What editors and officials read when a file they wrote is wrong (the input kit's messages). */
  input: inputText,
  contentSafety,
  devPreview,
  eventTypes,
  audiences,
  levels,
  projectCategories,
} as const;

export type { AudienceKey, EventTypeKey, LevelKey } from './zh-CN/vocabulary.ts';
