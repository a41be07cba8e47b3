/**
 * The table with the kinds as rows (the page on /stats/<year>/ and the
 * terminal) against the notice's annex: every word it shows is one the annex
 * prints, as the print page, the XLSX and the CSV do; but it is not the
 * annex's layout, so its title is not the annex's.
 */
import { describe, expect, it } from 'vitest';
import { province } from '../regions/index.ts';
import { aggregateMoeTable } from './aggregate.ts';
import { sampleStats } from './fixtures.ts';
import { MOE_HEADINGS, moeLayout } from './moe-layout.ts';
import { noticeHeadings, noticeTitle, squeeze } from './test-support.ts';

const table = aggregateMoeTable(sampleStats());
const layout = moeLayout(table);

describe('moeLayout, in the annex’s words', () => {
  it('is titled for the year and the province, and never as the annex it does not reproduce', () => {
    expect(layout.title).toContain(String(table.year));
    expect(layout.title).toContain(province().name);
    expect(squeeze(layout.title)).not.toContain(noticeTitle(table.year));
    expect(layout.title).not.toContain('统计表');
  });

  it('heads its columns and rows only with the annex’s headings', () => {
    const { kind, province: ran, levels, measures } = MOE_HEADINGS;
    const words = [
      kind,
      ran,
      ...Object.values(levels),
      ...measures,
      ...layout.counts.map((c) => c.label),
      ...layout.rows.map((r) => r.label),
    ];
    expect(words.map(squeeze).filter((w) => !noticeHeadings.includes(w))).toEqual([]);
  });
});
