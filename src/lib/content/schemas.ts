import { z } from 'zod';
import {
  audience,
  awardLevel,
  beijingDateTime,
  coverImage,
  isbn13,
  nonEmptyText,
  regionCode,
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

/** Fields every showcase shares; `sample` marks invented content as 示例 on its page. */
function common<T extends z.ZodType>(image: T) {
  return {
    region: regionCode,
    year,
    summary: nonEmptyText('摘要（summary，一两句话）').pipe(
      z.string().max(200, { error: '摘要过长：请控制在 200 字以内，用于卡片和分享预览' }),
    ),
    featured: z.boolean({ error: 'featured 须为 true 或 false' }).default(false),
    sample: z.boolean({ error: 'sample 须为 true 或 false' }).default(false),
    cover: coverImage(image).optional(),
  };
}

const lngLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)], {
  error: 'location 须为 [经度, 纬度]，如 [113.3245, 23.1064]',
});

export function eventSchema<T extends z.ZodType>(image: T) {
  return z
    .object({
      title: nonEmptyText('标题（title）'),
      ...common(image),
      type: z.enum(EVENT_TYPES, { error: `活动类型须为 ${EVENT_TYPES.join('、')} 之一` }),
      start: beijingDateTime,
      end: beijingDateTime,
      venue: z
        .object({
          name: nonEmptyText('场地名称（venue.name）'),
          address: nonEmptyText('地址（venue.address）'),
          location: lngLat.optional(),
        })
        .optional(),
      online: webUrl.optional(),
      organizer: nonEmptyText('主办单位（organizer）'),
      audience,
      registration: webUrl.optional(),
    })
    .superRefine((event, ctx) => {
      if (event.end.getTime() < event.start.getTime()) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: '结束时间（end）早于开始时间（start）' });
      }
      if (!event.venue && !event.online) {
        ctx.addIssue({
          code: 'custom',
          path: ['venue'],
          message: '线下活动须填写 venue（场地与地址），线上活动须填写 online（网址），至少填一项',
        });
      }
    });
}

export function bookSchema<T extends z.ZodType>(image: T) {
  return z.object({
    title: nonEmptyText('书名（title）'),
    ...common(image),
    authors: z.array(nonEmptyText('作者')).min(1, { error: '至少填写一位作者' }),
    publisher: nonEmptyText('出版社（publisher）'),
    isbn: isbn13,
    recommender: z.object(
      {
        name: nonEmptyText('推荐人姓名（recommender.name）'),
        role: nonEmptyText('推荐人职务（recommender.role，如 社长、总编辑）'),
        press: nonEmptyText('推荐人所在出版社（recommender.press）'),
      },
      { error: 'recommender 须包含 name、role、press' },
    ),
    audience,
    themes: z.array(nonEmptyText('主题')).default([]),
  });
}

export function learnerSchema<T extends z.ZodType>(image: T) {
  return z.object({
    name: nonEmptyText('姓名（name）'),
    ...common(image),
    level: awardLevel,
    age: z.number({ error: '年龄（age）须为数字' }).int({ error: '年龄须为整数' }).min(3).max(120),
    occupation: nonEmptyText('职业（occupation）'),
    video: webUrl.optional(),
  });
}

export function projectSchema<T extends z.ZodType>(image: T) {
  return z.object({
    name: nonEmptyText('项目名称（name）'),
    ...common(image),
    organization: nonEmptyText('实施单位（organization）'),
    level: awardLevel,
    category: z.enum(PROJECT_CATEGORIES, { error: `类别须为 ${PROJECT_CATEGORIES.join('、')} 之一` }),
  });
}

/** Notices (public documents, 主动公开) and standing pages such as about. */
export const pageSchema = z.object({
  title: nonEmptyText('标题（title）'),
  summary: nonEmptyText('摘要（summary）'),
  issuer: z.string().trim().min(1).optional(),
  docNumber: z.string().trim().min(1).optional(),
  date: beijingDateTime.optional(),
  source: webUrl.optional(),
  order: z.number().int().default(0),
  /** Show a button to a link kept in site settings (e.g. the submission form). */
  action: z.enum(['submissionForm'], { error: 'action 只能为 submissionForm' }).optional(),
});
