import { describe, expect, it } from 'vitest';
import { statsFormsText } from '../../i18n/zh-CN/stats-forms.ts';
import { placeWords } from '../regions/index.ts';
import { DEFAULT_DEADLINE_DAY, importDeadline, templateDeadlineKeywords, templateDeadlineOf } from './import-deadline.ts';

const d = statsFormsText.import.deadline;
const template = (file: string, deadline: string) => ({
  file,
  keywords: templateDeadlineKeywords(deadline),
  title: statsFormsText.template.guide(Number(deadline.slice(0, 4)), deadline, placeWords().divisions)[0]!,
});

describe('the deadline an import writes', () => {
  it('reads back what the template writes, beside other keywords; not an impossible day', () => {
    expect(templateDeadlineOf({ keywords: templateDeadlineKeywords('2026-11-20') })).toBe('2026-11-20');
    expect(templateDeadlineOf({ keywords: `统计; ${templateDeadlineKeywords('2026-11-20')}` })).toBe('2026-11-20');
    expect(templateDeadlineOf({ keywords: templateDeadlineKeywords('2026-11-31') })).toBeUndefined();
    expect(templateDeadlineOf({})).toBeUndefined();
  });

  it('without a template, --deadline or a file: 25 November of the year', () => {
    expect(importDeadline([{ file: 'export.csv' }], 2026)).toEqual({
      deadline: `2026-${DEFAULT_DEADLINE_DAY}`,
      source: { from: 'default' },
      warnings: [],
    });
  });

  it('templates made with different deadlines: the latest, so no region is late by a day it was not told; the others warn', () => {
    const result = importDeadline([template('a.xlsx', '2026-11-20'), template('b.xlsx', '2026-11-22')], 2026);
    expect(result.deadline).toBe('2026-11-22');
    expect(result.source).toEqual({ from: 'template', files: ['b.xlsx'] });
    expect(result.warnings.map((w) => [w.file, w.message])).toEqual([['a.xlsx', d.differs('2026-11-20', '2026-11-22', d.byTemplate)]]);
  });

  it('not from last year’s template filled in again: its title is warned about, its day is not this year’s', () => {
    expect(importDeadline([template('2025.xlsx', '2025-11-20')], 2026)).toMatchObject({ deadline: '2026-11-25', warnings: [] });
  });
});
