import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { staleFormDeadlines } from './settings-dates.ts';
import { SITE_SETTINGS_FILE } from './site-settings.ts';

const shipped = JSON.parse(readFileSync(SITE_SETTINGS_FILE, 'utf8')) as {
  year: number;
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
