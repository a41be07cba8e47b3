import { describe, expect, it } from 'vitest';
import { aggregateMoeTable, moeTotals } from './aggregate.ts';
import { sampleStats } from './fixtures.ts';

describe('aggregateMoeTable', () => {
  it('sums the hand-computed example exactly', () => {
    /*
     * fixtures.ts: cities 广州 440100 (on time) and 深圳 440300 (26 Nov, late);
     * counties 荔湾 440103 (25 Nov, the deadline day: on time), 越秀 440104 (on
     * time) and 罗湖 440303 (27 Nov, late).
     *
     * Cities (广州 + 深圳):
     *   themed_reading   regions 1+1=2  activities 120+80=200  participants 35000+20000=55000
     *   publisher_picks  regions 1+0=1  activities 8+0=8       participants 2000+0=2000
     *   online_lectures  regions 1+1=2  activities 30+10=40    participants 120000+40000=160000
     *   digital_reading  regions 1+1=2  activities 15+5=20     participants 8000+1500=9500
     *   learning_week    regions 1+1=2  activities 40+25=65    participants 50000+30000=80000
     * Counties (荔湾 + 越秀 + 罗湖):
     *   themed_reading   regions 1+1+0=2  activities 12+9+0=21  participants 3000+2500+0=5500
     *   publisher_picks  regions 0+1+0=1  activities 0+1+0=1    participants 0+300+0=300
     *   online_lectures  regions 0+1+1=2  activities 0+2+3=5    participants 0+5000+900=5900
     *   digital_reading  regions 0+0+1=1  activities 0+0+2=2    participants 0+0+400=400
     *   learning_week    regions 1+1+0=2  activities 6+4+0=10   participants 4000+1200+0=5200
     */
    expect(aggregateMoeTable(sampleStats())).toEqual({
      year: 2023,
      cityCount: 21,
      countyCount: 122,
      province: {
        themed_reading: true,
        publisher_picks: true,
        online_lectures: false,
        digital_reading: true,
        learning_week: true,
      },
      cities: {
        themed_reading: { regions: 2, activities: 200, participants: 55000 },
        publisher_picks: { regions: 1, activities: 8, participants: 2000 },
        online_lectures: { regions: 2, activities: 40, participants: 160000 },
        digital_reading: { regions: 2, activities: 20, participants: 9500 },
        learning_week: { regions: 2, activities: 65, participants: 80000 },
      },
      counties: {
        themed_reading: { regions: 2, activities: 21, participants: 5500 },
        publisher_picks: { regions: 1, activities: 1, participants: 300 },
        online_lectures: { regions: 2, activities: 5, participants: 5900 },
        digital_reading: { regions: 1, activities: 2, participants: 400 },
        learning_week: { regions: 2, activities: 10, participants: 5200 },
      },
      reported: { cities: 2, counties: 3 },
      late: ['440300', '440303'],
    });
  });

  it('totals every kind, cities and counties apart and together (moeTotals)', () => {
    // From the sums above: cities 200+8+40+20+65 = 333 activities, 55000+2000+160000+9500+80000 = 306500 人次;
    // counties 21+1+5+2+10 = 39, 5500+300+5900+400+5200 = 17300.
    expect(moeTotals(aggregateMoeTable(sampleStats()))).toEqual({
      all: { activities: 372, participants: 323800 },
      cities: { activities: 333, participants: 306500 },
      counties: { activities: 39, participants: 17300 },
    });
  });

  it('keeps the JSON keys in the documented order', () => {
    const table = aggregateMoeTable(sampleStats());
    expect(Object.keys(table)).toEqual(['year', 'cityCount', 'countyCount', 'province', 'cities', 'counties', 'reported', 'late']);
    expect(Object.keys(table.cities)).toEqual([
      'themed_reading',
      'publisher_picks',
      'online_lectures',
      'digital_reading',
      'learning_week',
    ]);
  });

  it('judges lateness by the Beijing calendar day, not the machine zone', () => {
    const stats = sampleStats();
    stats.reports[0]!.submittedAt = '2023-11-25T23:30'; // Beijing, deadline day: on time
    stats.reports[2]!.submittedAt = '2023-11-25T20:00:00Z'; // 26 Nov 04:00 in Beijing: late
    expect(aggregateMoeTable(stats).late).toEqual(['440103', '440300', '440303']);
  });

  it('gives zeros, not gaps, for a year with no reports yet', () => {
    const stats = { ...sampleStats(), reports: [] };
    const table = aggregateMoeTable(stats);
    expect(table.cities.themed_reading).toEqual({ regions: 0, activities: 0, participants: 0 });
    expect(table.reported).toEqual({ cities: 0, counties: 0 });
    expect(table.late).toEqual([]);
  });
});
