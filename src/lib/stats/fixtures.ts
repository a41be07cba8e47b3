/**
 * A small valid statistics file for tests (not imported by the site). Its
 * figures are the hand-computed example in aggregate.test.ts.
 */
import type { StatsFile } from './schema.ts';

export function sampleStats(): StatsFile {
  return {
    year: 2023,
    deadline: '2023-11-25',
    province: {
      themed_reading: true,
      publisher_picks: true,
      online_lectures: false,
      digital_reading: true,
      learning_week: true,
    },
    reports: [
      {
        region: '440100', // 广州市, on time
        submittedAt: '2023-11-20',
        openingCeremony: '2023-11-18',
        activities: {
          themed_reading: { count: 120, participants: 35000 },
          publisher_picks: { count: 8, participants: 2000 },
          online_lectures: { count: 30, participants: 120000 },
          digital_reading: { count: 15, participants: 8000 },
          learning_week: { count: 40, participants: 50000 },
        },
      },
      {
        region: '440300', // 深圳市, late (26 Nov), ran no publisher picks
        submittedAt: '2023-11-26',
        activities: {
          themed_reading: { count: 80, participants: 20000 },
          publisher_picks: { count: 0, participants: 0 },
          online_lectures: { count: 10, participants: 40000 },
          digital_reading: { count: 5, participants: 1500 },
          learning_week: { count: 25, participants: 30000 },
        },
      },
      {
        region: '440103', // 荔湾区 (广州), on time, only two kinds
        submittedAt: '2023-11-25',
        openingCeremony: '2023-11-19',
        activities: {
          themed_reading: { count: 12, participants: 3000 },
          publisher_picks: { count: 0, participants: 0 },
          online_lectures: { count: 0, participants: 0 },
          digital_reading: { count: 0, participants: 0 },
          learning_week: { count: 6, participants: 4000 },
        },
      },
      {
        region: '440104', // 越秀区 (广州), on time
        submittedAt: '2023-11-24',
        openingCeremony: '2023-11-18',
        activities: {
          themed_reading: { count: 9, participants: 2500 },
          publisher_picks: { count: 1, participants: 300 },
          online_lectures: { count: 2, participants: 5000 },
          digital_reading: { count: 0, participants: 0 },
          learning_week: { count: 4, participants: 1200 },
        },
      },
      {
        region: '440303', // 罗湖区 (深圳), late
        submittedAt: '2023-11-27',
        activities: {
          themed_reading: { count: 0, participants: 0 },
          publisher_picks: { count: 0, participants: 0 },
          online_lectures: { count: 3, participants: 900 },
          digital_reading: { count: 2, participants: 400 },
          learning_week: { count: 0, participants: 0 },
        },
      },
    ],
  };
}
