/**
 * The table with the kinds as rows (the page on /stats/<year>/, table.csv and
 * the terminal) against the notice's annex: every word it shows is one the
 * annex prints, as the print page and the XLSX are.
 */
import { describe, expect, it } from 'vitest';
import { province } from '../regions/index.ts';
import { aggregateMoeTable } from './aggregate.ts';
import { sampleStats } from './fixtures.ts';
import { MOE_COLUMNS, MOE_HEADINGS, moeLayout } from './moe-layout.ts';
import { noticeHeadings, noticeTitle, squeeze } from './test-support.ts';

const table = aggregateMoeTable(sampleStats());
const layout = moeLayout(table);

describe('moeLayout, in the annex’s words', () => {
  it('has the annex’s title for the year, then the province', () => {
    expect(squeeze(layout.title)).toBe(`${noticeTitle(table.year)}${squeeze(`（${province().name}）`)}`);
  });

  it('heads its columns and rows only with the annex’s headings', () => {
    const { kind, province: ran, levels, measures } = MOE_HEADINGS;
    const words = [kind, ran, ...levels, ...measures, ...layout.counts.map((c) => c.label), ...layout.rows.map((r) => r.label)];
    expect(words.map(squeeze).filter((w) => !noticeHeadings.includes(w))).toEqual([]);
    expect(MOE_COLUMNS.flatMap((c) => c.split('：')).filter((w) => !noticeHeadings.includes(squeeze(w)))).toEqual([]);
  });
});
