import { describe, expect, it } from 'vitest';
import { readEventTimes } from './times.ts';

/** `2024-11-18 09:30 → 2024-11-18 11:30`, or the problem's column and kind. */
function read(start: string | number | Date | null, end: string | number | Date | null): string {
  const r = readEventTimes(start, end, { year: 2024 });
  const show = (d: { day: string; time?: string }) => `${d.day}${d.time ? ` ${d.time}` : ''}`;
  return r.ok ? `${show(r.start)} → ${show(r.end)}` : `${r.problem.column}: ${r.problem.kind}`;
}

describe('event times as offices type them', () => {
  it('reads a start and an end in two cells, the end possibly a time alone', () => {
    expect(read('2024-11-18 9:30', '2024-11-18 11:30')).toBe('2024-11-18 09:30 → 2024-11-18 11:30');
    expect(read('2024/11/18 9:30', '11:30')).toBe('2024-11-18 09:30 → 2024-11-18 11:30');
    expect(read('2024年11月18日 9时30分', '11时')).toBe('2024-11-18 09:30 → 2024-11-18 11:00');
  });

  it('reads both in one cell: a clock range, or two dates', () => {
    expect(read('2024-11-18 9:30-11:30', null)).toBe('2024-11-18 09:30 → 2024-11-18 11:30');
    expect(read('2024-11-18 19:00~21:00', null)).toBe('2024-11-18 19:00 → 2024-11-18 21:00');
    // Written the ISO way, a later hour after the T is the end, not an offset of UTC−11.
    expect(read('2024-11-18T09:00-11:00', null)).toBe('2024-11-18 09:00 → 2024-11-18 11:00');
    expect(read('2024-11-18至2024-11-30', null)).toBe('2024-11-18 → 2024-11-30');
    expect(read('11月18日至30日', null)).toBe('2024-11-18 → 2024-11-30');
  });

  it('reads two dates joined by a hyphen after 日, which is no part of a date there', () => {
    expect(read('11月18日-30日', null)).toBe('2024-11-18 → 2024-11-30');
    expect(read('2024年11月18日-2024年11月20日', null)).toBe('2024-11-18 → 2024-11-20');
    expect(read('2024年11月18日（周一）－11月20日（周三）', null)).toBe('2024-11-18 → 2024-11-20');
    expect(read('2024-11-18', null)).toBe('2024-11-18 → 2024-11-18');
  });

  it('reads days of one month with 日 written once, as the same range written with 日 twice', () => {
    const twice = read('5月20日-22日', null);
    expect(twice).toBe('2024-05-20 → 2024-05-22');
    expect(read('5月20-22日', null)).toBe(twice);
    expect(read('5月20—22日', null)).toBe(twice);
    expect(read('2024年5月20至22日', null)).toBe(twice);
    expect(read('5月22-20日', null)).toBe('start: endBeforeStart');
    // A clock range is still a clock range.
    expect(read('5月20日 14:30-16:00', null)).toBe('2024-05-20 14:30 → 2024-05-20 16:00');
  });

  it('reads 上午/下午, 点半, and dates without a year in the import’s year', () => {
    expect(read('11月18日 下午2:30', '下午4:30')).toBe('2024-11-18 14:30 → 2024-11-18 16:30');
    expect(read('11月18日下午3点-5点', null)).toBe('2024-11-18 15:00 → 2024-11-18 17:00');
    expect(read('2024年11月18日 上午9点半', '11点')).toBe('2024-11-18 09:30 → 2024-11-18 11:00');
    expect(read('中午12:00', '下午1:30')).toBe('start: timeOnly');
    expect(read('11月18日 中午12:00', '下午1:30')).toBe('2024-11-18 12:00 → 2024-11-18 13:30');
  });

  it('reads hours and minutes written in Chinese numerals, and a part of the day after the time', () => {
    expect(read('11月18日 下午三点', '五点半')).toBe('2024-11-18 15:00 → 2024-11-18 17:30');
    expect(read('11月18日下午三点到五点', null)).toBe('2024-11-18 15:00 → 2024-11-18 17:00');
    expect(read('2024年11月18日 上午十点一刻', '十一点三刻')).toBe('2024-11-18 10:15 → 2024-11-18 11:45');
    expect(read('2024年11月18日 九点零五分', '十二点三十分')).toBe('2024-11-18 09:05 → 2024-11-18 12:30');
    expect(read('2024年11月18日 晚上七点', '九点')).toBe('2024-11-18 19:00 → 2024-11-18 21:00');
    expect(read('2024/11/18 9:30 AM', '11:30 AM')).toBe('2024-11-18 09:30 → 2024-11-18 11:30');
    expect(read('2024/11/18 2:00 PM', '4:30 pm')).toBe('2024-11-18 14:00 → 2024-11-18 16:30');
    expect(read('2024/11/18 9:30 AM - 11:30 AM', null)).toBe('2024-11-18 09:30 → 2024-11-18 11:30');
    // A numeral that is not a time stays a word, and the cell stays unreadable.
    expect(read('11月18日 三楼', null)).toBe('start: unreadable');
  });

  it('reads Excel date cells and serial numbers as Beijing wall-clock times', () => {
    expect(read(new Date(Date.UTC(2024, 10, 18, 9, 30)), '11:30')).toBe('2024-11-18 09:30 → 2024-11-18 11:30');
    expect(read(45614.5, 45614.5625)).toBe('2024-11-18 12:00 → 2024-11-18 13:30');
  });

  it('copies the start’s 上午/下午 only to an end on the 12-hour clock', () => {
    expect(read('2024年11月20日 上午9:30', '14:00')).toBe('2024-11-20 09:30 → 2024-11-20 14:00');
    expect(read('2024年11月20日 上午9:30', '11:30')).toBe('2024-11-20 09:30 → 2024-11-20 11:30');
    expect(read('2024年11月20日 下午2:00', '4:30')).toBe('2024-11-20 14:00 → 2024-11-20 16:30');
    expect(read('2024年11月20日 上午12:30', '13:30')).toBe('2024-11-20 12:30 → 2024-11-20 13:30');
  });

  it('reads a range with a doubled dash or a wave dash', () => {
    expect(read('2024-11-18 9:30——11:30', null)).toBe('2024-11-18 09:30 → 2024-11-18 11:30');
    expect(read('2024-11-18 9:30～11:30', null)).toBe('2024-11-18 09:30 → 2024-11-18 11:30');
    expect(read('2024-11-18——2024-11-20', null)).toBe('2024-11-18 → 2024-11-20');
  });

  it('reads an Excel time cell as a time on the start’s day, and refuses one as the start', () => {
    // exceljs gives a cell formatted h:mm as day 0: 1899-12-30 (1904-01-01 in the 1904 system).
    const at = (day: string, time: string) => new Date(`${day}T${time}:00Z`);
    expect(read('2024-11-18 9:30', at('1899-12-30', '16:30'))).toBe('2024-11-18 09:30 → 2024-11-18 16:30');
    expect(read('2024-11-18 9:30', at('1904-01-01', '16:30'))).toBe('2024-11-18 09:30 → 2024-11-18 16:30');
    expect(read('2024-11-18 9:30', 16.5 / 24)).toBe('2024-11-18 09:30 → 2024-11-18 16:30');
    expect(read(new Date(Date.UTC(2024, 10, 18, 9, 30)), at('1899-12-30', '11:00'))).toBe('2024-11-18 09:30 → 2024-11-18 11:00');
    expect(read(at('1899-12-30', '09:30'), '11:30')).toBe('start: timeOnly');
    expect(read(9.5 / 24, null)).toBe('start: timeOnly');
    expect(read('9:30', '11:30')).toBe('start: timeOnly');
  });

  it('a day without a time is all day; a start with a time and no end lasts two hours, as npm run new makes it', () => {
    expect(read('2024-11-18', null)).toBe('2024-11-18 → 2024-11-18');
    expect(read('2024-11-18', '2024-11-20')).toBe('2024-11-18 → 2024-11-20');
    expect(read('2024-11-18 9:30', null)).toBe('2024-11-18 09:30 → 2024-11-18 11:30');
    expect(read('2024-11-18 23:00', null)).toBe('2024-11-18 23:00 → 2024-11-19 01:00');
  });

  it('refuses a day alone on one side and a time on the other, which the front matter cannot say', () => {
    expect(read('2024-11-20 14:00', '2024-11-20')).toBe('end: endNeedsTime');
    expect(read('2024-11-20 14:00', '2024-11-22')).toBe('end: endNeedsTime');
    expect(read('2024-11-20', '16:00')).toBe('end: startNeedsTime');
    expect(read('2024-11-20', '2024-11-22 16:00')).toBe('end: startNeedsTime');
  });

  it('names the cell at fault', () => {
    expect(read(null, '11:30')).toBe('start: blank');
    expect(read('11月下旬（待定）', null)).toBe('start: unreadable');
    expect(read('11月21日（周四）下午', null)).toBe('start: noClock');
    // Under 日期, beside an hour under 时间, 下午 is no missing hour: the day cell is not one that can be read.
    const beside = readEventTimes('15:00', null, { year: 2024, day: '11月21日 下午' });
    expect(!beside.ok && `${beside.problem.column}: ${beside.problem.kind}`).toBe('date: unreadable');
    expect(read('2024-11-18 15:00', '10:00')).toBe('end: endBeforeStart');
    expect(read('2024-11-18 15:00-10:00', null)).toBe('start: endBeforeStart');
    expect(read('2024-11-18 9:30', '稍后')).toBe('end: unreadable');
  });

  it('names an Excel time or date cell in a message as the sheet shows it, not as a timestamp', () => {
    // Excel keeps 16:30 as day 0 of its calendar: 1899-12-30 16:30.
    const timeCell = new Date(Date.UTC(1899, 11, 30, 16, 30));
    const problem = (start: string | Date, end: string | Date) => {
      const r = readEventTimes(start, end, { year: 2024 });
      return r.ok ? undefined : r.problem.text;
    };
    expect(problem('2024-11-20', timeCell)).toBe('16:30');
    expect(problem('2024-11-20 18:00', timeCell)).toBe('16:30');
    expect(problem('2024-11-20 18:00', new Date(Date.UTC(2024, 10, 19, 9, 5)))).toBe('2024-11-19 09:05');
  });
});
