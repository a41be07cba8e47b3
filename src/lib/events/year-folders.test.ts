import { describe, expect, it } from 'vitest';
import { eventFolderYear, eventsByFolderYear } from './year-folders.ts';

describe('events filed by year', () => {
  it('are in the year folder their file is directly in', () => {
    expect(eventFolderYear('2023/gz-reading')).toBe(2023);
    expect(eventFolderYear('gz-reading')).toBeUndefined();
    expect(eventFolderYear('special/gz-reading')).toBeUndefined();
    expect(eventFolderYear('2023/extra/gz-reading')).toBeUndefined();
  });

  it('are grouped by that year, years in order, each keeping the order given', () => {
    const events = ['2024/b', '2023/a', 'loose', '2024/a', '2023/c'].map((id) => ({ id }));
    expect([...eventsByFolderYear(events)].map(([year, filed]) => [year, filed.map((e) => e.id)])).toEqual([
      [2023, ['2023/a', '2023/c']],
      [2024, ['2024/b', '2024/a']],
    ]);
  });
});
