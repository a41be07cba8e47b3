import { describe, expect, it } from 'vitest';
import { parseBeijing } from '../dates/index.ts';
import { ceremonyCounts, ceremonyProgress } from './index.ts';

const ceremony = (id: string, region: string, start: string) => ({
  id,
  data: { type: 'opening_ceremony', region, start: parseBeijing(start)! },
});

describe('opening ceremony progress', () => {
  const events = [
    ceremony('2023/gz-open', '440100', '2023-11-18T09:30'),
    ceremony('2023/sz-open', '440300', '2023-11-26T09:30'),
    // 23:30 on the 25th in Beijing is 15:30Z: still on the deadline day.
    ceremony('2023/zh-open', '440400', '2023-11-25T23:30'),
    { id: '2023/gz-talk', data: { type: 'seminar', region: '440600', start: parseBeijing('2023-11-10T09:00')! } },
  ];
  const reports = [
    { region: '440300', openingCeremony: '2023-11-20' },
    { region: '440103', openingCeremony: '2023-11-28' },
  ];
  const progress = ceremonyProgress(events, reports, '2023-11-25', 2023);
  const of = (code: string) => progress.find((p) => p.code === code)!;

  it('counts a ceremony on or before the deadline day (Beijing time) as on time', () => {
    expect(of('440100')).toMatchObject({ status: 'before_deadline', day: '2023-11-18', eventId: '2023/gz-open' });
    expect(of('440400')).toMatchObject({ status: 'before_deadline', day: '2023-11-25' });
  });

  it('takes the earliest known date, from a report when it is earlier than the event', () => {
    expect(of('440300')).toMatchObject({ status: 'before_deadline', day: '2023-11-20' });
    expect(of('440300').eventId).toBeUndefined();
  });

  it('marks late and missing ceremonies, and ignores other event types', () => {
    expect(of('440103')).toMatchObject({ status: 'after_deadline', day: '2023-11-28', level: 'county', parent: '440100' });
    expect(of('440600').status).toBe('none');
  });

  it('covers the province, every city and every county', () => {
    expect(progress).toHaveLength(1 + 21 + 122);
    expect(ceremonyCounts(progress, 'city')).toEqual({ before_deadline: 3, after_deadline: 0, none: 18 });
  });

  it('ignores another year', () => {
    const other = ceremonyProgress([ceremony('2022/gz', '440100', '2022-11-18T09:30')], [], '2023-11-25', 2023);
    expect(other.find((p) => p.code === '440100')!.status).toBe('none');
  });
});
