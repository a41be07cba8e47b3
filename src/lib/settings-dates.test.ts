import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { longWeek, staleFormDeadlines } from './settings-dates.ts';
import { SITE_SETTINGS_FILE } from './site-settings.ts';

const shipped = JSON.parse(readFileSync(SITE_SETTINGS_FILE, 'utf8')) as {
  year: number;
  weekStart: string;
  weekEnd: string;
  forms: { materials: { url: string; deadline?: string }; activityData: { url: string; deadline: string } };
};
const { year, forms } = shipped;
const withDeadline = (deadline: string) => ({ year, forms: { ...forms, activityData: { ...forms.activityData, deadline } } });

describe('a form’s deadline in the settings', () => {
  it('of the week’s year, or the January after, is quiet', () => {
    expect(staleFormDeadlines(shipped, 'site.json')).toEqual([]);
    expect(staleFormDeadlines(withDeadline(`${year + 1}-01-10`), 'site.json')).toEqual([]);
  });

  it('of last year, left beside a new year, is a warning naming the form and the year', () => {
    const deadline = `${year - 1}-11-25`;
    expect(staleFormDeadlines(withDeadline(deadline), 'site.json')).toEqual([
      {
        file: 'site.json',
        field: 'forms.activityData.deadline',
        message: expect.stringMatching(new RegExp(`^报送截止日期 ${deadline} 不是 ${year} 年活动周的`)),
        severity: 'warning',
      },
    ]);
    const materials = { ...forms.materials, deadline: `${year + 2}-11-25` };
    expect(staleFormDeadlines({ year, forms: { ...forms, materials } }, 'site.json').map((p) => p.field)).toEqual([
      'forms.materials.deadline',
    ]);
  });
});

describe('the week’s length in the settings', () => {
  const { weekStart, weekEnd } = shipped;
  const daysOf = (start: string, end: string) => (Date.parse(end) - Date.parse(start)) / 86_400_000 + 1;

  it('of two weeks at most, as the shipped week is, is quiet', () => {
    expect(daysOf(weekStart, weekEnd)).toBeLessThanOrEqual(14);
    expect(longWeek({ weekStart, weekEnd }, 'site.json')).toEqual([]);
    expect(longWeek({ weekStart: `${year}-11-01`, weekEnd: `${year}-11-14` }, 'site.json')).toEqual([]);
  });

  it('of more, as a month typed wrong makes it, is a warning at weekEnd giving both dates and the days', () => {
    // The shipped week's end a month later: 12 for 11.
    const month = Number(weekEnd.slice(5, 7));
    const typo = `${year}-${String(month + 1).padStart(2, '0')}${weekEnd.slice(7)}`;
    const days = daysOf(weekStart, typo);
    expect(longWeek({ weekStart, weekEnd: typo }, 'site.json')).toEqual([
      {
        file: 'site.json',
        field: 'weekEnd',
        message: expect.stringContaining(`活动周从 ${weekStart} 到 ${typo}，共 ${days} 天，超过两周`),
        severity: 'warning',
      },
    ]);
    expect(longWeek({ weekStart: `${year}-11-01`, weekEnd: `${year}-11-15` }, 'site.json')).toHaveLength(1);
  });
});
