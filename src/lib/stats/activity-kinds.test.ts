import { describe, expect, it } from 'vitest';
import { stats } from '../../i18n/zh-CN/stats.ts';
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';
import { ACTIVITY_KINDS, isActivityKind, perKind } from './activity-kinds.ts';
import { noticeHeadings, squeeze } from './test-support.ts';

describe('activity kinds', () => {
  it('lists the five kinds in the annex order with its wording, quotes and all', () => {
    const annex = statsFormsText.annex;
    const between = noticeHeadings.slice(noticeHeadings.indexOf(annex.activity) + 1, noticeHeadings.indexOf(annex.provinceRan));
    // The notice reads 全民阅读, then 活动周 (two rows high), then the four reading kinds; its columns put 活动周 last.
    const [reading, week, ...readingKinds] = between;
    expect(reading).toBe(annex.reading);
    expect(ACTIVITY_KINDS.map((k) => squeeze(stats.activityKinds[k]))).toEqual([...readingKinds, week]);
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
