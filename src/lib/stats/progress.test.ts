import { describe, expect, it } from 'vitest';
import { countiesOf } from '../regions/index.ts';
import { sampleStats } from './fixtures.ts';
import { cityBreakdown, regionProgress } from './progress.ts';

describe('regionProgress', () => {
  const progress = regionProgress(sampleStats());
  const byCode = (code: string) => progress.find((p) => p.code === code);

  it('has an entry for every city and county, each city just before its counties', () => {
    expect(progress).toHaveLength(21 + 122);
    const codes = progress.map((p) => p.code);
    expect(codes).toEqual([...codes].sort());
    let lastCity = '';
    for (const entry of progress) {
      if (entry.level === 'city') lastCity = entry.code;
      else expect(entry.parent).toBe(lastCity);
    }
    expect(progress.filter((p) => p.level === 'city')).toHaveLength(21);
  });

  it('sums a reported region over the five kinds', () => {
    // 广州: 120+8+30+15+40 = 213 activities; 35000+2000+120000+8000+50000 = 215000 participants
    expect(byCode('440100')).toEqual({
      code: '440100',
      name: '广州市',
      shortName: '广州',
      level: 'city',
      status: 'on_time',
      submittedAt: '2023-11-20',
      openingCeremony: '2023-11-18',
      activities: 213,
      participants: 215000,
      byKind: sampleStats().reports[0]!.activities,
    });
  });

  it('marks late reports and names a county’s city', () => {
    expect(byCode('440303')).toMatchObject({ status: 'late', submittedAt: '2023-11-27', parent: '440300', level: 'county' });
    expect(byCode('440303')).not.toHaveProperty('openingCeremony');
    expect(byCode('440103')).toMatchObject({ status: 'on_time', submittedAt: '2023-11-25' });
  });

  it('gives no figures, not zeros, to a region that has not reported', () => {
    expect(byCode('441500')).toEqual({
      code: '441500',
      name: '汕尾市',
      shortName: '汕尾',
      level: 'city',
      status: 'not_reported',
      activities: null,
      participants: null,
      byKind: null,
    });
  });

  it('reports the Beijing day of a submission written with a time and an offset', () => {
    const stats = sampleStats();
    stats.reports[0]!.submittedAt = '2023-11-25T20:00:00Z';
    expect(regionProgress(stats).find((p) => p.code === '440100')).toMatchObject({
      status: 'late',
      submittedAt: '2023-11-26',
    });
  });
});

describe('cityBreakdown', () => {
  const progress = regionProgress(sampleStats());

  it('keeps a city’s own figures apart from the sum of its counties', () => {
    const gz = cityBreakdown(progress, '440100');
    expect(gz.city.activities).toBe(213);
    expect(gz.counties.map((c) => c.code)).toEqual(countiesOf('440100').map((c) => c.code));
    // 荔湾 12+6 = 18 and 越秀 9+1+2+4 = 16 activities; 3000+4000 = 7000 and 2500+300+5000+1200 = 9000 participants
    expect(gz.countiesTotal).toMatchObject({ reported: 2, total: 11, activities: 34, participants: 16000 });
    expect(gz.countiesTotal.byKind.themed_reading).toEqual({ count: 21, participants: 5500 });
  });

  it('has no counties for 东莞 and 中山', () => {
    const dg = cityBreakdown(progress, '441900');
    expect(dg.counties).toEqual([]);
    expect(dg.countiesTotal).toMatchObject({ reported: 0, total: 0, activities: 0, participants: 0 });
  });

  it('refuses a code that is not a city', () => {
    expect(() => cityBreakdown(progress, '440103')).toThrow('not a city code: 440103');
  });
});
