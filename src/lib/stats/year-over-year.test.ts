import { describe, expect, it } from 'vitest';
import { cities } from '../regions/index.ts';
import { sampleStats } from './fixtures.ts';
import { cityYearOverYear, latestTwo, regionYears } from './year-over-year.ts';
import type { StatsFile } from './schema.ts';

/** 2022: 广州 reported less; 深圳 did not report; 佛山 reported (and not in 2023). */
function previousYear(): StatsFile {
  const base = sampleStats();
  const zero = { count: 0, participants: 0 };
  return {
    ...base,
    year: 2022,
    deadline: '2022-11-25',
    reports: [
      {
        region: '440100',
        submittedAt: '2022-11-20',
        activities: {
          themed_reading: { count: 100, participants: 30000 },
          publisher_picks: zero,
          online_lectures: { count: 20, participants: 100000 },
          digital_reading: zero,
          learning_week: { count: 30, participants: 40000 },
        },
      },
      {
        region: '440103',
        submittedAt: '2022-11-21',
        activities: {
          themed_reading: { count: 10, participants: 2000 },
          publisher_picks: zero,
          online_lectures: zero,
          digital_reading: zero,
          learning_week: zero,
        },
      },
      {
        region: '440600',
        submittedAt: '2022-11-22',
        activities: {
          themed_reading: { count: 5, participants: 500 },
          publisher_picks: zero,
          online_lectures: zero,
          digital_reading: zero,
          learning_week: zero,
        },
      },
    ],
  };
}

describe('cities, latest year beside the previous one', () => {
  const rows = cityYearOverYear(sampleStats(), previousYear());

  it('lists every city in code order', () => {
    expect(rows.map((r) => r.code)).toEqual(cities().map((c) => c.code));
  });

  it('sums each city’s own report and gives the change', () => {
    // 广州 2023: 120+8+30+15+40 = 213 activities, 35000+2000+120000+8000+50000 = 215000; 2022: 150, 170000.
    const gz = rows.find((r) => r.code === '440100')!;
    expect([gz.latest.activities, gz.previous.activities, gz.latest.participants, gz.previous.participants]).toEqual([
      213, 150, 215000, 170000,
    ]);
    expect(gz.activities).toEqual({ difference: 63, ratio: 63 / 150 });
    expect(gz.participants).toEqual({ difference: 45000, ratio: 45000 / 170000 });
  });

  it('computes no change against a year a city did not report', () => {
    const sz = rows.find((r) => r.code === '440300')!;
    expect(sz.previous).toEqual({ year: 2022, status: 'not_reported', activities: null, participants: null });
    expect(sz.activities).toEqual({ difference: null, ratio: null });
    const fs = rows.find((r) => r.code === '440600')!;
    expect(fs.latest.activities).toBeNull();
    expect(fs.participants.difference).toBeNull();
  });
});

describe('a region’s years side by side', () => {
  it('gives a city its own figures and its counties’ sums, oldest year first', () => {
    expect(regionYears([sampleStats(), previousYear()], '440100')).toEqual([
      {
        year: 2022,
        status: 'on_time',
        activities: 150,
        participants: 170000,
        counties: { reported: 1, total: 11, activities: 10, participants: 2000 },
      },
      // 2023 counties: 荔湾 12+6 = 18, 3000+4000; 越秀 9+1+2+4 = 16, 2500+300+5000+1200.
      {
        year: 2023,
        status: 'on_time',
        activities: 213,
        participants: 215000,
        counties: { reported: 2, total: 11, activities: 34, participants: 16000 },
      },
    ]);
  });

  it('gives a county its own figures, null in a year it did not report', () => {
    expect(regionYears([sampleStats(), previousYear()], '440104')).toEqual([
      { year: 2022, status: 'not_reported', activities: null, participants: null },
      { year: 2023, status: 'on_time', activities: 16, participants: 9000 },
    ]);
  });

  it('gives nothing for the province or an unknown code', () => {
    expect(regionYears([sampleStats()], '440000')).toEqual([]);
    expect(regionYears([sampleStats()], '999999')).toEqual([]);
  });
});

describe('latestTwo', () => {
  it('picks the two newest years in any order, and nothing with one year', () => {
    const older = { ...previousYear(), year: 2021 };
    expect(latestTwo([sampleStats(), older, previousYear()])!.previous.year).toBe(2022);
    expect(latestTwo([sampleStats()])).toBeUndefined();
  });
});
