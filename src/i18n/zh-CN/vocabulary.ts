/** The words for the content model's fixed values (design.md): event types, audiences, award levels, project categories. */
export const eventTypes = {
  themed_reading: '主题阅读',
  publisher_picks: '社长（总编）荐书',
  online_lecture: '线上社会大讲堂',
  digital_reading: '数字阅读分享',
  opening_ceremony: '开幕式',
  seminar: '研讨活动',
  open_day: '开放参观',
  other: '其他活动',
} as const;

/** What became of an event (src/lib/events/status.ts): the marks lists and pages show. */
export const eventStatuses = {
  cancelled: '已取消',
  postponed: '已延期',
} as const;

export const audiences = {
  elderly: '老年人',
  youth: '青少年',
  family: '亲子家庭',
  workers: '职工',
  residents: '社区居民',
  all: '所有人',
} as const;

export const levels = { national: '国家级', provincial: '省级', city: '市级', district: '区县级' } as const;

/**
 * The award levels as a province speaks of them (src/lib/content/award-levels.ts):
 * 省级 in 广东, 自治区级 in 广西, and 市级 in 北京, which has no cities, hence no
 * city level of its own; its cities' and counties' as it calls them (`awards`,
 * ./divisions.ts): 市级 and 区县级 in 广东, 盟市级 and 旗县级 in 内蒙古.
 */
export const levelLabelsFor = (provinceLevel: string, awards: { city?: string; district: string }): Record<string, string> => ({
  national: levels.national,
  provincial: `${provinceLevel}级`,
  ...(awards.city === undefined ? {} : { city: awards.city }),
  district: awards.district,
});

export const projectCategories = {
  community_education: '社区教育',
  elderly_education: '老年教育',
  workers_training: '职工培训',
  reading: '全民阅读',
  other: '其他',
} as const;

export type EventTypeKey = keyof typeof eventTypes;
export type AudienceKey = keyof typeof audiences;
export type EventStatusKey = keyof typeof eventStatuses;
export type LevelKey = keyof typeof levels;
