/**
 * The five kinds of activity the Ministry's 统计表 (annex to 教职成厅函〔2023〕18号)
 * counts, in the annex's column order. The keys are what a statistics file
 * uses; the annex's wording for each is in the string table (t.stats.activityKinds).
 */
export const ACTIVITY_KINDS = ['themed_reading', 'publisher_picks', 'online_lectures', 'digital_reading', 'learning_week'] as const;

export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export function isActivityKind(key: string): key is ActivityKind {
  return (ACTIVITY_KINDS as readonly string[]).includes(key);
}

/** One value per kind, built by `make`, in the annex's order. */
export function perKind<T>(make: (kind: ActivityKind) => T): Record<ActivityKind, T> {
  return Object.fromEntries(ACTIVITY_KINDS.map((k) => [k, make(k)])) as Record<ActivityKind, T>;
}
