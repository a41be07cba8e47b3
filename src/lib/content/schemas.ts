import { z } from 'zod';
import { inputText } from '../../i18n/zh-CN/input.ts';
import { eventStatuses, eventTypes, projectCategories } from '../../i18n/zh-CN/vocabulary.ts';
import { allDaySpan } from '../dates/index.ts';
import { EVENT_STATUSES } from '../events/status.ts';
import { onlyOf, strictObject } from '../input/index.ts';
import { lngLatField } from '../geo/lng-lat-field.ts';
import labelAliases from '../events-import/label-aliases.json' with { type: 'json' };
import accessNone from './access-none.json' with { type: 'json' };
import { choicesOf } from '../input/choices.ts';
import { choiceError } from './choice-error.ts';
import {
  aliases,
  audience,
  awardLevel,
  beijingDateTime,
  coverImage,
  flag,
  isbn13,
  nonEmptyText,
  regionCode,
  textList,
  webUrl,
  year,
} from './fields.ts';

/**
 * The content model of design.md, one schema per collection. `image` is
 * Astro's image() helper in the build and a plain string schema in tests, so
 * these stay free of Astro imports.
 */

export const EVENT_TYPES = [
  'themed_reading',
  'publisher_picks',
  'online_lecture',
  'digital_reading',
  'opening_ceremony',
  'seminar',
  'open_day',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const PROJECT_CATEGORIES = [
  'community_education',
  'elderly_education',
  'workers_training',
  'reading',
  'other',
] as const;

const m = inputText.content;

/** The values as editors name them (开幕式 for opening_ceremony): for the messages, npm run new and import-events. */
export const TYPE_CHOICES = choicesOf(EVENT_TYPES, eventTypes, labelAliases.type, labelAliases.maybe.type);
const STATUS_CHOICES = choicesOf(EVENT_STATUSES, eventStatuses);
export const CATEGORY_CHOICES = choicesOf(PROJECT_CATEGORIES, projectCategories);

/** When the entry went public, for feeds (optional: the file's first commit stands in; see published.ts). */
const published = beijingDateTime.optional();

/** Cards and share previews show a summary whole; a page shows a note beside the dates. */
export const SUMMARY_MAX = 200;
export const NOTE_MAX = 200;
/** What a reader who uses a wheelchair or cannot climb stairs needs to know of a place, said in a line or two. */
export const ACCESSIBILITY_MAX = 100;

/**
 * 无, 暂无, 没有电梯 in venue.accessibility (access-none.json): the place has nothing, or nobody knows, where
 * the field says what it offers, and its page, card and search would offer it to a reader in a wheelchair.
 */
export function saysNoAccess(text: string): boolean {
  const bare = text.replace(/[\p{P}\p{Z}]/gu, '').toLowerCase();
  return accessNone.whole.includes(bare) || accessNone.starts.some((start) => bare.startsWith(start));
}

/** Fields every showcase shares; `sample` marks invented content as 示例 on its page. */
function common<T extends z.ZodType>(image: T) {
  return {
    region: regionCode,
    year,
    summary: nonEmptyText(m.summary).check(onlyOf('text', z.maxLength(SUMMARY_MAX, { error: m.summaryTooLong }))),
    featured: flag('featured').default(false),
    sample: flag('sample').default(false),
    cover: coverImage(image).optional(),
    published,
    aliases,
  };
}

/** Not required to be inside the province: an event may be held elsewhere (the reader checks warn). */
const lngLat = lngLatField({ inside: false });

export function eventSchema<T extends z.ZodType>(image: T) {
  return strictObject({
      title: nonEmptyText(m.title),
      ...common(image),
      type: z.enum(EVENT_TYPES, { error: choiceError(() => TYPE_CHOICES, m.event.type) }),
      start: beijingDateTime,
      end: beijingDateTime,
      venue: strictObject(
        {
          name: nonEmptyText(m.event.venueName),
          address: nonEmptyText(m.event.venueAddress),
          location: lngLat.optional(),
          accessibility: nonEmptyText(m.event.venueAccessibility)
            .check(onlyOf('text', z.maxLength(ACCESSIBILITY_MAX, { error: m.event.venueAccessibilityTooLong })))
            .refine((text) => !saysNoAccess(text), { error: (issue) => m.event.venueAccessibilityNone(String(issue.input)) })
            .optional(),
        },
        { error: m.event.venueShape },
      ).optional(),
      online: webUrl.optional(),
      organizer: nonEmptyText(m.event.organizer),
      audience,
      registration: webUrl.optional(),
      /** Called off after it was announced (src/lib/events/status.ts); without it the event takes place as written. */
      status: z.enum(EVENT_STATUSES, { error: choiceError(() => STATUS_CHOICES, m.event.status) }).optional(),
      /** Said on the page beside the dates: why an event falls outside the week, a change of plan. */
      note: nonEmptyText(m.event.note)
        .check(onlyOf('text', z.maxLength(NOTE_MAX, { error: m.event.noteTooLong })))
        .optional(),
    })
    .superRefine((event, ctx) => {
      if (event.end.getTime() < event.start.getTime()) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: m.event.endBeforeStart });
      }
      if (!event.venue && !event.online) {
        ctx.addIssue({ code: 'custom', path: ['venue'], message: m.event.venueOrOnline });
      }
    })
    // Dates without times (start: 2023-11-18), or 00:00 to 23:59: the event lasts those whole days.
    .transform((event) => ({ ...event, ...allDaySpan(event.start, event.end) }));
}

export function bookSchema<T extends z.ZodType>(image: T) {
  return strictObject({
    title: nonEmptyText(m.book.title),
    ...common(image),
    authors: textList(m.book.author, m.book.authorsField, m.book.authorsShape).check(
      onlyOf('list', z.minLength(1, { error: m.book.authorsEmpty })),
    ),
    publisher: nonEmptyText(m.book.publisher),
    isbn: isbn13,
    recommender: strictObject(
      {
        name: nonEmptyText(m.book.recommenderName),
        role: nonEmptyText(m.book.recommenderRole),
        press: nonEmptyText(m.book.recommenderPress),
      },
      { error: () => m.book.recommenderShape },
    ),
    audience,
    themes: textList(m.book.theme, m.book.themesField, m.book.themesShape).default([]),
  });
}

export function learnerSchema<T extends z.ZodType>(image: T) {
  return strictObject({
    name: nonEmptyText(m.learner.name),
    ...common(image),
    level: awardLevel,
    age: z
      .number({ error: (issue) => (typeof issue.input === 'string' ? m.number('age', '70', issue.input) : m.learner.age) })
      .int({ error: m.learner.ageInteger })
      .min(3, { error: m.learner.ageRange })
      .max(120, { error: m.learner.ageRange }),
    occupation: nonEmptyText(m.learner.occupation),
    video: webUrl.optional(),
  });
}

export function projectSchema<T extends z.ZodType>(image: T) {
  return strictObject({
    name: nonEmptyText(m.project.name),
    ...common(image),
    organization: nonEmptyText(m.project.organization),
    level: awardLevel,
    category: z.enum(PROJECT_CATEGORIES, { error: choiceError(() => CATEGORY_CHOICES, m.project.category) }),
  });
}

/** Notices (public documents, 主动公开) and standing pages such as about. */
export const pageSchema = strictObject({
  title: nonEmptyText(m.title),
  summary: nonEmptyText(m.pageSummary),
  issuer: nonEmptyText(m.page.issuer).optional(),
  docNumber: nonEmptyText(m.page.docNumber).optional(),
  date: beijingDateTime.optional(),
  published,
  aliases,
  source: webUrl.optional(),
  order: z.number({ error: m.page.order }).int({ error: m.page.order }).default(0),
  /** A block from site settings under the text: the annexes' online forms, or the national portals with their addresses. */
  action: z.enum(['submissionForm', 'portals'], { error: m.page.action }).optional(),
});
