/**
 * The five kinds of activity the Ministry's 统计表 (annex to 教职成厅函〔2023〕18号)
 * counts, in the annex's column order, with the annex's own wording. The keys
 * are what a statistics file uses; the labels are what the table prints.
 */
export const ACTIVITY_KINDS = [
  'themed_reading',
  'publisher_picks',
  'online_lectures',
  'digital_reading',
  'learning_week',
] as const;

export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_KIND_LABELS: Readonly<Record<ActivityKind, string>> = Object.freeze({
  themed_reading: '主题阅读活动',
  publisher_picks: '"社长（总编）荐书"活动',
  online_lectures: '线上社会大讲堂',
  digital_reading: '数字阅读分享活动',
  learning_week: '全民终身学习活动周',
});

export function isActivityKind(key: string): key is ActivityKind {
  return (ACTIVITY_KINDS as readonly string[]).includes(key);
}

/** One value per kind, built by `make`, in the annex's order. */
export function perKind<T>(make: (kind: ActivityKind) => T): Record<ActivityKind, T> {
  return Object.fromEntries(ACTIVITY_KINDS.map((k) => [k, make(k)])) as Record<ActivityKind, T>;
}
