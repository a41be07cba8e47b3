import { describe, expect, it } from 'vitest';
import { stats } from '../../i18n/zh-CN/stats.ts';
import { ACTIVITY_KINDS, isActivityKind, perKind } from './activity-kinds.ts';

describe('activity kinds', () => {
  it('lists the five kinds in the annex order with its wording', () => {
    expect(ACTIVITY_KINDS.map((k) => stats.activityKinds[k])).toEqual([
      '主题阅读活动',
      '"社长（总编）荐书"活动',
      '线上社会大讲堂',
      '数字阅读分享活动',
      '全民终身学习活动周',
    ]);
  });

  it('recognises only the five keys', () => {
    expect(isActivityKind('online_lectures')).toBe(true);
    expect(isActivityKind('online_lecture')).toBe(false);
    expect(isActivityKind('toString')).toBe(false);
  });

  it('builds one value per kind in order', () => {
    expect(Object.keys(perKind(() => 0))).toEqual([...ACTIVITY_KINDS]);
  });
});
